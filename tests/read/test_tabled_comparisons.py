"""A comparison of two figures a sentence orders ("up from") that restate the two cells of a
table row whose change the table states: the row's change already orders the two cells, and
each figure is checked against its cell, so no comparison is read beside them."""

from __future__ import annotations

from pathlib import Path

from kg.read import read

TEXT = """MARSHFIELD FERRY COMPANY
Passenger figures, second quarter 2025

Ferry crossings: 4.20 million in the second quarter of 2025, up from 3.90 million in the second quarter of 2024.

Table 1. Passengers by service (millions)

Service            Q2 2025   Q2 2024   Change (%)
Ferry crossings       4.20      3.90      +7.7
Harbour tours         1.10      1.00     +10.0
Total                 5.30      4.90      +8.2
"""


def _blocks(tmp_path: Path, text: str) -> list[str]:
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return [" ".join(b.split()) for b in turtle.split("\n\n")]


def test_up_from_between_restated_cells_of_a_changed_row_is_no_comparison(
        tmp_path: Path) -> None:
    blocks = _blocks(tmp_path, TEXT)
    ties = {b.split("cg:restatedAs ")[1].rstrip(" .") for b in blocks
            if "a cg:RestatementRelation ;" in b}
    assert {":f-1", ":f-2"} <= ties
    changes = [b for b in blocks if "a cg:PercentChangeRelation ;" in b
               and "Ferry crossings" in b]
    assert len(changes) == 1 and "cg:direction cg:Increase" in changes[0]
    assert not [b for b in blocks if "a cg:ComparisonRelation ;" in b]


def test_a_slipped_restatement_is_tied_all_the_same_and_no_comparison_is_read(
        tmp_path: Path) -> None:
    # the sentence's 3.90 slipped to 3.60: the tie is made by the row and column the words
    # name, so the slip is still checked against its cell
    blocks = _blocks(tmp_path, TEXT.replace("up from 3.90 million", "up from 3.60 million"))
    ties = {b.split("cg:restatedAs ")[1].rstrip(" .") for b in blocks
            if "a cg:RestatementRelation ;" in b}
    assert {":f-1", ":f-2"} <= ties
    assert not [b for b in blocks if "a cg:ComparisonRelation ;" in b]

