"""kg read: a fraction of a table's total whose subject names its row only by the word the
row's label opens on: "Corporate sponsors remain our mainstay, giving close to three-fifths of
income" of the row "Corporate sponsorship", "The council … supplying nearly a third of
income" of "Council grant" (or its adjective: "The region" of "Regional arts grant"); never
a row whose label merely begins alike ("Internal" is no "International")."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

_TABLE = ("# Quayside arts festival budget, 2026\n\n| Source | Amount (£) |\n|---|---:|\n"
          "| Corporate sponsorship | 120,000 |\n| Regional arts grant | 50,000 |\n"
          "| Ticket sales | 30,000 |\n| **Total income** | **200,000** |\n\n")


def _ratios(folder: Path, prose: str) -> list[str]:
    return read_labels(folder, "note.md", _TABLE + prose + "\n", "RatioRelation")


def test_the_subject_s_first_word_names_the_row_its_label_opens_on(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Corporate sponsors remain our mainstay, giving close to "
                             "three-fifths of income.") == [
        "Corporate sponsorship 120,000 is close to three-fifths of Total income 200,000 "
        "(the table)"]
    # "of the budget" names no "Total income": the subject's word alone ties no row
    assert _ratios(tmp_path / "budget", "Corporate sponsors remain loyal, though they cover "
                                        "only a third of the budget.") == []


def test_a_noun_names_the_row_its_adjective_opens(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The region stays a loyal funder, supplying a quarter of "
                             "income.") == [
        "Regional arts grant 50,000 is a quarter of Total income 200,000 (the table)"]


def test_a_subject_no_row_opens_on_reads_nothing(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Private donors remain loyal, giving close to three-fifths of "
                             "income.") == []

