"""Tables: found in running text, cells under their caption's scale and unit."""

from __future__ import annotations

from decimal import Decimal

from kg.read.tables import column_period, find_tables, number

TEXT = """Sales rose in every region.

Table 1
Retail sales by region, third quarter
(millions of dollars, not seasonally adjusted)

  Region        Q3 2023     Q3 2024    % change
  ------------------------------------------------
  Coastal         4,020       4,215        4.9
  Northern          540         561       -3.9
  ------------------------------------------------
  Total           4,560       4,776        4.7

Note to readers: about 9,800 locations.
"""


def test_a_space_aligned_table_with_its_caption_scale_and_unit() -> None:
    [t] = find_tables(TEXT)
    assert t.caption.startswith("Table 1 Retail sales by region")
    assert (t.scale, t.unit) == (6, "USD")
    assert [(c.header, c.kind) for c in t.columns] == [
        ("Q3 2023", "value"), ("Q3 2024", "value"), ("% change", "change")]
    assert [r.label for r in t.rows] == ["Coastal", "Northern", "Total"]
    assert [r.total for r in t.rows] == [False, False, True]
    cell = t.rows[1].cells[2]
    assert (cell.text, cell.value) == ("-3.9", Decimal("-3.9"))
    assert TEXT[cell.start:cell.end] == "-3.9"
    assert TEXT[t.caption_start:].startswith("Table 1")


def test_prose_with_numbers_is_not_a_table() -> None:
    assert find_tables("Sales were 4,020 in 2023.\nThey were 4,215 in 2024, up 4.9.\n") == []


def test_years_as_column_heads_are_a_header_not_a_row() -> None:
    [t] = find_tables("Revenue (NOK million)\n\n        2023    2022\nFerries  5,228   4,795\n"
                      "Services 3,114   2,701\n")
    assert [c.header for c in t.columns] == ["2023", "2022"]
    assert [r.label for r in t.rows] == ["Ferries", "Services"]


def test_cells_and_periods() -> None:
    assert number("(1.2)") == (Decimal("-1.2"), False)
    assert number("−0.4%") == (Decimal("-0.4"), True)
    assert number("n/a") is None
    assert [column_period(h) for h in ("Q3 2024", "2023/24", "H1 2024", "Change")] == [
        "2024-Q3", "2023/24", "2024-H1", None]
