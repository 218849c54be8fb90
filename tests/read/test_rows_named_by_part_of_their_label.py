"""A sentence may name a row loosely, by some of its label's words: "Tour tickets" for the
row "Guided-tour tickets", "Cafeteria takings" for "Cafeteria and shop", "Corporate
bookings" for the same row by its other word. Where the word is that row's alone and the
row's cell holds the figure's value, the figure restates the cell; a word two rows share
names neither, and a value the row does not hold ties the figure to no row so named."""

from __future__ import annotations

from pathlib import Path

from tests.read import restatement_blocks

TABLE = """Table 2: Visitor centre income (NZD)

                                     2024       2025
  Guided-tour tickets              51,900     58,400
  School group visits              20,300     22,050
  Adult group visits               18,750     19,900
  Corporate event hire             37,600     41,250
  Cafeteria and shop               63,100     66,800
Total income                      191,650    207,400
"""


def _restated(tmp_path: Path, sentence: str) -> list[str]:
    return restatement_blocks(tmp_path, "note.txt", f"Visitor centre review 2025\n\n{sentence}\n\n{TABLE}")


def test_part_of_the_label_names_its_row(tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "Tour tickets brought in NZD 58,400 in 2025, helped by two "
                       "cruise-ship visits.")
    assert any("f-t1-r1-c2" in b for b in blocks), blocks


def test_the_label_s_other_word_names_its_row(tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "Corporate bookings reached NZD 41,250 in 2025.")
    assert any("f-t1-r4-c2" in b for b in blocks), blocks


def test_one_of_the_label_s_words_before_another_noun(tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "Cafeteria takings came to NZD 66,800 in 2025.")
    assert any("f-t1-r5-c2" in b for b in blocks), blocks


def test_the_clause_before_names_the_row_where_the_figure_s_own_says_nothing(
        tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "Bookings from corporate clients grew again, to NZD 41,250, "
                       "as two conferences returned.")
    assert any("f-t1-r4-c2" in b for b in blocks), blocks


def test_a_word_two_labels_share_names_neither(tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "Group visits came to NZD 22,050 in 2025.")
    assert not any("f-t1-r2-c2" in b or "f-t1-r3-c2" in b for b in blocks), blocks


def test_a_value_the_row_does_not_hold_ties_nothing(tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "Corporate bookings reached NZD 43,000 in 2025.")
    assert not any("f-t1-r4" in b for b in blocks), blocks
