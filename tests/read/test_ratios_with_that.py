"""kg read: "A petition has gathered 2,150 signatures. With the town's population at 25,800,
that is about one in twelve residents": the whole is the amount the "With" clause opens on,
the portion the one level of its unit the sentence before gives ("that" takes it up)."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _ratios(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Library note, 2025", text, "RatioRelation")


def test_with_a_whole_that_is_a_fraction_of_it(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "A petition to save the library has gathered 2,150 signatures. "
                             "With the town's population at 25,800, that is about one in "
                             "twelve residents.") == ["2,150 is about one in twelve of 25,800"]
    # "a third more" is a change, no part of the whole
    assert _ratios(tmp_path / "more", "The library lent 9,000 books last year. With 12,000 "
                                      "lent this year, that is a third more.") == []


def test_with_that_means_and_words_before_the_fraction(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The hospice cared for 1,240 patients last year. With 8,700 "
                             "deaths recorded in the district, that means we looked after "
                             "roughly one in seven of those who died.") == [
        "1,240 is roughly one in seven of 8,700"]


def test_two_levels_before_leave_that_open(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Volunteers planted 900 trees and 300 shrubs. With 12,000 homes "
                             "in the parish, that is one in four households.") == []

