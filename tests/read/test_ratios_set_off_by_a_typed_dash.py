"""kg read: plain text types a dash as two hyphens ("3,120 of the tickets -- one in four");
a fraction set off so restates the portion before it of the whole said before, as it does
after a comma or a printed dash."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_fraction_after_two_hyphens_is_of_the_whole_said_before(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Rovers supporters' newsletter, 2 February 2026",
        "The club has sold 12,480 season tickets so far this year, well past last year's "
        "10,900. Families from outside the city bought 3,120 of the season tickets -- one in "
        "four.", "RatioRelation") == ["3,120 is one in four of 12,480"]


def test_a_portion_after_the_fraction_and_two_hyphens(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Rovers supporters' newsletter, 2 February 2026",
        "The club has sold 12,480 season tickets so far this year. One in four tickets -- "
        "about 3,120 -- went to families from outside the city.", "RatioRelation") == [
            "about 3,120 is One in four of 12,480"]
