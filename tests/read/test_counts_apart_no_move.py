"""Two counts that each name what they count, and name other things ("3,200 varieties
raised from 7,800 cuttings"), are no move of one quantity: no comparison is read between
them; a move of one thing ("grew to 3,200 members from 2,900 members") still is."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _labels(tmp_path: Path, text: str) -> list[str]:
    source = tmp_path / "nursery.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'rdfs:label "([^"]*)"', relations)


def test_counts_of_other_things_are_not_compared(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "Hillside Nursery\n\nThe nursery now grows 3,200 varieties "
                               "raised from 7,800 cuttings collected across the valley.\n")
    assert "3,200 > 7,800" not in labels, labels


def test_a_move_of_one_thing_is_still_read(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "Hillside Nursery\n\nThe friends' society grew to 3,200 "
                               "members from 2,900 members last year.\n")
    assert "3,200 > 2,900" in labels, labels
