"""kg read: a table's row of a place ("Oceania", "Southern Africa", "Europe") is named by
the place's adjective, written with its capital ("Oceanian growers", "the Southern African
beds", "European visitors"); and where a named row leaves several columns of counts, the
noun the figure counts by ("1,930 species") is the column headed by it. The words tie the
figure, so a figure that disagrees with its cell is tied all the same, for the check."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from kg.read.ties import _demonym

NOTE = """Seed vault holdings

Oceanian collections are the largest part of the vault: 1,930 species, stored as about
four thousand samples.

Holdings by continent of origin, 30 June 2025
| Continent | Species | Samples |
|---|---|---|
| Oceania | 1,390 | 4,020 |
| Europe | 815 | 1,744 |
| Total | 2,205 | 5,764 |
"""


def test_a_place_s_adjective() -> None:
    assert _demonym("Oceania") == "Oceanian"
    assert _demonym("Southern Africa") == "Southern African"
    assert _demonym("Europe") == "European"
    assert _demonym("Media") is None  # "Median" is no place's
    assert _demonym("Revenue") is None


def test_a_row_named_by_its_adjective_ties_the_column_the_figure_counts_by(
        tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(NOTE, encoding="utf-8")
    made = read(tmp_path / "note.md", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    quote = dict(re.findall(r':(f-\d+) a cg:Figure ;.*?cg:quote "([^"]+)"', claims, re.S))
    ties = [(cell, quote.get(f)) for cell, f in re.findall(
        r"a cg:RestatementRelation ;.*?cg:first :(f-t[\w-]+) ; cg:restatedAs :(f-\d+)",
        relations, re.S)]
    assert ("f-t1-r1-c1", "1,930") in ties
