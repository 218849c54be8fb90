"""kg read: a change said in the sentence after its two levels. A change in points whose
subject the sentence before gives two rates of, one set against the other ("… 12.5% of
all services, compared with 14.0% a year earlier. The share of late trains has fallen 1.5
percentage points"), and "That's a 5.1% increase, and more than 2,300 new members" after
the move the sentence before states."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _labels(tmp_path: Path, text: str, kind: str) -> list[str]:
    return relation_labels(tmp_path, "Operator note, 2025", text, kind)


def test_a_points_change_of_the_rates_the_sentence_before_sets_against_each_other(
        tmp_path: Path) -> None:
    assert _labels(tmp_path, "Late trains numbered 412 in May, or 12.5% of all services, "
                             "compared with 466 (14.0%) a year earlier. The share of late "
                             "trains has fallen 1.5 percentage points, and their number by "
                             "54.", "PercentagePointChangeRelation") == [
        "14.0% to 12.5%: fallen 1.5 percentage points"]
    assert violations(tmp_path) == []
    # another subject's rates: "the operating margin" is not the gross margin compared
    (tmp_path / "other").mkdir()
    assert _labels(tmp_path / "other", "Gross margin was 61.4%, compared with 58.2% a year "
                                       "earlier. The operating margin improved by 2.9 "
                                       "percentage points.",
                   "PercentagePointChangeRelation") == []


def test_a_points_change_the_rates_set_against_before_do_not_make_is_a_violation(
        tmp_path: Path) -> None:
    # 14.0% to 12.5% is 1.5 points, not 2.5
    assert _labels(tmp_path, "Late trains made up 12.5% of all services in May, compared "
                             "with 14.0% a year earlier. The share of late trains has "
                             "fallen 2.5 percentage points.",
                   "PercentagePointChangeRelation") == [
        "14.0% to 12.5%: fallen 2.5 percentage points"]
    assert violations(tmp_path) == ["percent-change"]


def test_a_change_of_that_with_the_move_told_again_after_and_runs_between_the_levels_before(
        tmp_path: Path) -> None:
    assert _labels(tmp_path, "The club ended 2025 with 1,260 members, up from 1,150 a year "
                             "before. That is a 9.6% increase, and over 110 new faces at "
                             "training each week.", "PercentChangeRelation") == [
        "1,150 to 1,260: increase 9.6%"]
    assert violations(tmp_path) == []
    (tmp_path / "slip").mkdir()
    # 1,150 to 1,260 is a rise of 9.6 per cent, not 6.9
    assert _labels(tmp_path / "slip", "The club ended 2025 with 1,260 members, up from 1,150 "
                                      "a year before. That is a 6.9% increase, and over 110 new "
                                      "faces at training each week.",
                   "PercentChangeRelation") == ["1,150 to 1,260: increase 6.9%"]
    assert violations(tmp_path / "slip") == ["percent-change"]
