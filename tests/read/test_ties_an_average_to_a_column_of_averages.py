"""kg read ties an average the sentence gives ("steers averaged $1,480") to a table whose
column's head says it holds averages ("Avg $/head"), and only to such a column; a table
with no column of averages restates no average."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

_NOTE = """# Tallow Creek store sale, 12 March 2027

Yearling steers averaged $1,480, while cows averaged $1,915.

| Category | Head | {head} |
|---|---:|---:|
| Yearling steers | 640 | 1,480 |
| Cows | 210 | 1,915 |
| Total | 850 | 1,588 |
"""


def test_an_average_restates_the_row_s_cell_of_averages_only(tmp_path: Path) -> None:
    assert read_labels(tmp_path / "a", "sale.md", _NOTE.format(head="Avg $/head"),
                       "RestatementRelation") == [
        "Yearling steers, Avg $/head: the table and the text",
        "Cows, Avg $/head: the table and the text"]
    # a table with no column of averages restates no average
    assert read_labels(tmp_path / "b", "sale.md", _NOTE.format(head="Gross $"),
                       "RestatementRelation") == []
