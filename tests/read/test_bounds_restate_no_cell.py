"""kg read: a figure written as an open bound ("more than 2,000 goats", "at least 40") says
only where a quantity lies, so it restates no table cell, even in a row the sentence names;
the same figure written plainly still restates its cell."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TABLE = ("Table 1. Goats by district\n\n"
         "| District | 2024 | 2025 |\n"
         "|---|---|---|\n"
         "| Highmoor | 30,410 | 31,250 |\n"
         "| Lowfield | 12,800 | 12,240 |\n"
         "| Total | 43,210 | 43,490 |\n\n")


def test_an_open_bound_restates_no_cell(tmp_path: Path) -> None:
    text = TABLE + "A few farms in Highmoor keep more than 2,000 goats each.\n"
    labels = relation_labels(tmp_path, "Herd census", text, "RestatementRelation",
                             name="goats.md")
    assert not any(label.startswith("Highmoor") for label in labels)


def test_the_plain_figure_still_restates_its_cell(tmp_path: Path) -> None:
    text = TABLE + "Highmoor kept 31,250 goats in 2025.\n"
    labels = relation_labels(tmp_path, "Herd census", text, "RestatementRelation",
                             name="goats.md")
    assert "Highmoor, 2025: the table and the text" in labels


def test_a_level_a_move_ends_at_or_a_figure_set_over_another_is_no_bound(tmp_path: Path
                                                                         ) -> None:
    text = TABLE + ("Highmoor's herd grew up to 31,250 goats in 2025, a rise of 2.8% over "
                    "30,410 goats in 2024.\n")
    labels = relation_labels(tmp_path, "Herd census", text, "RestatementRelation",
                             name="goats.md")
    assert "Highmoor, 2025: the table and the text" in labels
    assert "Highmoor, 2024: the table and the text" in labels
