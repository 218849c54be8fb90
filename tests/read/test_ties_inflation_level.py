"""The level a rate of change moved to is itself a change: "inflation eased to 3.1%" is the
annual change a price index's change column holds, not a level between two of its cells."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, ties_in

RELEASE = """Harbour county price statistics, May 2026

Published Tuesday 16 June 2026

Annual consumer price inflation in the county slowed to 3.1% in May 2026, from 3.6% in
April. Transport prices were 0.8% lower than a year before.

Table 1. Consumer price index by group (2020 = 100)
| Group | May 2025 | May 2026 | Annual % change |
| Food | 121.4 | 126.2 | 4.0 |
| Transport | 118.0 | 117.1 | -0.8 |
| Housing | 130.2 | 134.5 | 3.3 |
| All items | 124.6 | 128.5 | 3.1 |
"""


def test_inflation_said_as_a_level_is_the_change_column_s_cell(tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, RELEASE)
    assert "All items, Annual % change: the table and the text" in ties_in(checked)


def test_inflation_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    """The words name the all-items row and the change column: a slip is tied for the check."""
    checked, _ = relations(tmp_path, RELEASE.replace("slowed to 3.1%", "slowed to 3.7%"))
    assert "All items, Annual % change: the table and the text" in ties_in(checked)
