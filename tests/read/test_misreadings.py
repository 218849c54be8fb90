"""The misreadings issue 30 quotes, each read right now (regressions)."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

TEXT = """Singles Day sales

Alibaba's sales reached 57.1 billion yuan on November 11, 2014, from 35.0 billion yuan in
2013. Its 278 million orders brought in 57.1 billion yuan, for an average of about 205 yuan
an order.

The average shopper spent $380.95 over the four days, 6.4 percent less than the $407.02 of
2013, according to a survey of 4,600 consumers.

E-commerce made up 6.6 percent of all retail sales in the quarter.

Table 1. Retail e-commerce sales (billions of dollars)

  Quarter      2013      2014
  Q1           60.1      69.1
  Q2           62.4      71.7
"""


def read_text(tmp_path: Path) -> tuple[str, str, str]:
    source = tmp_path / "day.txt"
    source.write_text(TEXT, encoding="utf-8")
    made = read(source, tmp_path / "c")
    files = [made.folder / name for name in ("claims.ttl", "relations.ttl", "suggestions.ttl")]
    return tuple(p.read_text(encoding="utf-8") if p.exists() else "" for p in files)


def labels(turtle: str, kind: str) -> list[str]:
    return re.findall(rf"a cg:{kind}\b[^\n]*\n[^\n]*\n\s*rdfs:label \"([^\"]+)\"", turtle)


def test_an_average_takes_the_same_day_s_total_not_the_previous_year_s(tmp_path: Path) -> None:
    _, relations, _ = read_text(tmp_path)
    assert labels(relations, "AverageRelation") == [
        "57.1 billion yuan ÷ 278 million = about 205 yuan each"]


def test_percent_less_than_takes_the_amounts_not_a_count_of_days(tmp_path: Path) -> None:
    """"6.4 percent less than the $407.02" was tied to "four" days and 4,600 consumers."""
    _, relations, proposed = read_text(tmp_path)
    assert labels(relations, "PercentChangeRelation") == [
        "$407.02 to $380.95: less 6.4 percent"]
    assert "four" not in relations + proposed and "4,600" not in relations + proposed


def test_made_up_a_percent_of_is_never_a_percent_change(tmp_path: Path) -> None:
    _, relations, proposed = read_text(tmp_path)
    assert "6.6 percent" not in "".join(labels(relations + proposed, "PercentChangeRelation"))


def test_a_caption_s_words_are_not_figures(tmp_path: Path) -> None:
    """kg new drafted "Table 1." and the caption's "billions of" as figures."""
    claims, _, _ = read_text(tmp_path)
    quotes = re.findall(r'cg:quote "([^"]*)"', claims)
    assert "1" not in quotes and not any(q.startswith("billions") for q in quotes)
    assert "69.1" in quotes  # the table's cells are figures


SHARES_TEXT = """Parcel volumes

Couriers delivered 88.4 million parcels in 2023 and 81.2 million parcels in 2024. Next-day
services carried 34.6 million parcels, or 42.6 percent of the total.

The region's 410,000 residents paid $395 million in local taxes, or $963 per resident.

The average courier drove 41,000 kilometres over the year.
"""


def read_shares(tmp_path: Path) -> tuple[str, str]:
    source = tmp_path / "parcels.txt"
    source.write_text(SHARES_TEXT, encoding="utf-8")
    made = read(source, tmp_path / "c")
    files = [made.folder / name for name in ("relations.ttl", "suggestions.ttl")]
    return tuple(p.read_text(encoding="utf-8") if p.exists() else "" for p in files)


def test_of_the_total_is_the_same_period_s_total_not_the_year_before_s(tmp_path: Path) -> None:
    """"or 42.6 percent of the total" was read against "from 35.0 billion yuan in 2013": the
    whole is the same period's total, and the words name it firmly enough to be checked."""
    relations, proposed = read_shares(tmp_path)
    assert labels(relations, "ShareRelation") == [
        "34.6 million is 42.6 percent of 81.2 million"]
    assert "88.4 million" not in "".join(labels(relations + proposed, "ShareRelation"))


def test_an_amount_per_resident_is_an_average_over_the_residents(tmp_path: Path) -> None:
    """"$963 per resident": the aggregate over the count of residents the text gives."""
    relations, _ = read_shares(tmp_path)
    assert labels(relations, "AverageRelation") == [
        "$395 million ÷ 410,000 = $963 each"]


def test_an_average_before_its_noun_without_aggregate_or_count_is_no_relation(
        tmp_path: Path) -> None:
    """"The average shopper spent $380.95": no aggregate or count of shoppers in the text, so
    no relation, and never one built from other figures."""
    relations, proposed = read_shares(tmp_path)
    assert "41,000" not in relations + proposed
