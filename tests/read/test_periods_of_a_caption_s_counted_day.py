"""A table whose caption names the day its cells were counted on ("Boats moored, 31 August
2024"), over columns and rows that name no period, is of that day, not of the quarter or
year the report is about; a sentence that restates one of its cells takes the day too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.read import read
from kg.read.periods import cell_period, counted_day


@pytest.mark.parametrize(("words", "day"), [
    ("Table 2: Boats moored by basin, 31 August 2024", "2024-08-31"),
    ("Members on the register at 28 February 2026 Branch Members", "2026-02-28"),
    ("Kennels occupied as of October 31, 2025", "2025-10-31"),
])
def test_a_caption_s_day_with_its_year_dates_cells_that_name_no_period(words: str,
                                                                       day: str) -> None:
    assert counted_day(words) == day
    assert cell_period("Moorings", "North basin", "2024-Q3", words) == day


@pytest.mark.parametrize("words", [
    "Fees collected in the year to 31 March 2026",
    "Lettings, six months ended 30 June 2025",
    "Visits, 1 April to 30 September 2025",
    "Rents by district (published 4 May 2025)",
    "Loans between 1 January and 30 June 2025",
])
def test_a_day_that_ends_a_span_or_says_when_a_table_came_out_dates_no_cell(words: str) -> None:
    # the same table counted on a day is of that day; ended, spanned or issued it is not
    assert cell_period("Moorings", "North basin", "2025-Q2",
                       "Moorings, 30 June 2025") == "2025-06-30"
    assert cell_period("Moorings", "North basin", "2025-Q2", words) == "2025-Q2"


def test_a_column_s_own_year_still_dates_its_cells() -> None:
    assert cell_period("Boats", "North basin", "2024-Q3",
                       "Boats moored by basin, 31 August 2024") == "2024-08-31"
    assert cell_period("2023", "North basin", "2024-Q3",
                       "Boats moored by basin, 31 August 2024") == "2023"


def test_a_sentence_restating_a_cell_counted_on_a_day_takes_that_day(tmp_path: Path) -> None:
    source = tmp_path / "marina.txt"
    source.write_text(
        "LAKESIDE MARINA\nQuarterly bulletin: third quarter 2024\n\n"
        "The north basin held 318 boats, the largest of the three.\n\n"
        "Table 2: Boats moored by basin, 31 August 2024\n\n"
        "  Basin            Boats   Visitors\n"
        "  North basin        318         41\n"
        "  East basin         207         25\n"
        "  South basin        164         12\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                          r'([^ ;\n]+)', claims)
    assert temporal and all(t == '"2024-08-31"^^xsd:date' for q, t in temporal
                            if q in ("318", "207", "164")), temporal
    assert sum(q == "318" for q, _ in temporal) == 2
