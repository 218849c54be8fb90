"""A PDF table whose head stands above a section's label ("Receipts" in its bar, further
below the head than a row would be), and whose second section ("Payments") opens with a
label over empty cells: the head is the table's, and the second section has its columns."""

from __future__ import annotations

from pathlib import Path

from kg.read.extract import extract
from kg.read.tables import find_tables
from tests.read.test_extract import write_pdf


def _club_pdf(path: Path) -> None:
    words = [(72, 72, "Rowing club treasurer's report", True),
             (72, 100, "Summary of the accounts, £ thousand", True),
             (300, 120, "2025", True), (360, 120, "2024", True), (410, 120, "Change %", True),
             (72, 148, "Receipts", True)]  # the bar's label, 28 points below the head
    right = [320, 380, 450]
    rows = [(168, "Subscriptions", "84 80 +5.0"), (184, "Regatta entries", "31 25 +24.0"),
            (200, "Total receipts", "115 105 +9.5"), (228, "Payments", None),
            (248, "Boat repairs", "40 36 +11.1"), (264, "Coaching", "52 50 +4.0"),
            (280, "Total payments", "92 86 +7.0")]
    for top, label, cells in rows:
        words.append((72, top, label, cells is None))
        if cells:
            words += [(x1 - 5.0 * len(text), top, text, False)
                      for x1, text in zip(right, cells.split())]
    words.append((72, 310, "The club ended the year with a surplus.", False))
    write_pdf(path, words)


def test_a_head_above_a_section_bar_is_the_tables_head(tmp_path: Path) -> None:
    _club_pdf(tmp_path / "club.pdf")
    text = extract(tmp_path / "club.pdf").text
    assert "| Receipts | 2025 | 2024 | Change % |\n| Subscriptions | 84 | 80 | +5.0 |" in text


def test_a_second_section_over_empty_heads_takes_the_columns_above(tmp_path: Path) -> None:
    _club_pdf(tmp_path / "club.pdf")
    tables = find_tables(extract(tmp_path / "club.pdf").text)
    assert [[(c.header, c.kind) for c in t.columns] for t in tables] == \
        [[("2025", "value"), ("2024", "value"), ("Change %", "change")]] * 2
