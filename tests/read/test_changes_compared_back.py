"""kg read: "This compares with <baseline>, so <it> has grown by <change>" ties a change to
the one figure of its kind the sentence before gives."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _changes(tmp_path: Path, text: str) -> list[str]:
    tmp_path.mkdir()
    (tmp_path / "note.txt").write_text("Ferry note\n\n" + text + "\n", encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    path = made.folder / "relations.ttl"  # (none written where nothing is read)
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'a cg:PercentChangeRelation ;.*\n.*\n\s+rdfs:label "([^"]+)"', relations)


def test_this_compares_with_ties_a_change_to_the_one_figure_of_its_kind_before(
        tmp_path: Path) -> None:
    assert _changes(tmp_path / "one", "The island ferry carried 48,600 cars in the summer. "
                    "This compares with 45,000 cars a summer earlier, so car traffic has "
                    "grown by 8.0 percent.") == ["45,000 to 48,600: grown 8.0 percent"]
    # two figures of the kind before: which one "This" is, the words leave open
    assert _changes(tmp_path / "two", "The island ferry carried 48,600 cars and 9,100 vans "
                    "in the summer. This compares with 45,000 cars a summer earlier, so car "
                    "traffic has grown by 8.0 percent.") == []
