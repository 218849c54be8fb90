"""kg read: "With 60 wardens on the roll at 31 December, that works out at an average of 152
hours each" averages the total the sentence before states over the count the opening clause
gives: the date the count stands at is no other figure of that clause; and the count is the
clause's, whatever noun the average is "per" ("With 2,400 walkers fundraising, that is
roughly £500 per sponsored entrant")."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Annual review, year ended 31 December 2025", text,
                           "AverageRelation")


def test_a_count_dated_in_its_clause_is_what_that_is_spreads_the_total_over(
        tmp_path: Path) -> None:
    assert _averages(tmp_path, "Our wardens logged 9,120 hours over the year. With 60 "
                               "wardens on the roll at 31 December, that works out at an "
                               "average of 152 hours each.") == [
        "9,120 hours ÷ 60 = 152 hours each"]
    assert violations(tmp_path) == []


def test_the_count_of_the_opening_clause_is_the_one_whatever_noun_the_average_is_per(
        tmp_path: Path) -> None:
    assert _averages(tmp_path, "Sponsored walkers raised £1.2 million, up from £0.9 million "
                               "the year before. With 2,400 walkers fundraising, that is "
                               "roughly £500 per sponsored entrant.") == [
        "£1.2 million ÷ 2,400 = roughly £500 each"]
    assert violations(tmp_path) == []


def test_a_slip_in_an_average_after_a_count_clause_is_a_violation(tmp_path: Path) -> None:
    # 1.2 million over 2,400 is 500, not 800
    assert _averages(tmp_path, "Sponsored walkers raised £1.2 million, up from £0.9 million "
                               "the year before. With 2,400 walkers fundraising, that is "
                               "roughly £800 per sponsored entrant.") == [
        "£1.2 million ÷ 2,400 = roughly £800 each"]
    assert violations(tmp_path) == ["average"]
