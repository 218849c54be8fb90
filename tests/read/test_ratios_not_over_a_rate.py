"""kg read: "the city has 180 council lamps per 1,000 residents": a count per a number of
something is a rate, never the whole "one in four of all lamps" is of."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_count_per_a_thousand_is_no_denominator(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Lighting audit", "Our survey counted 7,200 council "
                            "street lamps. With a population of 90,000, the city has 180 "
                            "council lamps per 1,000 residents. The sodium lamp is still our "
                            "commonest: 1,800 of them were found, one in four of all lamps.",
                            "RatioRelation")
    assert found == ["1,800 is one in four of 7,200"]
