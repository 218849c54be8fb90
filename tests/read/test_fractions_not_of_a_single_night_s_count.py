"""kg read: "And 210 people on an average night, one in three, were under 25" is never a
fraction of a count a sentence gives of one night ("On a single night last month, staff
counted 95 people"), whichever the larger: one night's count is no average night's whole,
and the words decide that, not whether one in three of it comes out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read import relation_labels

_TEXT = ("The hostel housed an average of 630 people a night last year, compared with 700 in "
         "2019. Of the 630 average, 410 were men. On a single night last month, staff counted "
         "{n} people sleeping in the day room. And 210 people on an average night, one in "
         "three, were under 25.")


@pytest.mark.parametrize("n", ["95", "950", "630"])
def test_a_single_night_s_count_is_no_whole_of_an_average_night_s_fraction(
        tmp_path: Path, n: str) -> None:
    ratios = relation_labels(tmp_path, "Hostel note, 2025", _TEXT.format(n=n),
                             "RatioRelation")
    assert not [label for label in ratios if label.endswith(f" of {n}")]
