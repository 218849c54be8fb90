"""A comparison of two figures whose change a sentence states through a table's cell: the
change (read with the row's change cell) already orders the two, so no comparison is read
beside it."""

from __future__ import annotations

from pathlib import Path

from kg.read import read

TEXT = """HARBOUR LODGES TRUST
Quarterly bulletin: room nights sold, first quarter 2025

The lodges sold 2.31 million room nights in the first quarter of 2025, an increase on the year of 4.5% (Q1 2024: 2.21 million).

Table 1. Room nights by site (thousands)

Site             Q1 2024   Q1 2025   Change (%)
North quay           940     1,000      +6.4
South quay           750       770      +2.7
Old mill             520       540      +3.8
Total              2,210     2,310      +4.5
"""


def test_a_change_tied_to_the_table_leaves_no_comparison_of_its_ends(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text(TEXT, encoding="utf-8")
    made = read(source, tmp_path / "c")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    changes = [" ".join(b.split()) for b in turtle.split("\n\n")
               if "a cg:PercentChangeRelation ;" in b and "2.21 million to 2.31 million" in b]
    assert len(changes) == 1 and "cg:direction cg:Increase" in changes[0]
    assert "a cg:ComparisonRelation ;" not in turtle
