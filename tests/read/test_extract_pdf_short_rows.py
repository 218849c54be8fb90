"""A PDF table set without rules whose last row fills fewer columns than the rows above it
("All depots" with only its count): the row is the table's, not a line of the prose below."""

from __future__ import annotations

from pathlib import Path

from kg.read.extract import extract
from tests.read.test_extract import write_pdf


def _depots_pdf(path: Path) -> None:
    words = [(72, 72, "Depot report", True),
             (72, 100, "Table 3. Buses and mileage by depot, 2025", True),
             (72, 120, "Depot", True), (235, 120, "Buses", True), (300, 120, "Miles (000)", True),
             (380, 120, "Age (years)", True)]
    right = [260, 345, 420]  # where each column's numbers end
    rows = [("Northgate", "140 6,210 7.5"), ("Riverside", "95 4,030 9.1"),
            ("Hill Top", "65 2,880 6.2")]
    for n, (label, cells) in enumerate(rows):
        words.append((72, 140 + 16 * n, label, False))
        words += [(x1 - 5.0 * len(text), 140 + 16 * n, text, False)
                  for x1, text in zip(right, cells.split())]
    words.append((72, 188, "All depots", False))
    words.append((right[0] - 5.0 * 3, 188, "300", False))
    words.append((72, 215, "Northgate ran the oldest fleet until its new buses arrived.", False))
    write_pdf(path, words)


def test_a_last_row_with_fewer_numbers_stays_in_its_table(tmp_path: Path) -> None:
    _depots_pdf(tmp_path / "depots.pdf")
    got = extract(tmp_path / "depots.pdf")
    assert "| Hill Top | 65 | 2,880 | 6.2 |\n| All depots | 300 |  |  |\n" in got.text
    assert "\nNorthgate ran the oldest fleet" in got.text


def test_a_line_with_a_number_not_under_a_column_stays_prose(tmp_path: Path) -> None:
    path = tmp_path / "aside.pdf"
    words = [(72, 100, "Table 1. Trips by route", True)]
    for n, (label, a, b) in enumerate([("Red", "1,200", "1,310"), ("Blue", "800", "845")]):
        words += [(72, 120 + 16 * n, label, False), (230, 120 + 16 * n, a, False),
                  (300, 120 + 16 * n, b, False)]
    words.append((72, 152, "Extra", False))
    words.append((420, 152, "75", False))
    write_pdf(path, words)
    got = extract(path)
    assert "| Extra" not in got.text and "Extra" in got.text
