"""Prose a PDF sets in two columns side by side, their lines on baselines of their own
(a release's story beside its highlights): each column is read whole, the left one and then
the right one, so no sentence runs across the gutter; a table's rows of a label and
numbers, and lines across the page, are read as they stand. A short line set in bold at the
body's size over plain text is a heading, a paragraph of its own."""

from __future__ import annotations

from pathlib import Path

from kg.read.extract import extract
from tests.read.test_extract import write_pdf

LEFT = ["Ticket sales rose 8.2% to $41.6 million", "as the new season opened with two",
        "sold-out weeks. Concessions grew", "faster, up 11.4% to $9.3 million,",
        "helped by longer opening hours."]
RIGHT = ["Attendance reached 1.92 million visits,", "a record for the theatre group.",
         "Members numbered 18,400 at year end", "against 17,100 a year before, and",
         "renewals held above nine in ten."]


def _columns_pdf(path: Path) -> None:
    words = [(72, 60, "Harbour Stage Group annual results for the year to June, released "
                      "today in Halifax", False),
             (72, 96, "Highlights", True), (330, 96, "Audience", True)]
    words += [(72, 112 + 11 * k, line, False) for k, line in enumerate(LEFT)]
    words += [(330, 116 + 11 * k, line, False) for k, line in enumerate(RIGHT)]
    words.append((72, 200, "The board will meet on 4 September to approve the accounts.",
                  False))
    write_pdf(path, words)


def test_each_column_is_read_whole_left_then_right(tmp_path: Path) -> None:
    _columns_pdf(tmp_path / "stage.pdf")
    text = extract(tmp_path / "stage.pdf").text
    assert "\n".join(LEFT) in text and "\n".join(RIGHT) in text
    assert text.index(LEFT[-1]) < text.index(RIGHT[0])
    assert text.index("released today") < text.index(LEFT[0])
    assert text.index(RIGHT[-1]) < text.index("The board will meet")


def test_a_bold_line_over_plain_text_is_a_heading_of_its_own(tmp_path: Path) -> None:
    _columns_pdf(tmp_path / "stage.pdf")
    text = extract(tmp_path / "stage.pdf").text
    assert "Highlights\n\n" + LEFT[0] in text


def test_a_tables_rows_beside_their_numbers_stay_rows(tmp_path: Path) -> None:
    words = [(72, 60, "Ferry crossings by route", True)]
    for k, (label, a, b) in enumerate([("Northern route", "14 820", "15 906"),
                                       ("Island loop", "9 640", "10 210"),
                                       ("Harbour shuttle", "8 310", "8 020"),
                                       ("Night service", "2 450", "2 610"),
                                       ("All routes", "35 220", "36 746")]):
        words += [(72, 90 + 12 * k, label, False), (250, 90 + 12 * k, a, False),
                  (360, 92 + 12 * k, b, False)]
    write_pdf(tmp_path / "ferry.pdf", words)
    text = extract(tmp_path / "ferry.pdf").text
    assert "Northern route 14 820 15 906" in text.replace("|", " ").replace("  ", " ") or \
        "| Northern route | 14 820 | 15 906 |" in text
