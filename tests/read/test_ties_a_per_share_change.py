"""An amount per share is no share of a whole: "Basic earnings per share rose 9.4%" is the
row's change, which the change column holds."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read.test_ties import ties_in

RESULTS = """Tarnhill Mining: annual results

Basic earnings per share rose 9.4% to 41.9 cents on firmer copper prices.

Summary (A$ million unless stated)

| | 2025 | 2024 | Change % |
|---|---|---|---|
| Revenue | 1,204.6 | 1,118.0 | +7.7 |
| Basic earnings per share (cents) | 41.9 | 38.3 | +9.4 |
"""


def _checked(tmp_path: Path, text: str) -> str:
    source = tmp_path / "r.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    return (made.folder / "relations.ttl").read_text(encoding="utf-8")


def test_a_change_of_an_amount_per_share_restates_the_change_column(tmp_path: Path) -> None:
    assert "Basic earnings per share (cents), Change %: the table and the text" in ties_in(
        _checked(tmp_path, RESULTS))


def test_a_per_share_change_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    assert "Basic earnings per share (cents), Change %: the table and the text" in ties_in(
        _checked(tmp_path, RESULTS.replace("rose 9.4%", "rose 4.9%")))
