"""kg read: a share "of all passes sold" is of every pass of the part's own year; a count of
passes an earlier sentence dates to another year is no whole of it. A table's total row of
that year, named by the words, is; where none is, no share is drawn."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

EARLIER = ("Ski passes sold, 2025\n\n"
           "In 2018, before the new lift opened, the resort sold 18,400 passes.\n\n"
           "Day passes rose to 7,950 in 2025 and made up 31.2% of all passes sold.\n\n")
TABLE = ("Table 1: Ski passes sold by type, 2024 and 2025\n\n"
         "| Pass type | 2024 | 2025 |\n"
         "|---|---|---|\n"
         "| Season | 16,900 | 17,530 |\n"
         "| Day | 7,210 | 7,950 |\n"
         "| All passes | 24,110 | 25,480 |\n")


def test_the_whole_is_the_total_row_of_the_parts_year(tmp_path: Path) -> None:
    assert read_labels(tmp_path, "passes.md", EARLIER + TABLE, "ShareRelation") == \
        ["7,950 is 31.2% of 25,480"]


def test_no_whole_of_another_year_without_a_total_row(tmp_path: Path) -> None:
    assert not any(label.endswith("of 18,400") for label in
                   read_labels(tmp_path, "passes.md", EARLIER, "ShareRelation"))
