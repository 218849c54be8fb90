"""A table's column "Change on 2026/27" or "% change since 2020" names the base its changes
are measured from: its cells are changes of the table's own period, not of the base."""

from __future__ import annotations

from kg.read.periods import cell_period


def test_a_change_column_on_a_base_year_takes_the_table_s_period() -> None:
    assert cell_period("Rise on 2026/27", "Short berth", "2027/28") == "2027/28"
    assert cell_period("% change since 2020", "Visitors", "2024") == "2024"
    assert cell_period("Change vs 2023", "Members", "2024", own="2025") == "2025"


def test_a_column_that_names_its_own_period_or_day_keeps_it() -> None:
    assert cell_period("2026/27", "Short berth", "2027/28") == "2026/27"
    assert cell_period("Boats on 31 March 2027", "Pontoon A", "2026/27") == "2027-03-31"
