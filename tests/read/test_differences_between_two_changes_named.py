"""kg read: "… after the sprinting drill, an improvement of 18 ms. The stretching drill
produced a smaller gain of 7 ms, so sprinting outperformed stretching by 11 ms": the verb
opens a clause of its own after the change and names the two things compared; the change's
clause names one, and the one change of the unit in a sentence just before that names the
other is the other's; where that sentence holds two changes, nothing is read."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

KIND = "DifferenceRelation"
TITLE = "Warm-up drills and reaction times: club trial"


def _labels(tmp_path: Path, first: str, gap: str) -> list[str]:
    return [label for label in relation_labels(
        tmp_path, TITLE,
        f"{first} The stretching drill produced a smaller gain of 7 ms, so sprinting "
        f"outperformed stretching by {gap}.", KIND) if gap in label]


def test_the_other_change_is_the_one_named_before(tmp_path: Path) -> None:
    assert _labels(tmp_path, "Times improved most after the sprinting drill, an improvement "
                             "of 18 ms on average.", "11 ms") == ["18 ms - 7 ms = 11 ms"]
    assert violations(tmp_path) == []


def test_a_wrong_gap_between_the_changes_is_found(tmp_path: Path) -> None:
    assert _labels(tmp_path, "Times improved most after the sprinting drill, an improvement "
                             "of 18 ms on average.", "14 ms") == ["18 ms - 7 ms = 14 ms"]
    assert violations(tmp_path) == ["difference"]


def test_two_changes_before_leave_the_gap_unread(tmp_path: Path) -> None:
    assert _labels(tmp_path, "After the sprinting drill there was an improvement of 18 ms, "
                             "and a fall of 2 ms in reaction time.", "11 ms") == []
