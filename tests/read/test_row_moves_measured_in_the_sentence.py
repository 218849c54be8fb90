"""kg read: a clause with no figure that says a table row rose or fell orders the row's two
latest cells, unless another clause of the sentence gives the row's own figure and the size
of its move ("Oak slipped again: 412 were felled, down 6.2%"): a move whose size is stated
is a change, its own relation, never a bare order of the cells."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TABLE = ("Table 1. Trees felled by species (number)\n\n| Species | 2023 | 2024 |\n"
         "|---|---|---|\n| Beech | 1,250 | 1,310 |\n| Oak | 439 | 412 |\n"
         "| Larch | 388 | 402 |\n\n")


def test_a_row_move_whose_size_the_sentence_states_orders_no_cells(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Felling", TABLE + "Oak, long the estate's main "
                           "timber, slipped again: 412 were felled, down 6.2%.\n",
                           "ComparisonRelation", name="felling.md") == []


def test_a_bare_row_move_still_orders_its_cells(tmp_path: Path) -> None:
    # (the figures of the sentence are another row's: the oak's move has no size said)
    assert relation_labels(tmp_path, "Felling", TABLE + "Beech felling rose by 60, to "
                           "1,310, while oak slipped slightly.\n",
                           "ComparisonRelation", name="felling.md") == ["439 > 412"]
