"""kg read: a span of two years written with an en dash ("2019–20") names its first year as
the hyphened "2019-20" does, so "from 18,200 in 2019–20 … 29,400 in 2024–25, growth of 10.1% a
year on average" is a compound growth over the five years between them."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_an_en_dash_span_names_its_first_year(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Carrick Shire library bulletin 2025",
        "From 18,200 in 2019–20, e-book loans reached 29,400 in 2024–25, growth of 10.1% a "
        "year on average over the five years.", "CompoundGrowthRelation") == [
        "18,200 (2019) to 29,400 (2024): 10.1% a year"]
