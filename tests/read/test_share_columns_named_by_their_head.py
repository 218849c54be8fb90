"""kg read: a share column whose head names the column it shares out ("Share of members
(%)" beside "Members" and "Visits") is each row's part of that column's total, even where
another column of amounts stands between them; a head that names no column ("% of total")
keeps to the column of amounts before it."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import figure_quotes, relation_blocks

CLUBS = """# Walking clubs of the county, 2026

| Club | Members | Walks led | {head} |
|---|---:|---:|---:|
| Hill club | 1,200 | 310 | {a} |
| Valley club | 600 | 150 | {b} |
| Coast club | 200 | 40 | {c} |
| Total | 2,000 | 500 | 100.0 |

Membership grew in every club this year.
"""


def _portions(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "clubs.md").write_text(text, encoding="utf-8")
    read(tmp_path / "clubs.md", tmp_path / "c")
    folder = next((tmp_path / "c").iterdir())
    quotes = figure_quotes(folder)
    return sorted(quotes[m] for b in relation_blocks(folder, "ShareRelation")
                  for m in re.findall(r"cg:portion :(f-[\w-]+)", b))


def test_the_head_names_the_column_shared_out(tmp_path: Path) -> None:
    text = CLUBS.format(head="Share of members (%)", a="60.0", b="30.0", c="10.0")
    assert _portions(tmp_path, text) == ["1,200", "200", "600"]


def test_a_head_naming_no_column_keeps_to_the_column_before(tmp_path: Path) -> None:
    text = CLUBS.format(head="% of total", a="62.0", b="30.0", c="8.0")
    assert _portions(tmp_path, text) == ["150", "310", "40"]
