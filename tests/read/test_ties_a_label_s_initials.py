"""A row whose label gives its words' initials in brackets ("Heavy goods vehicle (HGV)
permits") is named by those letters ("HGV permits"); letters that are no initials of the
words before them ("Annual fee (EUR)") are a unit or a code, and name no row."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read.test_ties import ties_in

PERMITS = """Road haulage permits, 2025

The number of HGV permits issued rose over the year to 3,406.

Table 1. Permits issued

| Permit | 2024 | 2025 |
|---|---|---|
| Heavy goods vehicle (HGV) permits | 3,118 | 3,406 |
| Light van permits | 5,920 | 6,015 |
| All permits | 9,038 | 9,421 |
"""


def _checked(tmp_path: Path, text: str) -> str:
    source = tmp_path / "r.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    return (made.folder / "relations.ttl").read_text(encoding="utf-8")


def test_a_row_is_named_by_the_initials_its_label_gives(tmp_path: Path) -> None:
    assert ties_in(_checked(tmp_path, PERMITS)) == [
        "Heavy goods vehicle (HGV) permits, 2025: the table and the text"]


def test_a_row_named_by_its_initials_is_tied_though_the_figure_slipped(tmp_path: Path) -> None:
    assert ties_in(_checked(tmp_path, PERMITS.replace("to 3,406", "to 3,460"))) == [
        "Heavy goods vehicle (HGV) permits, 2025: the table and the text"]
