"""kg read: "Last spring's race drew 8,100 entries, so this year's total is 17.8% higher",
the new level said in the sentence before in other words ("9,540 runners had entered"):
the change's subject, "this year's total", takes up the one level of the baseline's unit
that sentence states; where it states two, the words leave which, and nothing is read."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

KIND = "PercentChangeRelation"


def test_the_total_is_the_level_the_sentence_before_states(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Dunmore fell race: entries",
        "Entries closed on Friday, by which time 9,540 runners had signed up. Last "
        "spring's race drew 8,100 entries, so this year's total is 17.8% higher.", KIND) == [
        "8,100 to 9,540: higher 17.8%"]
    assert violations(tmp_path) == []


def test_a_misstated_change_of_the_total_is_a_violation(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Dunmore fell race: entries",
        "Entries closed on Friday, by which time 9,540 runners had signed up. Last "
        "spring's race drew 8,100 entries, so this year's total is 13.2% higher.", KIND) == [
        "8,100 to 9,540: higher 13.2%"]
    assert "percent-change" in violations(tmp_path)


def test_two_levels_before_leave_the_total_unread(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Dunmore fell race: entries",
        "By Friday 9,540 runners had signed up and 1,210 had joined the waiting list. Last "
        "spring's race drew 8,100 entries, so this year's total is 17.8% higher.", KIND) == []
