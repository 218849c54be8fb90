"""Superlatives a sentence states of a table's row or column: the named cell against the
largest (smallest) of the cells it is set against, within the named row's block; a change
column ranks nothing."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

ROWS = """Harbour authority accounts 2024

Dredging was again the costliest activity, at £5,830,000, followed by pilotage. Security
was the smallest item, with £410,000.

Table 1. Spending by activity (£)

  Activity        Spending
  Dredging       5,830,000
  Pilotage       2,140,000
  Moorings       1,960,000
  Security         410,000
  Total         10,340,000
  Rents          3,100,000
"""


def comparisons(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return sorted(re.search(r"cg:greater (:\S+) ; cg:lesser (:\S+)", " ".join(b.split()))
                  .groups() for b in turtle.split("\n\n")
                  if "a cg:ComparisonRelation ;" in b and "(the table)" in b)


def test_a_row_s_superlative_beats_the_rest_of_its_block(tmp_path: Path) -> None:
    found = comparisons(tmp_path, ROWS)
    # dredging beats pilotage, which "followed by" ranks next and which beats moorings;
    # security is below the smallest other (moorings); rents, after the total, are
    # another section and never compared
    assert found == [(":f-t1-r1-c1", ":f-t1-r2-c1"), (":f-t1-r2-c1", ":f-t1-r3-c1"),
                     (":f-t1-r3-c1", ":f-t1-r4-c1")]


CHANGES = """Retailer results 2024

Footwear, the largest division, grew 2.1% to $640 million.

Table 1. Sales by division ($ million)

  Division     2023     2024    % change
  Footwear      627      640        2.1
  Apparel       410      455       11.0
  Total       1,037    1,095        5.6
"""


def test_a_change_column_ranks_nothing(tmp_path: Path) -> None:
    """"The largest division, grew 2.1% to $640 million": the 2.1% is no level; the
    superlative ranks the 2024 sales, the cell "$640 million" restates."""
    assert comparisons(tmp_path, CHANGES) == [(":f-t1-r1-c2", ":f-t1-r2-c2")]


def test_a_last_row_naming_the_span_of_monthly_rows_is_their_total(tmp_path: Path) -> None:
    """Rows of months under a last row "Winter season" (no word "total"): the last row is
    the months' whole, so the month with "the highest" snowfall is set against the other
    months, never against the season that adds them up, and the months are summed to it."""
    text = """Snowfall at Coldmoor gauge

January was the month with the highest snowfall, with 132 cm.

Table 1. Snowfall by month (cm)

  Month            2025
  December           96
  January           132
  February           88
  March              71
  Winter season     387
"""
    found = comparisons(tmp_path, text)
    assert found == [(":f-t1-r2-c1", ":f-t1-r1-c1")]
    turtle = (tmp_path / "c" / "r" / "relations.ttl").read_text(encoding="utf-8")
    assert "cg:SumRelation" in turtle
