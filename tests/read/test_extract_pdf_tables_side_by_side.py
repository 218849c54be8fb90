"""Two tables a PDF sets side by side without rules, each a label and an amount a line
("Receipts £" beside "Payments £"): two tables, the left one's rows and then the right
one's, each under its own head; the amounts as the head writes them."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from kg.read.extract import extract
from kg.read.tables import find_tables
from tests.read.test_extract import write_pdf


def _fund_pdf(path: Path) -> None:
    words = [(72, 72, "Parish hall fund, forecast for next year", True),
             (80, 110, "Receipts", True), (178, 110, "£", True),
             (210, 110, "Payments", True), (318, 110, "£", True)]
    rows = [(128, "Lettings", "18,250", "Heating", "9,400"),
            (144, "Bingo nights", "6,900", "Insurance", "3,150"),
            (160, "Grants", "4,000", "Repairs", "12,700"),
            (176, "Total", "29,150", "Total", "25,250")]
    for top, left, left_amount, right, right_amount in rows:
        words += [(72, top, left, False), (185 - 5.0 * len(left_amount), top, left_amount, False),
                  (210, top, right, False),
                  (325 - 5.0 * len(right_amount), top, right_amount, False)]
    words.append((72, 210, "The fund expects a surplus of £3,900.", False))
    write_pdf(path, words)


def test_each_block_is_a_table_of_its_own(tmp_path: Path) -> None:
    _fund_pdf(tmp_path / "fund.pdf")
    text = extract(tmp_path / "fund.pdf").text
    assert "| Receipts | £ |\n| Lettings | 18,250 |" in text
    assert "| Payments | £ |\n| Heating | 9,400 |" in text
    assert "Bingo nights 6,900 Insurance" not in text


def test_the_blocks_rows_and_totals_are_read_apart(tmp_path: Path) -> None:
    _fund_pdf(tmp_path / "fund.pdf")
    tables = find_tables(extract(tmp_path / "fund.pdf").text)
    assert [[(r.label, r.cells[0].value) for r in t.rows] for t in tables] == [
        [("Lettings", D("18250")), ("Bingo nights", D("6900")), ("Grants", D("4000")),
         ("Total", D("29150"))],
        [("Heating", D("9400")), ("Insurance", D("3150")), ("Repairs", D("12700")),
         ("Total", D("25250"))]]
    assert [t.rows[-1].total for t in tables] == [True, True]
