"""A table of a year's quarters whose caption names a row of an earlier table and the year
("Ferry trips by quarter, 2023") adds up to that row's cell in that year's column."""

from __future__ import annotations

import re

from kg.read.tables import find_tables
from kg.read.turtle import TableWriter

_SOURCES = """### Table 1: Trips by service

| Service | 2022 | 2023 |
|:--------|-----:|-----:|
| Bus | 51,200 | 52,900 |
| Ferry | 9,300 | 10,150 |
| **Total** | **60,500** | **63,050** |

The ferry grew fastest.

"""

_QUARTERS = """### Table 2: {caption}

| Quarter | Trips |
|---|---|
| Q1 | 1,900 |
| Q2 | 2,750 |
| Q3 | 3,400 |
| Q4 | {q4} |
"""


def _sums_across(text: str) -> list[tuple[str, list[str]]]:
    """Each sum a table's cells make to another table's cell: (total, parts), by text."""
    tables = find_tables(text)
    writer = TableWriter("doc", text)
    for t, table in enumerate(tables, start=1):
        writer.write(t, table)

    def cell(figure: str) -> str:
        t, r, c = map(int, re.fullmatch(r":f-t(\d+)-r(\d+)-c(\d+)", figure).groups())
        return tables[t - 1].rows[r - 1].cells[c - 1].text

    out = []
    for rel in writer.relations:
        total = re.search(r"cg:total (:f-t(\d+)\S*) ; cg:part (.*) \.", rel)
        if total and any(f":f-t{total.group(2)}-" not in p for p in total.group(3).split(", ")):
            out.append((cell(total.group(1)), [cell(p) for p in total.group(3).split(", ")]))
    return out


def test_the_quarters_of_a_row_named_in_the_caption_add_up_to_its_years_cell() -> None:
    assert _sums_across(_SOURCES + _QUARTERS.format(caption="Ferry trips by quarter, 2023",
                                                    q4="2,100")) == [
        ("10,150", ["1,900", "2,750", "3,400", "2,100"])]
    # no row named, or no year the earlier table has a column of: the words leave it open
    assert _sums_across(_SOURCES + _QUARTERS.format(caption="Trips by quarter, 2023",
                                                    q4="2,100")) == []
    assert _sums_across(_SOURCES + _QUARTERS.format(caption="Ferry trips by quarter, 2021",
                                                    q4="2,100")) == []
