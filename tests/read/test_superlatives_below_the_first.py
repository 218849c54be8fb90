"""A superlative ranked below the first ("the second largest", "the second-biggest") says one
other row beats the named one and it beats the rest: the largest other against it, and it
against the largest of the rest. "One of the largest" and "the third highest" claim no
order over every other row: nothing is read (never the named row above all the others)."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

TABLE = """Ferry operator accounts 2025

{sentence}

Table 1. Costs by line (€)

  Line            Cost
  Fuel       3,940,000
  Crew       2,715,000
  Port dues  1,880,000
  Insurance    655,000
  Total      9,190,000
"""


def comparisons(tmp_path: Path, sentence: str) -> list[tuple[str, str]]:
    source = tmp_path / "r.txt"
    source.write_text(TABLE.format(sentence=sentence), encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    turtle = path.read_text(encoding="utf-8") if path.exists() else ""
    return sorted(re.search(r"cg:greater (:\S+) ; cg:lesser (:\S+)", " ".join(b.split()))
                  .groups() for b in turtle.split("\n\n")
                  if "a cg:ComparisonRelation ;" in b)


def test_the_second_largest_sits_between_the_largest_and_the_rest(tmp_path: Path) -> None:
    found = comparisons(tmp_path, "Crew was the second largest cost, at €2,715,000.")
    assert found == [(":f-t1-r1-c1", ":f-t1-r2-c1"), (":f-t1-r2-c1", ":f-t1-r3-c1")]


def test_a_hyphened_second_biggest_too(tmp_path: Path) -> None:
    found = comparisons(tmp_path, "Crew, our second-biggest cost, came to €2,715,000.")
    assert found == [(":f-t1-r1-c1", ":f-t1-r2-c1"), (":f-t1-r2-c1", ":f-t1-r3-c1")]


def test_one_of_the_largest_and_the_third_highest_rank_nothing(tmp_path: Path) -> None:
    found = comparisons(tmp_path, "Port dues, at €1,880,000, are one of the largest costs. "
                                  "Insurance is the third highest cost, at €655,000.")
    assert found == []
