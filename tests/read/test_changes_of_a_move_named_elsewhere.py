"""kg read: a change whose sentence names what moved but neither end ("Median fares rose
4.2% over the year") takes its ends from the one other sentence that states that move
"up from" a baseline and names its level with the subject's noun ("The median fare reached
£3.72, up from £3.57"); the change then orders the two, and no bare comparison of them is
left. Where two such moves are named by that noun, which one the change is of is a guess,
and nothing is tied."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

_FARES = ("Median bus fares in the county rose 4.2% over the year, the operator said.\n\n"
          "The median fare reached £3.72 in March, up from £3.57 a year before.")


def test_a_change_takes_the_move_its_subject_names(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Fares", _FARES, "PercentChangeRelation") == [
        "£3.57 to £3.72: rose 4.2%"]
    assert relation_labels(tmp_path / "c2", "Fares", _FARES, "ComparisonRelation") == []
    # (two moves named alike: which the change is of is a guess, and it stays untied)
    twice = _FARES + " The median fare for students reached £2.10, up from £2.05."
    assert relation_labels(tmp_path / "c3", "Fares", twice, "PercentChangeRelation") == []


def test_a_change_in_points_takes_the_margin_it_names(tmp_path: Path) -> None:
    text = ("Results in brief: an operating margin of 8.9%, up from 6.1% in 2024.\n\n"
            "Over the year the operating margin widened by 2.8 percentage points.")
    assert relation_labels(tmp_path, "Results", text, "PercentagePointChangeRelation") == [
        "6.1% to 8.9%: widened 2.8 percentage points"]

