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
