"""A change column whose head names no span ("Change %") between two columns of a half
("H1 2025", "H1 2024") is of that half: "rose by 6.2% in the first half" restates it."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read.test_ties import ties_in

HALF = """Brookvale Foods: half-year report

Brookvale Foods grew sales by 6.2% in the first half of 2025, helped by its new bakery line.

Half-year summary (€ million)

| | H1 2025 | H1 2024 | Change % |
|---|---|---|---|
| Sales | 88.1 | 83.0 | +6.2 |
| Operating profit | 7.9 | 7.1 | +11.3 |
"""


def _checked(tmp_path: Path, text: str) -> str:
    source = tmp_path / "r.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    return (made.folder / "relations.ttl").read_text(encoding="utf-8")


def test_a_change_over_the_half_restates_the_change_column(tmp_path: Path) -> None:
    assert "Sales, Change %: the table and the text" in ties_in(_checked(tmp_path, HALF))


def test_a_change_over_the_half_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    assert "Sales, Change %: the table and the text" in ties_in(
        _checked(tmp_path, HALF.replace("by 6.2%", "by 2.6%")))
