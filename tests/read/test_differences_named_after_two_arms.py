"""A trial's gap between its two arms named without "of": in brackets after the two values
("lost 4.2 kg, against 1.5 kg … (difference 2.7 kg; 95% CI …)"), or as "the … difference
was" opening the sentence after the arms' two changes."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

KIND = "DifferenceRelation"
TITLE = "Diet and desk trial: results"


def _gaps(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, TITLE, text, KIND)


def test_the_gap_in_brackets_after_the_two_arms(tmp_path: Path) -> None:
    assert _gaps(tmp_path, "Participants in the diet group lost 4.2 kg on average, against "
                           "1.5 kg in the control group (difference 2.7 kg; 95% CI 1.9 to "
                           "3.5).") == ["4.2 kg - 1.5 kg = 2.7 kg"]
    assert violations(tmp_path) == []


def test_a_wrong_gap_in_brackets_is_found(tmp_path: Path) -> None:
    assert _gaps(tmp_path, "Participants in the diet group lost 4.2 kg on average, against "
                           "1.5 kg in the control group (difference 3.7 kg; 95% CI 2.9 to "
                           "4.5).") == ["4.2 kg - 1.5 kg = 3.7 kg"]
    assert violations(tmp_path) == ["difference"]


def test_the_between_group_difference_after_the_arms_changes(tmp_path: Path) -> None:
    assert _gaps(tmp_path, "Sitting time fell by 66 minutes in the standing arm and by 8 "
                           "minutes in the control arm. The adjusted between-group difference "
                           "was therefore 58 minutes per workday (95% CI 44 to 72).") == [
        "66 minutes - 8 minutes = 58 minutes"]


def test_a_move_by_an_amount_to_a_level_from_the_balance_dated_in_brackets(
        tmp_path: Path) -> None:
    # a results statement's comparative: the balance at the earlier date, in brackets
    assert relation_labels(tmp_path, "Quarry group interim results",
                           "Borrowings were cut by £436 million to £2,318 million (31 March "
                           "2024: £2,754 million).", KIND) == [
        "£2,754 million - £2,318 million = £436 million"]
