"""A percent in brackets right after the level a move "from A to B" reached, with no sign
("the herd grew from 1,250 to 1,400 head (12.0%)"), is the move's size, its way the verb's
before "from": not a share of the level. Two rates moved between, or no verb of motion,
leave it unread."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Farm survey, 2025", text, "PercentChangeRelation")


def test_a_bare_bracketed_percent_after_from_to_is_the_move(tmp_path: Path) -> None:
    assert _changes(tmp_path, "The herd grew from 1,250 to 1,400 head (12.0%).") == [
        "1,250 to 1,400: grew 12.0%"]
    assert violations(tmp_path) == []
    # "shrank less sharply, from …": the verb, not the comparative, says the way
    (tmp_path / "less").mkdir()
    assert _changes(tmp_path / "less", "Dairy farms closed fast, while sheep farms shrank "
                                       "less sharply, from 640 to 608 (5.0%).") == [
        "640 to 608: shrank 5.0%"]
    assert violations(tmp_path / "less") == []


def test_a_bracketed_percent_the_levels_do_not_make_is_a_violation(tmp_path: Path) -> None:
    # 1,250 to 1,400 is 12 per cent, not 21
    assert _changes(tmp_path, "The herd grew from 1,250 to 1,400 head (21.0%).") == [
        "1,250 to 1,400: grew 21.0%"]
    assert violations(tmp_path) == ["percent-change"]


def test_no_move_without_a_verb_of_motion_nor_between_rates(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Herd sizes ran from 1,250 to 1,400 head (12.0%).") == []
    (tmp_path / "rates").mkdir()
    # "(3.0%)" after two rates may be their gap in points as well as their change
    assert _changes(tmp_path / "rates", "The share of organic farms grew from 12.0% to "
                                        "15.0% (3.0%).") == []
