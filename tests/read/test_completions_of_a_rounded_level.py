"""kg read: a sentence that states a table row's change again with its level rounded from
the cell ("landed 18.4 thousand tonnes, 6.2% more than a year earlier" beside the row
"17,327  18,402  +6.2") adds no change from the row's earlier cell to the rounded level: the
row's own relation checks it; a level as precise as its cell ("4,710" for the cell "4,170")
is a reading of its own, kept."""

from __future__ import annotations

from pathlib import Path

from kg.read import read

TEXT = """Harbour landings, 2024

Boats landed 18.4 thousand tonnes of fish in 2024, 6.2% more than a year earlier.
Crab landings reached 4,710 tonnes, up 8.1% on the year before.

Table 2. Landings by species (tonnes)

  Species        2023      2024   % change
  Whitefish    13,469    14,232       +5.7
  Crab          3,858     4,170       +8.1
  Total        17,327    18,402       +6.2
"""


def _completed(tmp_path: Path) -> list[str]:
    source = tmp_path / "landings.txt"
    source.write_text(TEXT, encoding="utf-8")
    made = read(source, tmp_path / "c")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return [" ".join(b.split()) for b in turtle.split("\n\n")
            if "a cg:PercentChangeRelation ;" in b and ":r-y" in b]


def test_a_rounded_level_adds_no_change_beside_its_row(tmp_path: Path) -> None:
    completed = _completed(tmp_path)
    assert not any("18.4 thousand tonnes" in b for b in completed)
    # (the level as precise as its cell stays a change of its own, from the row's 2023 cell)
    assert any("to 4,710 tonnes" in b and "cg:initial :f-t1-r2-c1" in b for b in completed)
