"""A document that writes decimal commas ("6,4%", "R1 204,7 million", "3.150,25") is read
with that convention, decided from its own numbers; one that writes thousands commas
("1,300") reads as before; and a quote with a decimal comma reads the same in kg check."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from kg.numbers import decimal_commas, find_mentions, parse_quantity, writes_decimal_commas
from kg.read import read
from tests.read import figure_values, read_problems


def test_a_document_with_decimal_commas_reads_them_and_checks(tmp_path: Path) -> None:
    source = tmp_path / "mill.txt"
    source.write_text(
        "Highveld Mills half-year\n\nTurnover grew 6,4% to R1 204,7 million, and the gross "
        "margin widened by 2,5 percentage points, from 18,3% to 20,8%.\n\nEarnings per share "
        "came to 57,9 cents.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    figures = figure_values(made.folder)
    assert figures.get("6,4%") == "6.4"
    assert figures.get("R1 204,7 million") == "1204700000"
    assert figures.get("2,5 percentage points") == "2.5"
    assert figures.get("18,3%") == "18.3" and figures.get("20,8%") == "20.8"
    assert "unit:CCY_ZAR" in (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert read_problems(made.folder) == []


def test_a_document_with_thousands_commas_reads_as_before(tmp_path: Path) -> None:
    source = tmp_path / "depot.txt"
    source.write_text("Depot note\n\nThe depot handled 4,215 pallets in May, up from 3,980, "
                      "and 1,300 more are booked; 2,5 and 7 are the bays in use.\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "c")
    figures = figure_values(made.folder)
    assert figures.get("4,215") == "4215"
    assert figures.get("3,980") == "3980"
    assert figures.get("1,300") == "1300"
    assert "2,5" not in figures
    assert read_problems(made.folder) == []


def test_the_convention_is_decided_by_the_document_s_numbers() -> None:
    assert writes_decimal_commas("Costs rose 3,2% to 1 450,6 thousand; staff 12,5 on average.")
    assert writes_decimal_commas("Sales of 3.150,25 euros and 2.004,10 euros.")
    # one stray "2,5" among thousands commas is no convention
    assert not writes_decimal_commas("Bays 2,5 and 7 served 4,215 pallets and 3,980 crates.")
    # a number only a thousands comma reads rules decimal commas out
    assert not writes_decimal_commas("A grant of 1,204,700 and shares of 7,1 and 8,4.")
    assert not writes_decimal_commas("An outlay of 1,204.5 and shares of 7,1 and 8,4.")
    # Indian grouping is no decimal comma
    assert not writes_decimal_commas("Donations of 60,00,000 and 27,50,000 and 1,18,450.")


def test_decimal_comma_numbers_scan_as_one() -> None:
    with decimal_commas():
        got = [(m.text, m.value) for m in find_mentions(
            "Output of 3.150,25 tonnes, R 86,4 million and 4,215 crates (12,75%).")]
    assert got == [("3.150,25 tonnes", Decimal("3150.25")),
                   ("R 86,4 million", Decimal("86400000")),
                   ("4,215", Decimal("4215")), ("12,75%", Decimal("12.75"))]
    # outside such a document, as before: thousands commas
    assert [m.value for m in find_mentions("4,215 crates and 1,300")] == [4215, 1300]


def test_a_quote_with_a_decimal_comma_reads_alike_anywhere() -> None:
    """kg check reads each figure's quote on its own: "8,4%" can only be 8.4."""
    assert parse_quantity("8,4%").value == Decimal("8.4")
    assert parse_quantity("R2 310,5 million").value == Decimal("2310500000")
    assert parse_quantity("R2 310,5 million").unit == "ZAR"
    assert parse_quantity("1,300").value == 1300


def test_a_table_with_decimal_commas_is_read_as_a_table(tmp_path: Path) -> None:
    """Cells "1 400,5" and "5,8" in a document that writes decimal commas are numbers: the
    table's rows add up to its total, and each cell's quote is the cell as written."""
    source = tmp_path / "mill.md"
    source.write_text(
        "# Highveld Mills half-year\n\nTurnover grew 6,4% to R1 204,7 million, and the margin "
        "widened by 2,5 percentage points.\n\nSegment revenue (R million)\n\n"
        "| Segment | 2024 | 2023 |\n|---|---|---|\n| Flour | 804,2 | 760,1 |\n"
        "| Bran | 1 400,5 | 1 372,0 |\n| Total | 2 204,7 | 2 132,1 |\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert re.search(r':f-t1-r2-c1 a cg:Figure ;[^\n]*\n    cg:claim [^\n]*\n'
                     r'    cg:quote "1 400,5" ;\n    qudt:numericValue 1400500000 ;', claims)
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert relations.count("a cg:SumRelation") == 2
    assert read_problems(made.folder) == []


def test_a_row_set_with_single_spaces_keeps_a_space_grouped_number_whole() -> None:
    """"Oats 2 310,4 2 118,9 9,1" as a PDF sets a row: three cells, not five."""
    from kg.read.tables import find_tables

    text = ("Grain sales (R million)\n\nCrop 2024 2023 % change\nOats 2 310,4 2 118,9 9,1\n"
            "Rye 1 045,0 998,7 4,6\nTotal 3 355,4 3 117,6 7,6\n")
    with decimal_commas():
        tables = find_tables(text)
    assert [[c.text for c in r.cells] for r in tables[0].rows] == [
        ["2 310,4", "2 118,9", "9,1"], ["1 045,0", "998,7", "4,6"],
        ["3 355,4", "3 117,6", "7,6"]]
