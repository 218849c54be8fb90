"""A table's change cell in basis points ("+100 bps", "-25 bp") is that many hundredths of
a percentage point: its value the points', marked as points."""
from kg.read.tables import find_tables

TEXT = """Quarterly ratios

| Ratio | Q3 2025 | Q3 2024 | Change |
|---|---|---|---|
| Gross margin | 38.2% | 36.7% | +150 bps |
| Cost-to-income | 51.0% | 51.25% | -25 bp |
| Staff (number) | 820 | 790 | 30 |
"""


def test_basis_point_cells_are_hundredths_of_a_point():
    table, = find_tables(TEXT)
    margin, cost, staff = table.rows
    assert str(margin.cells[2].value) == "1.5" and margin.cells[2].points
    assert str(cost.cells[2].value) == "-0.25" and cost.cells[2].points
    assert str(staff.cells[2].value) == "30" and not staff.cells[2].points
