"""A figure written bare ("fell from 3,870 to 3,215") in a sentence that names a row whose
label gives its cells a unit ("Crew-hours logged", read in hours) restates that row's cell
of the same value, and takes the row's unit, so the check compares the two. A bare
number of another value is no reading the words give of the row's unit: it is left alone."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read.test_ties import ties_in

REPORT = """Harrowgate Canal Trust: towpath season report

Crew-hours logged fell from 3,870 to 3,215, and 62 new volunteers joined.

| Measure | 2024 | 2025 |
|---|---|---|
| Crew-hours logged | 3,870 | 3,215 |
| Litter bags collected | 1,140 | 1,302 |
"""

SLIPPED = REPORT.replace("fell from 3,870 to 3,215", "fell from 3,870 to 3,251")


def _read(tmp_path: Path, text: str) -> tuple[str, str]:
    source = tmp_path / "r.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = made.folder / "relations.ttl"
    return (relations.read_text(encoding="utf-8") if relations.exists() else "",
            (made.folder / "claims.ttl").read_text(encoding="utf-8"))


def _unit_of(claims: str, quote: str) -> str:
    block = claims.split(f'cg:quote "{quote}"', 1)[1]
    return block.split("qudt:unit ", 1)[1].split(" ", 1)[0]


def test_a_bare_number_restates_the_named_row_in_its_unit(tmp_path: Path) -> None:
    relations, claims = _read(tmp_path, REPORT)
    assert "Crew-hours logged, 2025: the table and the text" in ties_in(relations)
    assert _unit_of(claims, "3,215") == "unit:HR"


def test_a_bare_number_of_another_value_keeps_its_own_unit(tmp_path: Path) -> None:
    relations, claims = _read(tmp_path, SLIPPED)
    assert "Crew-hours logged, 2025: the table and the text" not in ties_in(relations)
    assert _unit_of(claims, "3,251") == "unit:NUM"
