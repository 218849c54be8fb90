"""A PDF's single-spaced table in a document that writes decimal commas and groups its
thousands by a space: "12 410" is one cell, and "Change, % Share 2025, %" two heads."""
from kg.numbers import decimal_commas, number_conventions
from kg.read.tables import find_tables

TEXT = """Ferry crossings rose again last year, by 3,2 per cent, and the fare share fell to 8,5 per cent.

Table 2. Crossings by route. Thousands

Route 2024 2025 Change, % Share 2025, %
Northern 12 410 12 980 +4,6 52,0
Southern 9 120 8 870 −2,7 35,5
Island 3 050 3 120 +2,3 12,5
Total 24 580 24 970 +1,6 100,0
"""


def _table():
    with decimal_commas(True), number_conventions():
        tables = find_tables(TEXT)
    assert len(tables) == 1
    return tables[0]


def test_space_grouped_whole_numbers_are_one_cell():
    table = _table()
    values = {r.label: [c.value for c in r.cells] for r in table.rows}
    assert [str(v) for v in values["Northern"]] == ["12410", "12980", "4.6", "52.0"]
    assert [str(v) for v in values["Total"]] == ["24580", "24970", "1.6", "100.0"]


def test_percent_sign_closes_a_head_and_a_year_with_its_percent_joins_the_words():
    table = _table()
    assert [c.header for c in table.columns] == ["2024", "2025", "Change, %", "Share 2025, %"]
    assert [c.kind for c in table.columns][2:] == ["change", "share"]
