"""kg read: "And 210 people on an average night, one in three, were under 25" takes the
people it is a fraction of from an earlier sentence; a count no larger than the portion
("staff counted 95 people sleeping in the day room") is another group of them, never the
whole the 210 are one in three of."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

_TEXT = ("The hostel housed an average of 630 people a night last year, compared with 700 in "
         "2019. Of the 630 average, 410 were men. On a single night last month, staff counted "
         "{n} people sleeping in the day room. And 210 people on an average night, one in "
         "three, were under 25.")


def _ratios(tmp_path: Path, n: str) -> list[str]:
    return relation_labels(tmp_path, "Hostel note, 2025", _TEXT.format(n=n), "RatioRelation")


def test_a_smaller_count_of_the_things_is_no_whole_of_the_portion(tmp_path: Path) -> None:
    assert not [label for label in _ratios(tmp_path, "95") if label.endswith(" of 95")]
    # a larger count the words name so is still the whole (whether the arithmetic holds is
    # the check's work, not the reader's)
    assert _ratios(tmp_path / "larger", "950") == ["210 is one in three of 950"]
