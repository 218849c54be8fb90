"""kg read: "nesting was close to stable, at 61.4% (86 barns) in 2019 and 58.8% (82) in
2025, a difference of 2.6 points": two percentages the words give each its own year are one
rate at two times, so the gap in points between them is its move from the earlier year to
the later (a percentage-point change), never a gap between two things; a bracketed aside
after a figure (what it counts) leaves the year after it the figure's. Two rates of one
year, or of places, keep their gap."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

TITLE = "Owl nesting survey of farm barns"


def _labels(tmp_path: Path, text: str, kind: str) -> list[str]:
    return relation_labels(tmp_path, TITLE, text, kind)


def test_two_years_with_bracketed_counts_are_a_move(tmp_path: Path) -> None:
    text = ("In unlit barns nesting was close to stable, at 61.4% (86 barns) in 2019 and 58.8% "
            "(82) in 2025, a difference of 2.6 points.")
    assert _labels(tmp_path / "a", text, "PercentagePointChangeRelation") == [
        "61.4% to 58.8%: difference 2.6"]
    assert _labels(tmp_path / "b", text, "DifferenceRelation") == []
    assert violations(tmp_path / "a") == []


def test_the_earlier_year_is_the_start_whichever_is_said_first(tmp_path: Path) -> None:
    assert _labels(tmp_path, "Nesting stood at 58.8% in 2025 and 61.4% in 2019, a gap of 2.6 "
                             "points.", "PercentagePointChangeRelation") == [
        "61.4% to 58.8%: gap 2.6"]


def test_a_wrong_gap_between_the_years_is_found(tmp_path: Path) -> None:
    assert _labels(tmp_path, "Nesting was 61.4% in 2019 and 58.8% in 2025, a difference of "
                             "3.6 points.", "PercentagePointChangeRelation") == [
        "61.4% to 58.8%: difference 3.6"]
    assert violations(tmp_path) == ["percent-change"]


def test_two_places_keep_their_gap(tmp_path: Path) -> None:
    assert _labels(tmp_path, "Nesting was 61.4% (86 barns) in the north and 58.8% (82) in the "
                             "south, a difference of 2.6 points.", "DifferenceRelation") == [
        "61.4% - 58.8% = 2.6"]
