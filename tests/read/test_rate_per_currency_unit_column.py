"""A column headed "Our rate (per £1)" over rows of currencies holds exchange rates (so much
of each currency for one pound), not percentages: its cells were read as per cent."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from kg.read.tables import find_tables

_TEXT = ("Bureau rates this week\n\nSummer travel money\n"
         "| Currency | Rate (per £1) | You get for £200 |\n"
         "| Euro (EUR) | 1.1630 | €232.60 |\n"
         "| US dollar (USD) | 1.3120 | $262.40 |\n"
         "| Norwegian krone (NOK) | 13.480 | NOK 2,696.00 |\n")


def test_a_rate_per_pound_column_is_no_percent_column() -> None:
    table = find_tables(_TEXT)[0]
    assert [c.kind for c in table.columns] == ["value", "value"]


def test_its_cells_are_not_read_as_percentages(tmp_path: Path) -> None:
    source = tmp_path / "bureau.txt"
    source.write_text(_TEXT, encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    block = next(b for b in claims.split("\n\n") if 'cg:quote "1.3120"' in b)
    assert "unit:PERCENT" not in block
