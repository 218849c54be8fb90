"""kg read: a table's column of what each thing comes to ("Per pupil") beside a column of
what all of them come to whose head writes how many they are ("Whole class of 28") is, row
by row, the whole's amount averaged over the count the text writes as a figure."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import violations

_NOTE = """# Field trip to the coast

Several parents have asked about the money. Our 24 pupils and four staff, 28 people in all,
will travel on 3 June 2026.

| Item | Per pupil (€) | Whole class of 28 (€) |
|---|---:|---:|
| Coach hire | 42 | 1,176 |
| Museum entry | 15 | 420 |
| Packed lunches | {lunch} | 224 |
| Total | 65 | 1,820 |
"""


def _read(tmp_path: Path, lunch: str) -> str:
    (tmp_path / "trip.md").write_text(_NOTE.format(lunch=lunch), encoding="utf-8")
    made = read(tmp_path / "trip.md", tmp_path / "c")
    return (made.folder / "relations.ttl").read_text(encoding="utf-8")


def _averages(relations: str) -> list[tuple[str, str, str]]:
    return re.findall(r"cg:aggregate :(\S+) ; cg:count :(\S+) ; cg:average :(\S+) \.",
                      relations)


def test_each_row_averages_the_whole_column_over_the_count_the_text_writes(
        tmp_path: Path) -> None:
    relations = _read(tmp_path, "8")
    claims = (tmp_path / "c" / "trip" / "claims.ttl").read_text(encoding="utf-8")
    # the count is the text's "28" (people in all), not the head's number nor "four"
    count28 = re.search(r":(f-\d+) a cg:Figure ;[^\n]*\n[^\n]*\n\s+cg:quote \"28\"", claims)
    assert count28 is not None
    assert _averages(relations) == [
        (f"f-t1-r{r}-c2", count28.group(1), f"f-t1-r{r}-c1") for r in (1, 2, 3, 4)]
    assert violations(tmp_path) == []
    # where the text writes the head's number twice, which of the two it counts is open
    other = tmp_path / "twice"
    other.mkdir()
    (other / "trip.md").write_text(_NOTE.format(lunch="8").replace(
        "will travel on", "will travel in 28 seats on"), encoding="utf-8")
    made = read(other / "trip.md", other / "c")
    assert _averages((made.folder / "relations.ttl").read_text(encoding="utf-8")) == []


def test_a_slip_in_the_column_each_is_a_violation(tmp_path: Path) -> None:
    relations = _read(tmp_path, "9")  # 224 over 28 is 8
    assert len(_averages(relations)) == 4
    assert "average" in violations(tmp_path)

