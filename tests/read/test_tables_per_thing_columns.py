"""kg read: a table column of an amount per thing ("km per boat") is in the unit whose symbol
opens its head, and in each row it is the average of the one column of that unit ("Distance
(km)") over the one column counting those things ("Boats")."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import violations

_TABLE = """# Rowing clubs, 2025

| Club | Boats | Distance (km) | km per boat |
|---|---:|---:|---:|
| North | 12 | 3,600 | 300.0 |
| South | 8 | 2,000 | {south} |
| All clubs | 20 | 5,600 | 280.0 |
"""


def _read(tmp_path: Path, south: str) -> tuple[list[str], str]:
    (tmp_path / "clubs.md").write_text(_TABLE.format(south=south), encoding="utf-8")
    made = read(tmp_path / "clubs.md", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:AverageRelation ;.*\n.*\n\s+rdfs:label "([^"]+)"', relations), \
        claims


def test_an_amount_per_thing_column_is_the_amount_over_the_count_in_each_row(
        tmp_path: Path) -> None:
    labels, claims = _read(tmp_path, "250.0")
    assert labels == ["North: Distance (km) over Boats, 300.0 km per boat",
                      "South: Distance (km) over Boats, 250.0 km per boat",
                      "All clubs: Distance (km) over Boats, 280.0 km per boat"]
    cell = re.search(r":f-t1-r1-c3 a cg:Figure ;.*?qudt:unit (\S+) ;", claims, re.S)
    assert cell is not None and cell.group(1) == "unit:KiloM"
    assert violations(tmp_path) == []


def test_a_slip_in_an_amount_per_thing_column_is_a_violation(tmp_path: Path) -> None:
    labels, _ = _read(tmp_path, "350.0")  # 2,000 km over 8 boats is 250
    assert len(labels) == 3
    assert violations(tmp_path) == ["average"]


_TWO_YEARS = """# Fishing fleet

Table 2: Catch by harbour, 2025

| Harbour | Boats | Catch (tonnes) | Tonnes per boat, 2025 | Tonnes per boat, 2024 |
|---|---:|---:|---:|---:|
| Westport | 40 | 1,200 | 30.0 | 27.5 |
| Eastholm | 25 | 500 | 20.0 | 22.0 |
"""


def test_a_column_of_another_period_is_no_average_of_the_tables_counts(tmp_path: Path) -> None:
    # the boats and the catch are 2025's (the caption's year): only the 2025 column of
    # tonnes per boat is their average, never last year's column beside it
    (tmp_path / "fleet.md").write_text(_TWO_YEARS, encoding="utf-8")
    made = read(tmp_path / "fleet.md", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    labels = re.findall(r'a cg:AverageRelation ;.*\n.*\n\s+rdfs:label "([^"]+)"', relations)
    assert sorted(labels) == [
        "Eastholm: Catch (tonnes) over Boats, 20.0 Tonnes per boat, 2025",
        "Westport: Catch (tonnes) over Boats, 30.0 Tonnes per boat, 2025"]
