"""Margins whose profit or revenue only a table's row states: "Operating margin was 16.7%"
is the cell of the row its words name ("Operating profit", never "Operating costs") over the
row of revenue alone, each in the column of the margin's own period (the period the words
chose, never the value that would make the share pass)."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_table_total_shares import shares

RESULTS = """Marlow Kitchens: results for the year 2025

{summary}

Table 1. Income statement (£ million)

| Line             | 2025  | 2024  |
| {revenue:<16} | 240.0 | 220.0 |
| Operating costs  | 200.0 | 186.0 |
| Operating profit | 40.0  | 34.0  |

{sentence}
"""


def test_a_margin_whose_profit_only_a_table_row_states_is_that_row_over_revenue(
        tmp_path: Path) -> None:
    """"The operating margin was 16.7%, compared with 15.5% in 2024": the "Operating profit"
    row over the "Revenue" row, the first in 2025's column, the one set against it in 2024's."""
    found = shares(tmp_path, RESULTS.format(revenue="Revenue", summary="", sentence=(
        "The operating margin was 16.7%, compared with 15.5% in 2024.")))
    assert found == {"16.7%": ("f-t1-r3-c1", "f-t1-r1-c1"),
                     "15.5%": ("f-t1-r3-c2", "f-t1-r1-c2")}


def test_a_margin_beside_its_profit_is_of_the_row_of_revenue_alone(tmp_path: Path) -> None:
    """"EBITDA of £52.5 million represented a margin of 21.9%", in a summary above the table:
    the revenue is the table's row labelled revenue alone; a row of one line of revenue
    ("Licence revenue") is none."""
    said = "EBITDA of £52.5 million represented a margin of 21.9%."
    revenue = shares(tmp_path / "revenue",
                     RESULTS.format(revenue="Revenue", summary=said, sentence=""))
    licences = shares(tmp_path / "licences",
                      RESULTS.format(revenue="Licence revenue", summary=said, sentence=""))
    assert (revenue, licences) == ({"21.9%": ("£52.5 million", "f-t1-r1-c1")}, {})
