"""kg read: "one for every three members" is one figure, the ratio of two counts (a third),
as "one in three" is, not two counts; so a multiple said after it ("and twice as many as the
150 of five years ago") has the count before the ratio as its multiple."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.numbers import find_mentions
from tests.read import relation_labels


def test_one_for_every_three_is_one_ratio() -> None:
    got = [(m.text, m.kind, m.value) for m in
           find_mentions("The club lends 300 bikes, about one for every three members.")]
    assert [(t, k) for t, k, _ in got] == [("300", "number"),
                                          ("about one for every three", "fraction")]
    assert abs(got[1][2] - 1 / Decimal(3)) < Decimal("0.0001")


def test_a_multiple_after_a_ratio_for_every_takes_the_count_before_it(
        tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Cycling club annual report 2025",
        "The club now lends 300 bikes, about one for every three members, and twice as many "
        "as the 150 it lent five years ago.", "MultipleRelation") == ["150 × 2 = 300 (twice)"]
