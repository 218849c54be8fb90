"""kg read: "open on 300 days, so on average 300 visitors came each day" is an average per
period whose count is the number of periods the clause before says things were done on
(some of the year's days, not all of them), of the total an earlier sentence gives; where
the words name that total otherwise ("produced" vs "output"), the one level in the
average's unit the sentence right before states."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Lakeside pavilion annual review, 2025", text,
                           "AverageRelation")


def test_an_average_each_day_over_the_days_a_clause_says_it_was_open(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The pavilion welcomed 54,000 visitors in 2025. It opened on "
                               "270 days, so on average 200 visitors came each day.") == [
        "54,000 ÷ 270 days = 200 each"]
    # "closed on 65 days, and …": no word sets the average off as what the days came to
    assert _averages(tmp_path / "closed", "The pavilion welcomed 54,000 visitors in 2025. It "
                                          "closed on 65 days, and on average 200 visitors came "
                                          "each day.") == []


def test_a_daily_average_over_the_days_worked_of_the_total_just_given(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The kilns fired 7,200 tonnes of brick in 2025. They were "
                               "lit on 240 days, so average daily output was 30 tonnes.") == [
        "7,200 tonnes ÷ 240 days = 30 tonnes each"]

