"""A percent in brackets right after the amount a move is by is that move's size: "fell to
1,830 from 2,010, a reduction of 180 sailings (9.0%)", "fell from £14.40 to £12.60, i.e. by
£1.80 (12.5%)"; a percent in brackets after a level is a share, and no change."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import relation_blocks


def changes(tmp_path: Path, text: str) -> list[str]:
    """The labels of the percent changes kg read wrote, checked or proposed."""
    (tmp_path / "note.txt").write_text(f"Harbour ferry report\n\n{text}\n", encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    return [re.search(r'rdfs:label "([^"]+)"', b).group(1)
            for b in relation_blocks(made.folder, "PercentChangeRelation")]


def test_a_bracketed_percent_after_a_noun_of_move_and_its_count_is_a_change(
        tmp_path: Path) -> None:
    found = changes(tmp_path, "Evening sailings fell to 1,830 from 2,010, a reduction of 180 "
                              "sailings (9.0%), after the timetable change.")
    assert found == ["2,010 to 1,830: reduction 9.0%"]


def test_a_bracketed_percent_after_an_amount_by_is_a_change(tmp_path: Path) -> None:
    found = changes(tmp_path, "Season tickets went up from £410 to £450, that is by £40 "
                              "(9.8%), once the new boats entered service.")
    assert found == ["£410 to £450: up 9.8%"]


def test_a_bracketed_percent_after_a_move_that_slipped_is_read_all_the_same(
        tmp_path: Path) -> None:
    found = changes(tmp_path, "Evening sailings fell to 1,830 from 2,010, a reduction of 180 "
                              "sailings (7.0%), after the timetable change.")
    assert found == ["2,010 to 1,830: reduction 7.0%"]


def test_a_bracketed_percent_after_a_level_is_no_change(tmp_path: Path) -> None:
    found = changes(tmp_path, "The ferry carried 41,200 cars (61.0%) and 26,300 vans in "
                              "the year.")
    assert found == []
