"""kg read: column heads that are years with a unit's symbol in brackets ("2023 (t)",
"2024 (kg)") are the table's heads, not a row of numbers (a letter in brackets after a
number looks like a footnote mark), as a Markdown table reaches the reader without its
rule line, and the cells under them are in that unit."""

from __future__ import annotations

from kg.read.tables import find_tables

HARVEST = """Hop harvest by grower

| Grower | 2023 (t) | 2024 (t) | Change |
| Lower Mill Farm | 312 | 340 | +9.0% |
| Abbots Field | 204 | 198 | −2.9% |
| All growers | 516 | 538 | +4.3% |
"""


def test_year_heads_with_a_bracketed_unit_head_the_table() -> None:
    tables = find_tables(HARVEST)
    assert len(tables) == 1
    t = tables[0]
    assert [c.header for c in t.columns][:2] == ["2023 (t)", "2024 (t)"]
    assert [(c.scale, c.unit) for c in t.columns][:2] == [(0, "TONNE"), (0, "TONNE")]
    assert [r.label for r in t.rows] == ["Lower Mill Farm", "Abbots Field", "All growers"]

