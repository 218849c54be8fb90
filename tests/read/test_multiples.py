"""Multiples a sentence states of two rows of a table: the row named before the factor is
the multiple, the one after it the base, both in the column of levels the clause names (or of
the factor's period); an amount of the clause's own leaves the table's cells alone."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

ORCHARD = """Orchard cooperative report 2024

{sentence}

Table 1. Fruit handled (tonnes)

| Fruit   | 2023  | 2024  | Change (%) |
| Apples  | 1,150 | 1,240 | 7.8        |
| Pears   | 390   | 410   | 5.1        |
| Plums   | 180   | 175   | -2.8       |
| Total   | 1,720 | 1,825 | 6.1        |
"""

TRADE = """Island trade 2024

{sentence}

Table 1. Trade by partner, 2024 (£ million)

| Partner  | Exports | Imports |
| Norway   | 84.0    | 12.5    |
| Iceland  | 21.0    | 50.0    |
| Total    | 105.0   | 62.5    |
"""


def multiples(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    turtle = path.read_text(encoding="utf-8") if path.exists() else ""
    out = []
    for block in turtle.split("\n\n"):
        block = " ".join(block.split())
        if "a cg:MultipleRelation ;" in block:
            out.append(re.search(r"cg:multiple (:\S+) ; cg:base (:\S+) ; cg:factor (:\S+)",
                                 block).groups())
    return out


def test_a_factor_between_two_named_rows_is_their_cells_multiple(tmp_path: Path) -> None:
    """"Apples came in at about three times the weight of pears": the apples' cell of the
    factor's year is the multiple, the pears' the base."""
    found = multiples(tmp_path, ORCHARD.format(
        sentence="In 2024 apples came in at about three times the weight of pears."))
    assert [(m, b) for m, b, _ in found] == [(":f-t1-r1-c2", ":f-t1-r2-c2")]


def test_the_column_the_clause_names_holds_both_cells(tmp_path: Path) -> None:
    """"Imports from Iceland were four times those from Norway": the imports, not the
    exports; and the row after the factor is the base whichever is larger."""
    found = multiples(tmp_path, TRADE.format(
        sentence="Imports from Iceland were four times those from Norway."))
    assert [(m, b) for m, b, _ in found] == [(":f-t1-r2-c2", ":f-t1-r1-c2")]


def test_an_amount_of_the_clause_s_own_leaves_the_cells(tmp_path: Path) -> None:
    """"Exports to Norway were £84 million, four times those to Iceland": the clause gives
    the multiple itself, so no pair of cells is read in its place."""
    found = multiples(tmp_path / "own", TRADE.format(
        sentence="Exports to Norway, £84.0 million, were four times those to Iceland."))
    assert all(not m.startswith(":f-t") for m, _, _ in found)
    found = multiples(tmp_path / "cells", TRADE.format(
        sentence="Exports to Norway were four times those to Iceland."))
    assert [(m, b) for m, b, _ in found] == [(":f-t1-r1-c1", ":f-t1-r2-c1")]


def test_a_factor_of_a_row_s_own_earlier_year(tmp_path: Path) -> None:
    """"Pears came in at about 1.1 times their 2023 level": one row against itself, its
    cell of the factor's year over its cell of the year the words name."""
    found = multiples(tmp_path, ORCHARD.format(
        sentence="In 2024 pears came in at about 1.1 times their 2023 level."))
    assert [(m, b) for m, b, _ in found] == [(":f-t1-r2-c2", ":f-t1-r2-c1")]
