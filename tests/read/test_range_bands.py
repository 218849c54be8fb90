"""kg read: a range that names a band ("the 11 to 16 years band", "the £20,000 to £30,000
bracket") says who or what falls in it, not that one value exceeds another; a range of two
values ("revenue of $410 million to $425 million") still orders its ends."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

#: a range of two values, which is read in every note below beside the bands
_OUTLOOK = " The board expects revenue of $410 million to $425 million for the year."


def test_a_range_naming_a_band_is_no_comparison(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "School roll 2025", "Pupils in the 11 to 16 years band "
                           "made up most of the roll, and staff in the £20,000 to £30,000 "
                           "bracket received a rise of 3%." + _OUTLOOK,
                           "ComparisonRelation") == ["$425 million > $410 million"]


def test_a_band_after_two_ranges_names_both(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Waiting list 2025", "Patients in the 13 to 26 weeks and "
                           "more than 26 weeks bands are counted apart." + _OUTLOOK,
                           "ComparisonRelation") == ["$425 million > $410 million"]
