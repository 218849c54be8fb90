"""A gap is between two values of one time: a level a "when" clause dates to one year and
a rival's of another year are not its two ends."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def test_a_gap_takes_no_ends_of_two_different_years(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The airport has grown every year since 2018, when it served "
                                "3.1 million passengers, and now leads Eastfield, which served "
                                "2.8 million passengers in 2025, a gap of 900,000 passengers.")
    assert [roles for kind, roles, _ in found if kind == "DifferenceRelation"] == []


def test_a_gap_between_two_values_of_one_year_is_read(tmp_path: Path) -> None:
    found = suggested(tmp_path, "In 2025 the airport served 3.7 million passengers and "
                                "Eastfield served 2.8 million passengers, a gap of 900,000 "
                                "passengers.")
    assert [roles for kind, roles, _ in found if kind == "DifferenceRelation"] == [
        {"minuend": ("3.7 million",), "subtrahend": ("2.8 million",),
         "difference": ("900,000",)}]
