"""kg read: "a head", "per person" and "per capita" name no kind of thing of their own, so an
amount "a head" is the sentence's total over the one count it gives before it, whatever that
count counts ("worth €3,100 in total, or €25 a head" of "124 free lessons"); and an average
"per" one of the things a sentence counts is of the amount a table's row gives for those
things ("Ticket sales" under "Revenue"), not of the whole the sentence named, which adds up
other things too."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Sailing club note, 2025", text, "AverageRelation")


def test_an_amount_a_head_is_over_the_one_count_before_it(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The bursary fund paid for 124 free lessons for local youth "
                               "groups, worth €3,100 in total, or €25 a head.") == [
        "€3,100 ÷ 124 = €25 each"]


def test_per_person_is_over_the_one_count_of_other_people(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The club sent 36 juniors to the regatta at a cost of £9,720, "
                               "or £270 per person.") == ["£9,720 ÷ 36 = £270 each"]
    # the 8 boats or the 36 juniors: with two counts the words do not say which it is over
    assert _averages(tmp_path / "two", "The club sent 8 boats and 36 juniors to the regatta "
                                       "at a cost of £9,720, or £270 a head.") == []


_RESULTS = """# Lindqvist Coaches: results for 2025

Group revenue grew 5.0% to $84.0 million and operating profit reached $9.1 million. The group sold 1,400,000 tickets, up from 1,310,000, with average revenue per ticket of about $41.

| $ million | 2025 | 2024 |
|---|---|---|
| Revenue | 84.0 | 80.0 |
| Ticket sales | 57.4 | 53.9 |
| Charter and parcels | 26.6 | 26.1 |
"""


def test_an_average_per_thing_counted_is_of_that_things_row(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "results.md", _RESULTS, "AverageRelation")
    assert labels == ["57.4 ÷ 1,400,000 = about $41 each"]
    # where no other row names the tickets, the whole the sentence names stays
    text = _RESULTS.replace("| Ticket sales |", "| Scheduled routes |")
    labels = read_labels(tmp_path / "none", "results.md", text, "AverageRelation")
    assert labels == ["$84.0 million ÷ 1,400,000 = about $41 each"]
