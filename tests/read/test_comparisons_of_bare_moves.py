"""kg read: a move written "fell from A to B" (a verb of motion, "from" its baseline, "to"
the level reached) with no size stated orders its two ends the way the verb says; a move
whose size the words give is a change instead, and a verb that judges the move ("improved")
says no order of the two. A band of percents an outlook guides ("expects a margin of 9% to
10%") orders no ends, where a band of amounts it guides, or a band of percents estimated,
does."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_bare_move_down_orders_its_ends(tmp_path: Path) -> None:
    # (beside it, a move whose size is said, and one a judging verb states: no comparison)
    assert relation_labels(tmp_path, "Clinic audit", "Missed appointments at the east clinic "
                           "fell from 48 to 31 after reminders began. Cancellations fell from "
                           "90 to 72, a decline of 20.0%. The mean wait fell from 4.5 to 4.4 "
                           "hours, a reduction of 6 minutes. The booking rate improved from "
                           "62.5% to 64.0% over the season.",
                           "ComparisonRelation") == ["48 > 31"]


def test_a_bare_move_up_after_a_comma_orders_its_ends(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Ferry fares", "Crossings were busier in the summer, and "
                           "the day return has gone up too, from £6.40 to £7.10.",
                           "ComparisonRelation") == ["£7.10 > £6.40"]


def test_a_guided_band_of_percents_orders_no_ends(tmp_path: Path) -> None:
    # (a band of amounts guided, and a band of percents estimated, keep their order)
    assert relation_labels(tmp_path, "Outlook", "The company expects revenue of $410 million "
                           "to $425 million and an operating margin of 9% to 10%. We estimate "
                           "that the scheme raises household savings by 3.1 to 5.8 percent.",
                           "ComparisonRelation") == ["$425 million > $410 million",
                                                     "5.8 percent > 3.1"]


def test_a_move_between_two_cells_of_a_table_row_is_the_table_s(tmp_path: Path) -> None:
    # (the row's cells, period by period, are the table's: the words restating two of them
    # add no order of their own)
    text = ("Table 2. Costs by year (US$)\n\n| Line | 2025 | 2026 | 2027 |\n|---|---|---|---|\n"
            "| Kits | 84,200 | 70,100 | 52,900 |\n| Travel | 31,000 | 33,400 | 35,800 |\n\n"
            "Spending on kits then falls from $84,200 in 2025 to $52,900 in 2027, once the "
            "first schools are equipped. Visits to the depot fell from 48 to 31.\n")
    assert relation_labels(tmp_path, "Budget", text, "ComparisonRelation",
                           name="budget.md") == ["48 > 31"]
