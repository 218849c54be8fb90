"""kg read: a sentence's share of a table's row whose whole the words name by another row's
label ("40.0% of net sales" over a table of key figures with a "Net sales" row and no total
row) is that row's share of the named row, in the column of the text's period."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, relation_blocks

KEY_FIGURES = """Fenwick Pumps plc: results for 2025

Key figures (GBP million)

| | 2025 | 2024 |
|---|---:|---:|
| Net sales | 512.0 | 468.0 |
| Industrial pumps | 307.2 | 290.2 |
| Valves | 204.8 | 177.8 |
| Operating profit | 61.4 | 52.0 |

Valves, the faster-growing division, contributed 40.0% of net sales.
"""


def test_a_share_of_a_row_the_whole_s_words_name(tmp_path: Path) -> None:
    found = read_labels(tmp_path, "results.md", KEY_FIGURES, "ShareRelation")
    assert "Valves: 40.0% of the total (the table)" in found, found
    block = next(b for b in relation_blocks(tmp_path / "c" / "results", "ShareRelation")
                 if "Valves: 40.0%" in b)
    assert "cg:portion :f-t1-r3-c1" in block and "cg:whole :f-t1-r1-c1" in block, block


def test_no_share_where_the_whole_names_no_row_and_there_is_no_total(tmp_path: Path) -> None:
    """"40.0% of the market" names no row of the table, which has no total row either."""
    text = KEY_FIGURES.replace("of net sales", "of the market")
    found = read_labels(tmp_path, "results.md", text, "ShareRelation")
    assert not any(label.startswith("Valves") for label in found), found
