"""kg read: "from" before a count of things, in a clause whose earlier figures are money or
quantities ("raised £9,000 from 600 donors"), says whom the amount came from: the count is
no baseline of a move, so a fraction or an average later of those things may be of it."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_fraction_of_the_things_an_amount_came_from(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Hill choir appeal, 2025",
                           "The appeal raised $9,000 from 600 donors. Nearly half of the "
                           "donors (290) gave online.", "RatioRelation") == [
        "290 is Nearly half of 600"]


def test_one_in_n_of_the_members_a_sum_came_from(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Hill choir accounts, 2025",
                           "Fees came to £30,600 from 340 members. One in four members (85) "
                           "sings in the youth choir.", "RatioRelation") == [
        "85 is One in four of 340"]
    # "412, up from 380 members": a count moved from a count of the same things stays the
    # baseline, and the fraction is of the level it moved to
    assert relation_labels(tmp_path / "moved", "Hill choir accounts, 2025",
                           "Members numbered 412, up from 380 members a year earlier. A "
                           "quarter of members (103) sing alto.", "RatioRelation") == [
        "103 is A quarter of 412"]

