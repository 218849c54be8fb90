"""kg read: the base a rate is taken per ("falls per 1,000 bed-days") is never a
restatement of a table's cell, even where a cell of the table holds the same number."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_rate_s_base_is_tied_to_no_cell(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Ward falls audit", (
        "Falls were recorded on 14 wards in 2024 and expressed per 1,000 bed-days.\n\n"
        "| Ward type | Beds | Falls |\n"
        "|---|---:|---:|\n"
        "| Medical | 640 | 212 |\n"
        "| Surgical | 360 | 88 |\n"
        "| **All** | **1,000** | **300** |\n"), "RestatementRelation", name="note.md")
    assert found == [], found
