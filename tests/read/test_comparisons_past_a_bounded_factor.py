"""Comparisons a bounded factor or a short-written factor states: "more than three times
the £52m" says which figure is the larger whatever the exact factor (a comparison of the
two, never a multiple by the stated factor), and "within the target of below 3.0x" bounds
a factor written short as a bound of the same kind as "2.7 times"."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def relations(tmp_path: Path, text: str) -> list[str]:
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    body = path.read_text(encoding="utf-8") if path.exists() else ""
    return [" ".join(b.split()) for b in body.split("\n\n") if re.search(r"a cg:\w+Relation", b)]


def labels(found: list[str], kind: str) -> list[str]:
    return [re.search(r'rdfs:label "([^"]*)"', b).group(1) for b in found
            if f"a cg:{kind} " in b]


def test_more_than_a_factor_orders_the_multiple_above_its_base(tmp_path: Path) -> None:
    """"more than four times the £27m" orders the two; "four times the £27m" is a multiple
    (its own check), and states no bare order beside it."""
    found = relations(tmp_path, "Ferry survey\n\nFoot passengers paid £118m in fares, "
                                "more than four times the £27m paid by car drivers. Cyclists "
                                "paid £36m, four times the £9m paid by bus groups.\n")
    assert labels(found, "ComparisonRelation") == ["£118m > £27m"]
    assert "£9m × 4 = £36m (four times)" in labels(found, "MultipleRelation")


def test_over_twice_orders_them_too(tmp_path: Path) -> None:
    found = relations(tmp_path, "Harvest\n\nThe co-operative shipped 7,350 tonnes, over "
                                "twice the 3,120 tonnes it shipped in 2020.\n")
    assert labels(found, "ComparisonRelation") == ["7,350 tonnes > 3,120 tonnes"]


def test_a_factor_written_short_is_bounded_like_one_written_out(tmp_path: Path) -> None:
    """"within the lender's covenant of below 2.5x" bounds "1.9 times"; "$1.64 billion, or
    3.8x adjusted EBITDA of $431.6 million" is a ratio as finance writes it, which the
    multiples leave alone (as they did when "3.8x" read as a plain ratio)."""
    found = relations(tmp_path, "Lender update\n\nGearing stood at 1.9 times, comfortably "
                                "within the lender's covenant of below 2.5x. Net debt was "
                                "$1.64 billion, or 3.8x adjusted EBITDA of $431.6 million.\n")
    assert labels(found, "ComparisonRelation") == ["below 2.5x > 1.9 times"]
    assert labels(found, "MultipleRelation") == []
