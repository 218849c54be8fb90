"""A percent "a year" ("sales have grown 8.7% a year since 2019") is a rate of growth, never
the restatement of a cell of a table's share column, even where the sentence says the
word ("sales") the column's head names and the total row's share is the only cell left."""

from __future__ import annotations

from pathlib import Path

from tests.read import restatement_blocks

TABLE = """Sales by channel, 2025 (thousands of euros)

| Channel | 2025 | 2024 | Share of 2025 sales (%) |
|---|---:|---:|---:|
| Shops | 6,120 | 5,830 | 61.2 |
| Online | 3,880 | 3,240 | 38.8 |
| Total sales | 10,000 | 9,070 | 100.0 |
"""


def _restated(tmp_path: Path, sentence: str) -> list[str]:
    return restatement_blocks(tmp_path, "note.md", f"# Trading note\n\n{TABLE}\n{sentence}\n")


def test_a_rate_a_year_restates_no_share_cell(tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "Sales have grown 8.7% a year on average since 2019, the "
                       "director said.")
    assert not any("f-t1-r3-c3" in b for b in blocks), blocks


def test_a_share_of_the_sales_still_restates_its_cell(tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "Online took 38.8% of sales, the director said.")
    assert any("f-t1-r2-c3" in b for b in blocks), blocks
