"""A share the text states of a row it names, whose whole the words name as another row of
the table rather than a total row: "Seed sales now make up 41.3% of group turnover" beside
a table whose "Turnover" row heads the rows of its parts. The whole is that row's cell in
the latest period's column; words naming no row (or several) leave the share unread."""

from __future__ import annotations

import re
from pathlib import Path

TABLE = """| £ million | 2025 | 2024 |
|---|---|---|
| Turnover | 84.7 | 79.2 |
| Seed sales | 35.0 | 31.1 |
| Machinery hire | 49.7 | 48.1 |
| Operating profit | 9.6 | 8.8 |"""


def _shares(tmp_path: Path, sentence: str) -> list[tuple[str, str, str]]:
    from kg.read import read

    text = f"Harvest Co-operative results 2025\n\nTable 1. Results (£ million)\n\n{TABLE}\n\n" \
        f"{sentence}\n"
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    made = read(tmp_path / "note.md", tmp_path / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r"a cg:ShareRelation ;(?:.*\n)*?.*cg:portion :(\S+) ; cg:whole :(\S+) ; "
                      r"cg:share :(\S+) \.", relations)


def test_the_whole_is_the_row_the_words_name(tmp_path: Path) -> None:
    # the Seed sales row (r2) of the Turnover row (r1), in the 2025 column (c1)
    assert [(p, w) for p, w, _ in _shares(
        tmp_path, "Seed sales now make up 41.3% of group turnover.")] == [
        ("f-t1-r2-c1", "f-t1-r1-c1")]


def test_a_whole_naming_no_row_leaves_it_unread(tmp_path: Path) -> None:
    assert _shares(tmp_path, "Seed sales now make up 41.3% of all the money we took.") == []
