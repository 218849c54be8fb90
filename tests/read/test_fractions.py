"""Fractions a sentence states of a table's row and the total that closes its block: the row's
cell over the total's, in the column the sentence names (or the only one of money); an
amount of the clause's own leaves the table's cells alone."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

PORT = """Harbour freight 2024

{sentence}

Table 1. Freight by commodity, 2024

| Commodity | Ships | Tonnage (thousand t) |
| Timber    | 310   | 1,210                |
| Grain     | 150   | 610                  |
| Fuel      | 95    | 580                  |
| Total     | 555   | 2,400                |
"""


def ratios(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    turtle = path.read_text(encoding="utf-8") if path.exists() else ""
    return [re.search(r"cg:numerator (:\S+) ; cg:denominator (:\S+) ; cg:ratio (:\S+)",
                      " ".join(b.split())).groups()
            for b in turtle.split("\n\n") if "a cg:RatioRelation ;" in b]


def test_a_fraction_of_all_said_of_a_row_is_its_cell_over_the_total(tmp_path: Path) -> None:
    """"Timber made up about half of all tonnage": the timber row's tonnage over the total
    row's, in the column the sentence names (not the ships counted)."""
    found = ratios(tmp_path, PORT.format(
        sentence="Timber again made up about half of all tonnage handled."))
    assert [(n, d) for n, d, _ in found] == [(":f-t1-r1-c2", ":f-t1-r4-c2")]


def test_a_fraction_whose_clause_gives_its_own_amount_leaves_the_cells(tmp_path: Path) -> None:
    """"Timber, 1,210 thousand tonnes, about half of all tonnage": the words give the
    portion, so no pair of cells is read in its place; without it, the cells are."""
    own = ratios(tmp_path / "own", PORT.format(
        sentence="Timber, at 1,210 thousand tonnes, was about half of all tonnage."))
    assert not [n for n, _, _ in own if n.startswith(":f-t")]
    cells = ratios(tmp_path / "cells", PORT.format(
        sentence="Timber was about half of all tonnage."))
    assert [(n, d) for n, d, _ in cells] == [(":f-t1-r1-c2", ":f-t1-r4-c2")]


CHARITY = """Where our money went, 2025

{sentence}

Table 2. Spending, 2025 (£000)

| Activity                  | £000  | % of total |
| Community health projects | 3,150 | 75.0       |
| Raising funds             | 630   | 15.0       |
| Running costs             | 420   | 10.0       |
| Total spending            | 4,200 | 100.0      |
"""


def test_pence_of_every_pound_a_row_takes_is_its_cell_over_the_total(tmp_path: Path) -> None:
    """"For every £1 we spent, 75p went to our projects": the pence of each pound are the
    fraction of all spending the row whose label's head the words name ("Community health
    projects") takes, in the column of money."""
    found = ratios(tmp_path, CHARITY.format(
        sentence="For every £1 we spent, 75p went to our projects in the community."))
    assert [(n, d) for n, d, _ in found] == [(":f-t1-r1-c1", ":f-t1-r4-c1")]


def test_pence_of_every_pound_going_to_nothing_a_row_names_is_no_ratio(tmp_path: Path) -> None:
    found = ratios(tmp_path, CHARITY.format(
        sentence="For every £1 we spent, 75p went straight to the villages we serve."))
    assert [(n, d) for n, d, _ in found if n.startswith(":f-t")] == []


LAKESIDE = """Lakeside transport bulletin, 2025

Residents made {total} trips in 2025. Trips with a student pass numbered 12.1 million, about
a quarter of the total.

Table 1. Trips by mode, 2025 (millions)

| Mode  | 2025  | 2024  |
| Bus   | 40.15 | 38.90 |
| Boat  | 8.04  | 7.70  |
| Total | 48.19 | 46.60 |
"""


def test_a_fraction_of_a_total_restating_a_total_row_is_of_that_rows_cell(
        tmp_path: Path) -> None:
    """"12.1 million, about a quarter of the total", the total said as "48.2 million" where
    the table's total row gives 48.19: the whole is the cell, the exact figure."""
    found = ratios(tmp_path, LAKESIDE.format(total="48.2 million"))
    assert [(n, d) for n, d, _ in found] == [(":f-2", ":f-t1-r3-c1")]


def test_a_fraction_of_a_total_the_table_does_not_restate_keeps_it(tmp_path: Path) -> None:
    """A total the text states otherwise ("48.9 million": a slip or another count) stays the
    whole as written, so the fraction is checked against it."""
    found = ratios(tmp_path, LAKESIDE.format(total="48.9 million"))
    assert [(n, d) for n, d, _ in found] == [(":f-2", ":f-1")]
