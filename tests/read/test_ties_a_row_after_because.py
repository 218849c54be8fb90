"""A row named after "because" or "since" opens a clause of its own ("because legacies came
in at $48,200"): the conjunction says nothing of which row, as "while" does not."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read.test_ties import ties_in

ACCOUNTS = """Riverbend Hedgehog Hospital: year in review

We closed the year ahead of plan, mostly because legacies came in at $48,200.

Income ($)

| Source | Budget 2024-25 | Actual 2024-25 |
|---|---|---|
| Donations | 31,000 | 29,450 |
| Legacies | 20,000 | 48,200 |
| Total income | 51,000 | 77,650 |
"""


def _checked(tmp_path: Path, text: str) -> str:
    source = tmp_path / "r.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    return (made.folder / "relations.ttl").read_text(encoding="utf-8")


def test_a_row_named_after_because_is_the_figure_s(tmp_path: Path) -> None:
    assert ties_in(_checked(tmp_path, ACCOUNTS)) == [
        "Legacies, Actual 2024-25: the table and the text"]
