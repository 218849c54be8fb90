"""A trial's table cell that writes a mean and its spread, or a count and its share, in
brackets ("84.2 (11.6)", "57 (41.3%)") is a figure of its first number, quoted without the
brackets; a footnote's mark still says a note qualifies the cell, the spread does not."""
from decimal import Decimal as D

from kg.read.tables import find_tables, unmarked

TEXT = """Table 3. Grip strength (kg) by arm, mean (SD)

| Arm | n | Week 0 | Week 12 |
|---|---|---|---|
| Usual care | 57 (41.3%) | 28.4 (6.2) | 29.1 (6.5) |
| Resistance band | 81 (58.7%) | 27.9 (SD 5.8) | 31.6 (6.0)* |
"""


def test_the_first_number_of_a_bracketed_spread_is_the_cell():
    (table,) = find_tables(TEXT)
    cells = {r.label: r.cells for r in table.rows}
    assert [c.value for c in cells["Usual care"]] == [D("57"), D("28.4"), D("29.1")]
    assert [c.text for c in cells["Resistance band"]] == ["81", "27.9", "31.6"]
    # the quote's span is the number alone
    band = cells["Resistance band"][1]
    assert TEXT[band.start:band.end] == "27.9"


def test_only_a_footnote_mark_notes_a_cell():
    (table,) = find_tables(TEXT)
    band = table.rows[1].cells
    assert [c.noted for c in band] == [False, False, True]


def test_a_bracketed_negative_alone_is_no_spread():
    assert unmarked("(4.2)") == "(4.2)"
    assert unmarked("1,204 (12.5%)") == "1,204"
