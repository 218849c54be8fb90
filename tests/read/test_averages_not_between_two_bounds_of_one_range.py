"""kg read: an average written as one bound of a range ("more than 3 hours each day") and
the other bound joined on after it ("… but under 8 hours") are two ends of one per-thing
amount, so the second is no total the first spreads; a total set first and bounded ("under
600 hours in all") still is."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_the_other_end_of_a_daily_range_is_no_total(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Apprentice guide, 3 March 2025",
        "Ravi attends a welding course lasting 15 days, practising over 3 hours each day "
        "but below 8 hours.", "AverageRelation") == []


def test_a_bounded_total_before_a_bounded_average_is_still_read(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Apprentice guide, 3 March 2025",
        "The 40 volunteers gave under 600 hours in all, more than 12 hours each.",
        "AverageRelation") == ["under 600 hours ÷ 40 = more than 12 hours each"]
