"""A move set off after the two levels it joins, where "but (only)" joins them, a comma
stands before the joiner, the first level keeps its own verb, or a clause before a colon
has a verb of motion of its own; another subject's clause after the joiner still reads
nothing."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def test_two_levels_joined_by_but_only(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Training bulletin",
        "Garages in the county trained 640 mechanics in 2023 but only 560 last year, a fall "
        "of 12.5%.",
        "PercentChangeRelation")
    assert labels == ["640 to only 560: fall 12.5%"]
    assert "percent-change" not in violations(tmp_path)


def test_two_levels_after_a_colon_with_a_comma_before_and(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Ferry bookings",
        "Interest grew as the word got round: 1,200 crossings were booked in the first "
        "month, and 1,500 in the second, a rise of 25.0%.",
        "PercentChangeRelation")
    assert labels == ["1,200 to 1,500: rise 25.0%"]


def test_another_subjects_clause_after_the_joiner_reads_nothing(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Ferry bookings",
        "Crossings were 400 in 2022, and revenue was 520 in 2023, a rise of 30%.",
        "PercentChangeRelation")
    assert labels == []
    (tmp_path / "but").mkdir()
    labels = relation_labels(
        tmp_path / "but", "Ferry bookings",
        "The north route carried 400 cars in May but the south route took 520 in June, a "
        "rise of 30%.",
        "PercentChangeRelation")
    assert labels == []
