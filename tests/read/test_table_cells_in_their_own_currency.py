"""A table's cell that writes its own currency by code or by a sign of its country ("CHF
412.50", "₺9,840.00", "R$ 48.90", "Rs 1,250") is a number in that currency, as a cell's
"$12.40" is: a row of such cells is a table's row, and each cell a figure in its currency."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from rdflib.namespace import RDF

from kg.build import build_document
from kg.corpus import read_document
from kg.namespaces import CG, QUDT
from kg.read import read
from kg.read.tables import number


def test_a_cell_s_code_or_sign_before_its_number() -> None:
    assert number("CHF 412.50")[0] == Decimal("412.50")
    assert number("₺9,840.00")[0] == Decimal("9840")
    assert number("R$ 48.90")[0] == Decimal("48.9")
    assert number("Rs 1,250")[0] == Decimal("1250")
    # capitals that name no currency make no number
    assert number("FTE 12") is None


def test_cells_priced_in_their_own_currencies(tmp_path: Path) -> None:
    text = ("# Holiday money 2026\n\nWhat £400 buys at today's rates.\n\n"
            "| Currency | Rate | You get |\n|---|---:|---:|\n"
            "| Swiss franc | 1.0920 | CHF 436.80 |\n| Turkish lira | 51.300 | ₺20,520.00 |\n"
            "| Brazilian real | 7.2150 | R$ 2,886.00 |\n")
    source = tmp_path / "money.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    g = build_document(read_document(made.folder)).graph
    got = {str(g.value(f, CG.quote)): str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1]
           for f in g.subjects(RDF.type, CG.Figure)}
    assert got.get("CHF 436.80") == "CCY_CHF"
    assert got.get("₺20,520.00") == "CCY_TRY"
    assert got.get("R$ 2,886.00") == "CCY_BRL"
