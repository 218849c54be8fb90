"""kg read: a figure said of two things joined ("Buses and night trams together carried
…") is their sum, never a restatement of the cell of the one row a label names; a row whose
own label joins the two ("Buses and coaches") is still named by it."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

_TABLE = (
    "Table 2. Passenger journeys by mode, thousands\n\n"
    "| Mode | 2023 | 2024 |\n"
    "|---|---|---|\n"
    "| Buses | 301.5 | 318.2 |\n"
    "| Night trams and shuttles | 88.4 | 94.1 |\n"
    "| Ferries | 40.2 | 41.0 |\n"
    "| Total | 430.1 | 453.3 |\n\n")


def _restatements(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Transit journeys", _TABLE + text,
                           "RestatementRelation", name="note.md")


def test_a_figure_of_two_things_together_restates_no_one_row(tmp_path: Path) -> None:
    found = _restatements(tmp_path, "Buses and night trams together carried 412.3 thousand "
                          "passengers in 2024.")
    assert found == [], found


def test_a_row_whose_label_joins_the_two_is_still_named(tmp_path: Path) -> None:
    found = _restatements(tmp_path, "Buses and night trams together carried 412.3 thousand "
                          "passengers in 2024. Night trams and shuttles together carried 94.1 "
                          "thousand passengers in 2024.")
    assert found == ["Night trams and shuttles, 2024: the table and the text"]
