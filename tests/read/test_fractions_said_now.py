"""Fractions a sentence states of a table's row and its total: "now" says the latest of two
periods' columns where the sentence's own period dates neither."""

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


def test_now_reads_the_latest_periods_column(tmp_path: Path) -> None:
    """"…, which opened in March: barley now makes up half of all production": the 2025
    column, not 2024's (the month the sentence names dates neither)."""
    found = ratios(tmp_path, FARMS.format(
        sentence="Demand came from the new maltings, which opened in March: barley now makes "
                 "up half of all production in the county."))
    assert [(n, d) for n, d, _ in found] == [(":f-t1-r1-c1", ":f-t1-r4-c1")]

