"""PDF tables set without rules: a row whose label wraps over two lines with its numbers
centred between them ("Hired vans" / "and trailers", the counts half-way) is one row of the
table; and three or more lines of a label and one amount, the amounts flush right under each
other, are a table of one column."""

from __future__ import annotations

from pathlib import Path

from kg.read.extract import extract
from tests.read.test_extract import write_pdf


def test_a_wrapped_label_with_centred_numbers_is_one_row(tmp_path: Path) -> None:
    path = tmp_path / "fleet.pdf"
    words = [(72, 72, "Fleet report", True),
             (72, 100, "Table 4. Vehicles by type", True),
             (230, 120, "2025", True), (300, 120, "2024", True), (370, 120, "Change", True)]
    right = [255, 325, 400]
    top = 140
    for label, cells in [(("Electric buses",), "212 180 +17.8%"),
                         (("Hired vans", "and trailers"), "96 104 -7.7%"),
                         (("Diesel buses",), "301 342 -12.0%")]:
        if len(label) == 2:
            words += [(72, top, label[0], False), (72, top + 10, label[1], False)]
            middle = top + 5
            top += 26
        else:
            words.append((72, top, label[0], False))
            middle = top
            top += 16
        words += [(x1 - 5.0 * len(text), middle, text, False)
                  for x1, text in zip(right, cells.split())]
    words.append((72, top + 20, "Electric buses now make up a third of the fleet.", False))
    write_pdf(path, words)
    got = extract(path).text
    assert "| Hired vans and trailers | 96 | 104 | -7.7% |" in got
    assert "| Diesel buses | 301 | 342 | -12.0% |" in got


def _width(digits: str) -> float:
    """How wide 9-point Helvetica sets a number (digits 0.556 em, a comma 0.278 em)."""
    return sum(9 * (0.278 if c == "," else 0.556) for c in digits)


def test_lines_of_a_label_and_one_amount_are_a_table(tmp_path: Path) -> None:
    path = tmp_path / "income.pdf"
    words = [(72, 72, "Board paper", True),
             (72, 100, "Table 3: Income 2025 (thousand)", True),
             (72, 120, "Source", True), (380, 120, "Amount", True)]
    for n, (label, amount) in enumerate([("Membership fees", "2,310"), ("Lottery grant", "840"),
                                         ("Sponsorship", "1,105"), ("Total income", "4,255")]):
        words += [(72, 140 + 16 * n, label, False),
                  (410 - _width(amount), 140 + 16 * n, amount, False)]
    words.append((72, 220, "Income rose on the year before.", False))
    write_pdf(path, words)
    got = extract(path).text
    assert "| Lottery grant | 840 |" in got and "| Total income | 4,255 |" in got
    assert "\nIncome rose on the year before." in got
