"""kg read: a band of lengths of time with no interval around an estimate ("allow 4 to 5
hours", "within 10 to 14 days", "the 6 to 9 months a hedge takes to grow") says how long
one thing takes or may take, a tolerance on one span, not two values whose order the words
state; a confidence interval of a duration, and a band of amounts, keep their order."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_band_of_durations_orders_no_ends(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Visitor notes", "The circular walk to the tarn takes "
                           "4 to 5 hours. Refunds reach your card within 10 to 14 days. "
                           "Allow the 6 to 9 months a new hedge takes to close its gaps.",
                           "ComparisonRelation") == []


def test_an_interval_of_a_duration_and_a_band_of_amounts_keep_their_order(tmp_path: Path
                                                                           ) -> None:
    assert relation_labels(tmp_path, "Trial", "The adjusted difference in sleep was 0.52 h "
                           "(95% CI 0.31 to 0.73). The council consults on a levy of £2 to "
                           "£3.50 a night.",
                           "ComparisonRelation") == ["0.52 h > 0.31", "0.73 > 0.52 h",
                                                     "£3.50 > £2"]
