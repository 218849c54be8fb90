"""Fractions a sentence states of a table's row and its total, the whole named by words of
its own ("of the grain harvest", "of the portfolio") that name the total row or a column,
and "now" choosing the latest of two periods' columns."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_fractions import ratios

FARMS = """Fenholt farm survey 2025

{sentence}

Table 1. Production by crop, Fenholt (thousand tonnes)

| Crop         | Production 2025 | Production 2024 |
|--------------|----------------:|----------------:|
| Barley       | 1,204           | 1,150           |
| Rye          | 396             | 420             |
| Spelt        | 812             | 790             |
| Total grain  | 2,412           | 2,360           |
"""

FUND = """Wexcombe Pension Fund: results 2025

{sentence}

| Holding          | NOK bn | Share of portfolio (%) |
|------------------|-------:|-----:|
| Equities         | 310.2  | 50.0 |
| Bonds            | 186.1  | 30.0 |
| Property         | 124.1  | 20.0 |
| Total fund       | 620.4  | 100.0 |
"""


def test_now_reads_the_latest_periods_column(tmp_path: Path) -> None:
    """"…, which opened in March: barley now makes up half of all production": the 2025
    column, not 2024's (the month the sentence names dates neither)."""
    found = ratios(tmp_path, FARMS.format(
        sentence="Demand came from the new maltings, which opened in March: barley now makes "
                 "up half of all production in the county."))
    assert [(n, d) for n, d, _ in found] == [(":f-t1-r1-c1", ":f-t1-r4-c1")]


def test_a_whole_named_by_its_total_rows_words(tmp_path: Path) -> None:
    """"half of the grain harvest": "grain" names the row "Total grain"."""
    found = ratios(tmp_path, FARMS.format(
        sentence="Barley now makes up half of the grain harvest."))
    assert [(n, d) for n, d, _ in found] == [(":f-t1-r1-c1", ":f-t1-r4-c1")]


def test_a_whole_named_by_a_columns_words(tmp_path: Path) -> None:
    """"Half of the portfolio is in equities": "portfolio" names the share column's head, so
    the whole is the fund's total, in the one column of money."""
    found = ratios(tmp_path, FUND.format(
        sentence="Half of the portfolio is in equities, which had a strong year."))
    assert [(n, d) for n, d, _ in found] == [(":f-t1-r1-c1", ":f-t1-r4-c1")]

