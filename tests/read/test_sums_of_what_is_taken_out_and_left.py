"""kg read: "closing 6 of them, which would leave 25 open" and "sold 12 of the 40 plots,
leaving 28" state a whole as what is taken out of it and what that leaves: "them" is the one
count of the sentence before, "the 40" the count the words name."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _sums(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Parks review", text, "SumRelation")


def test_what_is_closed_and_what_is_left_make_the_whole_before(tmp_path: Path) -> None:
    """(another count after it, "the three largest villages", is no part)"""
    assert _sums(tmp_path, "The county currently maintains 31 play areas. Officers have recommended closing "
                 "6 of them, which would leave 25 open - most of them in the three largest "
                 "villages.") == ["6 + 25 = 31"]


def test_what_is_sold_of_the_whole_named_and_what_is_left(tmp_path: Path) -> None:
    assert _sums(tmp_path, "The trust sold 12 of the 40 allotment plots, leaving 28 for "
                 "local growers.") == ["12 + 28 = 40"]
