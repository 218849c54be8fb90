"""kg read: an average whose words set it apart from the whole the text counts is not that
whole's total over its count: "averaged £4.10 at Northgate and £3.85 at Southgate" gives
each place's average (its own total and count), and "Tier 2 routes" names a class of routes,
no number of them."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import relation_labels, sum_labels


def test_averages_listed_by_place_take_no_total_of_the_whole(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Ferry report 2025",
                           "The ferry carried 3.2 million passengers in 2025. Fares per "
                           "passenger averaged £4.10 at Northgate and £3.85 at Southgate.",
                           "AverageRelation") == []
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]


PLAN = """# Snow clearing plan 2025

## The network

Tier 1 routes (main roads and bus routes) extend to 1,180 km. Tier 2 routes, cleared once
Tier 1 is finished, cover a further 420 km.

## Fleet

The city operates 16 ploughs, so the average route is 100.0 km long.
"""


def test_a_number_naming_a_class_of_things_is_no_count_of_them(tmp_path: Path) -> None:
    sum_labels(tmp_path, "plan.md", PLAN)
    relations = (tmp_path / "c" / "plan" / "relations.ttl")
    text = relations.read_text(encoding="utf-8") if relations.exists() else ""
    assert "cg:AverageRelation" not in text
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]
