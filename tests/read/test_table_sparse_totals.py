"""kg read: a pipe table's total row that fills only the columns that add up ("| All
kinds | | | 96 |", the average prices left blank) is a total row, and the column it fills
adds up even where the caption names prices: the blanks say the others do not."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read.tables import find_tables
from tests.read import sum_labels

SHOP = """# Bakery report, spring

## Prices by loaf

| Loaf | Average price this spring (£) | Average price last spring (£) | Loaves sold |
|---|---:|---:|---:|
| Sourdough | 4.20 | 3.90 | 310 |
| Rye | 3.60 | 3.50 | 145 |
| Seeded | 3.80 | 3.70 | 205 |
| **All loaves** | | | **{total}** |

Sourdough stayed the favourite of the season.
"""


def test_a_pipe_total_row_that_leaves_columns_blank_is_a_total_row() -> None:
    text = ("| Loaf | Price (£) | Last year (£) | Sold |\n|---|---:|---:|---:|\n"
            "| Rye | 3.60 | 3.50 | 145 |\n| Seeded | 3.80 | 3.70 | 205 |\n"
            "| All loaves | | | 350 |\n")
    rows = find_tables(text)[0].rows
    assert [(r.label, r.total, [c and c.text for c in r.cells]) for r in rows][-1] == (
        "All loaves", True, [None, None, "350"])


def _sums(tmp_path: Path, total: str) -> list[str]:
    return sum_labels(tmp_path, "bakery.md", SHOP.format(total=total))


def test_the_column_a_sparse_total_row_fills_adds_up_under_a_caption_of_prices(
        tmp_path: Path) -> None:
    assert _sums(tmp_path, "660") == ["Loaves sold: the rows add up to All loaves"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.check == "sum" and f.severity == "violation"]


def test_a_slip_in_a_sparse_total_row_is_a_violation_of_the_sum(tmp_path: Path) -> None:
    assert _sums(tmp_path, "690") == ["Loaves sold: the rows add up to All loaves"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"
            and f.check == "sum"] == ["sum"]
