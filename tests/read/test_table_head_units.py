"""A unit that only some columns' heads name, where the caption names none, is those columns'
own: the column beside them that names another thing counts it ("Vessel calls"), while a
table whose caption gives the unit keeps it for every column."""

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import RDF

from kg.build import build_document
from kg.corpus import read_document
from kg.namespaces import CG, QUDT
from kg.read import read


def units(tmp_path: Path, text: str) -> dict[str, str]:
    """Each figure's quote and the unit kg read gave it, from a plain-text release."""
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    g = build_document(read_document(read(source, tmp_path / "c").folder)).graph
    return {str(g.value(f, CG.quote)): str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1]
            for f in g.subjects(RDF.type, CG.Figure)}

LANDINGS = """Harbour statistics 2026

Table 2: Fish landed and boats by month

Month      Tonnes landed     Boats unloading
January            1,845                  212
February           1,610                  187
"""

CAPTIONED = """Harbour statistics 2026

Table 2: Fish landed by month (tonnes)

Month      Haddock     Cod
January      1,845     212
February     1,610     187
"""


def test_a_unit_some_heads_name_is_not_the_unit_of_a_column_naming_another_thing(
        tmp_path: Path) -> None:
    read_as = units(tmp_path, LANDINGS)
    assert {q: read_as[q] for q in ("1,845", "1,610", "212", "187")} == {
        "1,845": "TONNE", "1,610": "TONNE", "212": "NUM", "187": "NUM"}


def test_a_unit_the_caption_names_is_every_column_s(tmp_path: Path) -> None:
    read_as = units(tmp_path, CAPTIONED)
    assert {q: read_as[q] for q in ("1,845", "212")} == {"1,845": "TONNE", "212": "TONNE"}


RATES = """Ward safety audit 2026

Table 1: Falls on the wards

Measure                        2025      2026
Falls recorded                  318       274
Falls per 1,000 bed-days        6.4       5.1
"""


def test_a_head_of_a_rate_per_thousand_gives_its_cells_per_mille(tmp_path: Path) -> None:
    """"Falls per 1,000 bed-days": the cells are a rate per thousand, not days."""
    got = units(tmp_path, RATES)
    assert got["6.4"] == got["5.1"] == "PERMILLE"
    assert got["318"] == "NUM"


NOUNS = """Ferry traffic 2026

| Measure | 2026 | 2025 |
|---|---|---|
| Passengers (thousands) | 1,204 | 1,150 |
| Sailed vessel kilometres (millions) | 6.12 | 6.49 |
| Tonnes of freight | 8,840 | 8,215 |
| Litres of fuel per crossing | 912 | 934 |
"""

BUDGET = """Trail budget 2026

Table 1: Capital works (£)

| Item | 2026 | 2025 |
|---|---|---|
| Boardwalk renewal, 1.6 km | 48,000 | 12,500 |
| Signage | 6,200 | 5,900 |
"""


def test_a_head_whose_noun_is_a_unit_gives_its_cells_that_unit(tmp_path: Path) -> None:
    """"Sailed vessel kilometres (millions)", "Tonnes of freight": the unit the head's words
    name (its brackets giving only the scale), not a bare count."""
    got = units(tmp_path, NOUNS)
    assert got["6.12"] == got["6.49"] == "KiloM"
    assert got["8,840"] == got["8,215"] == "TONNE"
    assert got["1,204"] == "NUM"  # passengers are counted
    assert got["912"] == "NUM"  # a rate per crossing is no amount of litres


def test_an_amount_a_row_label_names_is_no_unit_of_its_cells(tmp_path: Path) -> None:
    """"Boardwalk renewal, 1.6 km" in a table of pounds: its cells are money."""
    got = units(tmp_path, BUDGET)
    assert got["48,000"] == "CCY_GBP"


SCALED = """Port statistics 2026

Table 1: Freight moved (thousands)

| Measure | 2026 | 2025 |
|---|---|---|
| Tonnes of freight | 8,840 | 8,215 |
| Vessel calls | 1,204 | 1,150 |
"""


def test_a_head_naming_a_unit_keeps_the_caption_s_scale(tmp_path: Path) -> None:
    """"Tonnes of freight" in a table "(thousands)": the head names the unit, the caption its
    scale."""
    source = tmp_path / "port.md"
    source.write_text(SCALED, encoding="utf-8")
    g = build_document(read_document(read(source, tmp_path / "c").folder)).graph
    got = {str(g.value(f, CG.quote)): (str(g.value(f, QUDT.numericValue)),
                                       str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1])
           for f in g.subjects(RDF.type, CG.Figure)}
    assert got["8,840"] == ("8840000", "TONNE")
    assert got["1,204"] == ("1204000", "NUM")
