"""kg read reads an index's levels in index points where the document gives the index's base
period, in prose or in a table's caption, so a sentence and a table cell of one level agree;
without a base, both stay bare numbers and still agree."""

from __future__ import annotations

from pathlib import Path

from kg.read import read

BASED = """Rent index, May 2026

The all-dwellings rent index stood at 131.6 in May, against 127.2 a year earlier.

Table 1. Rent index by region (2019 = 100)

| Region | May 2025 | May 2026 |
| Coast | 124.8 | 129.0 |
| All dwellings | 127.2 | 131.6 |
"""


def _claims(tmp_path: Path, text: str) -> str:
    source = tmp_path / "rents.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    return (made.folder / "claims.ttl").read_text(encoding="utf-8")


def test_a_caption_s_base_period_makes_the_sentence_s_level_index_points(tmp_path: Path) -> None:
    claims = _claims(tmp_path, BASED)
    sentence = [b for b in claims.split("\n\n") if 'cg:quote "131.6" ;' in b and "# table" not in b]
    assert sentence and "qudt:unit cg:IndexPoint" in sentence[0]


def test_the_sentence_and_the_cell_agree(tmp_path: Path) -> None:
    _claims(tmp_path, BASED)
    relations = (tmp_path / "c" / "rents" / "relations.ttl").read_text(encoding="utf-8")
    assert "All dwellings, May 2026: the table and the text" in relations
