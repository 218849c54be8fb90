"""A sentence opening "That's" points back at the sentence before, as "That is" does: its
change is of the row that sentence named, even where another row's change is written alike."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read.test_ties import ties_in

SWIMS = """Lido season report

Season-ticket holders made 31,240 swims in 2025, against 27,550 in 2024. That's a rise of
13.4%, helped by a long warm September.

Swims by ticket

| Ticket | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Day tickets | 18,470 | 20,940 | +13.4 |
| Season-ticket holders | 27,550 | 31,240 | +13.4 |
| All swims | 46,020 | 52,180 | +13.4 |
"""


def _checked(tmp_path: Path, text: str) -> str:
    source = tmp_path / "r.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    return (made.folder / "relations.ttl").read_text(encoding="utf-8")


def test_that_s_takes_the_row_the_sentence_before_named(tmp_path: Path) -> None:
    """The 13.4% is the season-ticket holders' rise, not the total's written alike."""
    assert ties_in(_checked(tmp_path, SWIMS)) == [
        "Season-ticket holders, 2024: the table and the text",
        "Season-ticket holders, 2025: the table and the text",
        "Season-ticket holders, Change (%): the table and the text"]
