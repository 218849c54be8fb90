"""kg read: a table column of an amount per a measured unit ("€ per km", "kWh per tonne") is,
in each row, the one other amount column of its unit over the column read in the unit the
word after "per" names ("Length resurfaced (km)"), whatever that column's head calls the
things; the relation says the average is per that unit, so the check compares the plain
quotient."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import violations

_TABLE = """# Cycle path renewal, 2025

| Route | Length resurfaced (km) | Spend (€) | € per km |
|---|---:|---:|---:|
| Canal loop | 14.0 | 630,000 | 45,000 |
| Harbour link | 6.5 | 279,500 | {harbour} |
"""


def _read(tmp_path: Path, harbour: str) -> list[str]:
    (tmp_path / "paths.md").write_text(_TABLE.format(harbour=harbour), encoding="utf-8")
    made = read(tmp_path / "paths.md", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:AverageRelation ;(?:(?! \.\n).)*', relations, re.S)


def test_an_amount_per_a_measured_unit_is_the_amount_over_the_measured_column(
        tmp_path: Path) -> None:
    found = _read(tmp_path, "43,000")
    assert len(found) == 2
    assert all("cg:perUnit unit:KiloM" in block for block in found)
    assert "Canal loop: Spend (€) over Length resurfaced (km), 45,000 € per km" in found[0]
    assert violations(tmp_path) == []


def test_a_slip_in_an_amount_per_a_measured_unit_is_a_violation(tmp_path: Path) -> None:
    # 279,500 euros over 6.5 km is 43,000 a kilometre, not 48,000
    assert len(_read(tmp_path, "48,000")) == 2
    assert violations(tmp_path) == ["average"]


def test_a_per_head_column_of_things_no_column_is_read_in_is_no_average(
        tmp_path: Path) -> None:
    (tmp_path / "staff.md").write_text(
        "# Depots, 2025\n\n| Depot | Drivers | Wages (€) | € per shift |\n|---|---:|---:|---:|\n"
        "| North | 12 | 480,000 | 160 |\n", encoding="utf-8")
    made = read(tmp_path / "staff.md", tmp_path / "c")
    path = made.folder / "relations.ttl"
    assert "AverageRelation" not in (path.read_text(encoding="utf-8") if path.exists() else "")
