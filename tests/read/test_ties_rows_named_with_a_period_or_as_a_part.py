"""A sentence names a table's row where a period stands before the row's name as its
modifier ("second-quarter sales", "Q2 sales", "full-year sales"), and where the row is named
as a part of a whole the sentence has just given ("…, of which exports made up …")."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import figure_quotes, relation_blocks

QUARTER = """Lindqvist Tools: second-quarter 2025 results

Lindqvist Tools reported {said} sales of SEK 512.4 million, up 4.1% on a year earlier.

Income statement (SEK million)

| | Q2 2025 | Q2 2024 | Change |
|---|---|---|---|
| Sales | 512.4 | 492.2 | +4.1% |
| Tool sales | 401.0 | 380.6 | +5.4% |
| Service sales | 111.4 | 111.6 | -0.2% |
| Operating profit | 61.5 | 57.3 | +7.3% |
"""

PART = """Fennick Growers: annual report 2024

Sales totalled GBP 88.6 million in 2024, of which exports contributed GBP 31.2 million.

Sales by market, 2024 (GBP million)

| Market | Sales |
|---|---|
| Home | 57.4 |
| Exports | 31.2 |
| Total | 88.6 |
"""


def _ties(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """Each tie kg read checked or proposed: (the cell's quote, the sentence's quote)."""
    (tmp_path / "r.md").write_text(text, encoding="utf-8")
    made = read(tmp_path / "r.md", tmp_path / "c")
    quotes = figure_quotes(made.folder)
    out = []
    for block in relation_blocks(made.folder, "RestatementRelation"):
        first = re.search(r"cg:first :([\w-]+)", block).group(1)
        again = re.search(r"cg:restatedAs :([\w-]+)", block).group(1)
        out.append((quotes[first], quotes[again]))
    return sorted(out)


def test_a_quarter_said_before_the_row_s_name_names_the_row(tmp_path: Path) -> None:
    assert ("512.4", "SEK 512.4 million") in _ties(tmp_path, QUARTER.format(said="second-quarter"))


def test_a_quarter_written_short_before_the_row_s_name_names_the_row(tmp_path: Path) -> None:
    assert ("512.4", "SEK 512.4 million") in _ties(tmp_path, QUARTER.format(said="Q2"))


def test_another_word_before_the_row_s_name_still_says_which_row(tmp_path: Path) -> None:
    # "hardware sales" is no row of the table: which sales the word says, and none is tied
    ties = _ties(tmp_path, QUARTER.format(said="hardware"))
    assert not [t for t in ties if t[1] == "SEK 512.4 million"]


def test_a_part_named_after_of_which_is_the_part_s_row(tmp_path: Path) -> None:
    ties = _ties(tmp_path, PART)
    assert ("31.2", "GBP 31.2 million") in ties
    assert ("88.6", "GBP 88.6 million") in ties


def test_a_quarter_s_row_is_tied_though_the_sentence_slipped(tmp_path: Path) -> None:
    # the words name the row and the quarter: a slip ("521.4" for 512.4) is tied all the
    # same, for the check to find
    text = QUARTER.format(said="second-quarter").replace("SEK 512.4 million", "SEK 521.4 million")
    assert ("512.4", "SEK 521.4 million") in _ties(tmp_path, text)
