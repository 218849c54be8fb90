"""kg read: a fraction whose subject is a head noun several rows of the table end on
("Tickets for single journeys brought in three-fifths of revenue" beside "Single paper
tickets" and "Mobile and other tickets") names none of them: the words may mean both rows
together, and one row's share of the total would be checked against the wrong amount."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

_TABLE = ("# Harbour tramway fares, 2025\n\n| Ticket type | Revenue (£000) |\n|---|---:|\n"
          "| Single paper tickets | 2,940 |\n| Mobile and other tickets | 1,080 |\n"
          "| Season passes | 980 |\n| **Total revenue** | **5,000** |\n\n")


def _ratios(folder: Path, prose: str) -> list[str]:
    return read_labels(folder, "note.md", _TABLE + prose + "\n", "RatioRelation")


def test_a_head_noun_two_rows_end_on_names_neither(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Tickets for single journeys brought in three-fifths of "
                             "revenue.") == []


def test_a_head_noun_one_row_ends_on_still_names_it(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Passes for the season brought in a fifth of revenue.") == [
        "Season passes 980 is a fifth of Total revenue 5,000 (the table)"]
