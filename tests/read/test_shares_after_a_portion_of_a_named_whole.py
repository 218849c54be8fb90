"""kg read: "accounted for 126 of the daily population, or 11%": the portion's own "of …"
names the whole the share after "or" is of, so a larger figure an earlier sentence states of
something else (the beds, the capacity) is never that whole; where an earlier figure is
named by those words, it is."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_the_portion_s_own_whole_words_bar_a_figure_of_another_thing(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Shelter report", "The shelter has 640 beds. Children "
                           "made up 58 of the nightly population, or 14%.",
                           "ShareRelation") == []


def test_the_portion_s_own_whole_words_find_their_figure(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Shelter report", "The shelter has 640 beds. In "
                           "March it served 420 guests. Children made up 58 of those guests, "
                           "or 13.8%.", "ShareRelation") == ["58 is 13.8% of 420"]
