"""kg read: a fraction "of the county's 48,000 farms" is of the count its owner's name sets
before it, the portion the amount the words set off before the fraction."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _ratios(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Rural broadband note, 2026", text, "RatioRelation")


def test_a_fraction_of_an_owned_whole_takes_that_count(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The scheme connected a further 3,000 farms this year, taking "
                             "the total to 12,000, or one in four of the county's 48,000 "
                             "farms.") == ["12,000 is one in four of 48,000"]
