"""kg read: a percent in brackets (or after "or") right after an amount a verb of motion moves
by ("slipped by 40 members (4.0%)", "rose by 210, or 7.5%") is the move's: it restates the
row's cell in the change column, never the cell of a column of shares beside it."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TABLE = ("Table 1. Members by branch\n\n"
         "| Branch | 2023 | 2024 | Change, % | Share of 2024, % |\n"
         "|---|---|---|---|---|\n"
         "| Harbourside | 1,000 | 960 | -4.0 | 32.0 |\n"
         "| Millbrook | 2,800 | 3,010 | +7.5 | 68.0 |\n"
         "| Total | 3,800 | 3,970 | +4.5 | 100.0 |\n\n")


def test_a_percent_after_an_amount_moved_by_restates_the_change_column(tmp_path: Path) -> None:
    text = TABLE + ("Harbourside was the only branch to shrink: its membership slipped by 40 "
                    "members (4.0%). Millbrook's rose by 210, or 7.5%.\n")
    labels = relation_labels(tmp_path, "Club report", text, "RestatementRelation",
                             name="club.md")
    assert "Harbourside, Change, %: the table and the text" in labels
    assert not any("Share of 2024" in label for label in labels)
