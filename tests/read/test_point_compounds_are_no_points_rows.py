"""kg read: a row labelled with a hyphenated compound of "point" ("Point-of-sale",
"Point-to-point") counts things like its neighbours: it is no row of percentage
points, so the column still adds up to its total row."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_point_compound_row_adds_up_with_the_others(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Ticket sales by channel", (
        "| Channel | 2023 | 2024 |\n"
        "|---|---:|---:|\n"
        "| Online | 61,200 | 66,900 |\n"
        "| Point-of-sale | 18,400 | 17,100 |\n"
        "| Telephone | 4,300 | 3,800 |\n"
        "| Total | 83,900 | 87,800 |\n"), "SumRelation", name="note.md")
    assert found == ["2023: the rows add up to Total", "2024: the rows add up to Total"], found
