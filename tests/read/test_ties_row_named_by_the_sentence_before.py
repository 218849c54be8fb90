"""kg read: a table's row named by a sentence without a figure, and restated by the one
right after it, which names no row of its own ("Pumping is the dearest item. At £2.46
million it …"). The row is the one the figure-less sentence names by its label (one row
only, never a total), and its cell the one that agrees with the figure; where no cell of
that row agrees, or the sentence before names two rows, nothing is tied to it."""

from __future__ import annotations

from pathlib import Path

from tests.read import cell_ties

TABLE = """Table 1  Water utility operating costs, 2025 (£ million)

  Item                     2024     2025
  ---------------------------------------
  Pumping                  2.31     2.46
  Treatment chemicals      0.88     0.97
  Meter reading            0.42     0.40
  Total                    3.61     3.83
  ---------------------------------------
"""


def _ties(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cell_ties(tmp_path, "costs.txt", text)


def test_the_row_a_figureless_sentence_names_is_the_next_sentence_s(tmp_path: Path) -> None:
    text = ("Water utility cost review\n\n"
            "Pumping is still the dearest item on the list. At £2.46 million it takes "
            "nearly two-thirds of the operating budget, and a new pump station should bring "
            "it down.\n\n" + TABLE)
    assert ("f-t1-r1-c2", "£2.46 million") in _ties(tmp_path, text)


def test_the_earlier_column_where_only_it_agrees_and_the_words_date_it(
        tmp_path: Path) -> None:
    text = ("Water utility cost review\n\n"
            "Treatment chemicals were the line that moved most. They came to £0.88 million "
            "in 2024, before the supplier was changed.\n\n" + TABLE)
    assert ("f-t1-r2-c1", "£0.88 million") in _ties(tmp_path, text)


def test_no_tie_where_the_sentence_before_names_two_rows(tmp_path: Path) -> None:
    text = ("Water utility cost review\n\n"
            "Pumping and meter reading were both put out to tender. At £2.46 million the "
            "contract is the largest the utility has let.\n\n" + TABLE)
    assert "f-t1-r1-c2" not in [cell for cell, _ in _ties(tmp_path, text)]


def test_no_tie_where_the_named_row_holds_no_agreeing_cell(tmp_path: Path) -> None:
    text = ("Water utility cost review\n\n"
            "Meter reading is being moved to smart meters. At £1.75 million the programme "
            "will pay for itself within six years.\n\n" + TABLE)
    assert not [cell for cell, quote in _ties(tmp_path, text) if quote == "£1.75 million"]
