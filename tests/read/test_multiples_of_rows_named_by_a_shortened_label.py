"""kg read: a sentence that sets two rows of a table against each other may name a row by its
label shortened past the first word ("the Leisure Centre" for "Northgate Leisure Centre"):
that names the row where no other row's label holds the same words."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

PAGE = ("# Swims by pool, 2025\n\n"
        "| Pool | Swims |\n|---|---:|\n"
        "| Northgate Leisure Centre | 84,300 |\n"
        "| Riverside Lido | 21,100 |\n"
        "| Eastfield Baths | 40,900 |\n\n"
        "The Leisure Centre, with its new flumes, had four times as many swims as Riverside "
        "Lido.\n")

TWO = PAGE.replace("| Eastfield Baths | 40,900 |", "| Southgate Leisure Centre | 40,900 |")


def test_a_row_named_by_the_tail_of_its_label_is_the_multiple(tmp_path: Path) -> None:
    assert read_labels(tmp_path, "pools.md", PAGE, "MultipleRelation") == [
        "Northgate Leisure Centre 84,300 = four times Riverside Lido 21,100 (the table)"]


def test_a_tail_two_labels_share_names_no_row(tmp_path: Path) -> None:
    assert read_labels(tmp_path, "pools.md", TWO, "MultipleRelation") == []
