"""kg read: a fraction "of the county's 48,000 farms" is of the count its owner's name sets
before it, the portion the amount the words set off before the fraction."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _ratios(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "note.txt").write_text(f"Rural broadband note, 2026\n\n{text}\n",
                                       encoding="utf-8")
    path = read(tmp_path / "note.txt", tmp_path / "c").folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'a cg:RatioRelation ;.*\n.*\n\s+rdfs:label "([^"]+)"', relations)


def test_a_fraction_of_an_owned_whole_takes_that_count(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The scheme connected a further 3,000 farms this year, taking "
                             "the total to 12,000, or one in four of the county's 48,000 "
                             "farms.") == ["12,000 is one in four of 48,000"]
