"""Two roundings that only touch at their shared edge are two values: a margin of "5.3%" rounds
from 5.25 up, a cell of "5.2" from 5.25 down, so the row of 5.2 is no second reading that
leaves the tie to the words undecided."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, ties_in

SUMMARY = """Orrin Tools annual report 2025

Published: Thursday, 12 March 2026

Operating profit increased to EUR 41.6 million, lifting the operating margin to 5.3%, up
0.1 percentage points on the year.

Five-year record

  Year    Sales (EUR m)   Operating profit (EUR m)   Operating margin (%)
  2021        701.0               33.0                      4.7
  2022        742.8               36.9                      5.0
  2023        768.4               40.0                      5.2
  2024        781.9               40.6                      5.2
  2025        785.0               41.6                      5.3
"""


def test_a_percent_is_tied_to_the_one_row_it_equals_not_to_its_neighbour(
        tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, SUMMARY)
    assert "2025, Operating margin (%): the table and the text" in ties_in(checked)

