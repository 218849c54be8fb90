"""kg read: a head that is only a currency's sign or code and a scale ("KES million",
"Tk lakh", "NZ$ '000"), bare of brackets, gives both: in the rows' corner every row's cells
are in it, over a column that column's; a head of other words is no such head."""

from __future__ import annotations

from kg.read.tables import find_tables

CORNER = """Quarterly results, Savanna Tea Growers

| KES million | Q1 2024 | Q1 2025 | Change |
|---|---:|---:|---:|
| Leaf sales | 412.6 | 455.0 | +10.3% |
| Packaged tea | 96.4 | 101.2 | +5.0% |
| Revenue | 509.0 | 556.2 | +9.3% |
"""

COLUMN = """Clinic running costs, 2025

| Cost line | Tk lakh | Share |
|---|---:|---:|
| Nurses | 84.00 | 60.0% |
| Medicines | 56.00 | 40.0% |
| Total | 140.00 | 100.0% |
"""

WORDS = """Catch by port

| Landed in | Tonnes | Boats |
|---|---:|---:|
| North quay | 1,240 | 31 |
| South quay | 860 | 22 |
"""


def test_a_corner_of_a_currency_and_a_scale_is_every_rows() -> None:
    (table,) = find_tables(CORNER)
    assert (table.scale, table.unit) == (6, "KES")


def test_a_column_head_of_a_currency_and_a_scale_is_its_columns() -> None:
    (table,) = find_tables(COLUMN)
    assert (table.columns[0].scale, table.columns[0].unit) == (5, "BDT")
    assert table.columns[1].unit != "BDT"


def test_a_head_of_other_words_names_no_currency() -> None:
    (table,) = find_tables(WORDS)
    assert table.unit is None
    assert "BDT" not in {c.unit for c in table.columns}
