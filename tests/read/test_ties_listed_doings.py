"""A row a sentence names only by its doing ("Site management" by "management") is not
named where that word is one item of a list ("planning, management, and outreach cost
£2.3 million"): the figure is of the listed items together, no one row's cell; said alone,
the doing still names its row."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, restated, ties_in

PARKS = """Parks trust accounts, 2025

Table 1. Spending, 2025 (£000)
  Activity                    2025
  Tree planting                940
  Site management              860
  Visitor outreach             510
  Administration               190
  Total spending             2,500

{sentence}
"""


def test_a_figure_said_of_a_list_of_doings_restates_no_row(tmp_path: Path) -> None:
    text = PARKS.format(sentence="Our core work - planting, management, and outreach - "
                                 "cost £2.31 million in all.")
    checked, _ = relations(tmp_path, text)
    assert not restated(tmp_path, "£2.31 million", checked)
    assert ties_in(checked) == []


def test_a_doing_said_alone_still_names_its_row(tmp_path: Path) -> None:
    text = PARKS.format(sentence="Spending on management came to £860,000 in 2025.")
    checked, proposed = relations(tmp_path, text)
    assert restated(tmp_path, "£860,000", checked + proposed)
