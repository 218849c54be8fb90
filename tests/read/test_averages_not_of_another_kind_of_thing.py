"""kg read: an amount "per volunteer hour" is no average over an earlier sentence's "9,320
studio hours": each names its kind of hour by a word before the noun, and the two differ,
so those are other hours than the ones the amount is per."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_hours_of_another_kind_are_no_count_of_the_average(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Riverside arts centre annual review, 14 February 2025",
        "Artists booked 9,320 studio hours over the year. Our stewards gave 2,870 hours of "
        "their time. At the sector's guide rate of £21.40 per volunteer hour, that is about "
        "£61,400 of donated work.", "AverageRelation") == []
