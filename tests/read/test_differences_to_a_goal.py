"""Gaps to a goal or a budget: "raised $96,500 toward our $150,000 goal - just $53,500 to
go" (what is still to go is the goal less the level), "spending of £2,318,000 against a
budget of £2,050,000: an overspend of £268,000" (the gap between what was spent and the
budget). The words give the roles; a slip in any figure is still tied."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _differences(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Appeal news", text, "DifferenceRelation")


def test_what_is_still_to_go_is_the_goal_less_the_level(tmp_path: Path) -> None:
    assert "$150,000 - $96,500 = $53,500" in [label.replace("just ", "") for label in
                                             _differences(tmp_path, (
        "So far we have raised $96,500 toward our $150,000 goal, or 64.3% - just $53,500 "
        "to go."))]


def test_still_to_find_after_the_target_named_first(tmp_path: Path) -> None:
    assert _differences(tmp_path, "The roof fund has a £70,000 target and has collected "
                        "£41,200, with £28,700 still to find.") == \
        ["£70,000 - £41,200 = £28,700"]


def test_to_go_without_a_goal_word_ties_nothing(tmp_path: Path) -> None:
    """"12 km to go" after two distances names no goal: no difference is read."""
    assert _differences(tmp_path, "The riders had covered 88 km of the 100 km stage, with "
                        "12 km to go.") == []


def test_an_overspend_lies_between_the_spending_and_the_budget(tmp_path: Path) -> None:
    assert _differences(tmp_path, "Overtime pushed spending to £2,318,000 against a budget "
                        "of £2,050,000: an overspend of £268,000.") == \
        ["£2,318,000 - £2,050,000 = £268,000"]
