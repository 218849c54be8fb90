"""A level in percent of a row the words name, where no column's head is said ("with 64.2% of
its crews arriving in time"), leaves the row's columns of percents open alike: the one whose
cell agrees breaks the tie, never a cell that disagrees and never a change column. A column
head's short unit ("% over 8 mins") is said in full ("longer than 8 minutes")."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, ties_in

STATIONS = """Fire and rescue response times, 2026

Published: Thursday 14 January 2027

{}

Table 1: Emergency calls by station

| Station | Calls | Within target (%) | Staffed all year (%) | Change in calls (%) |
|---|---|---|---|---|
| Ashgrove | 1,204 | 64.2 | 91.5 | 4.8 |
| Beckside | 986 | 71.9 | 88.0 | -2.1 |
| Total | 2,190 | 67.7 | 89.9 | 1.6 |
"""


def test_a_level_in_percent_of_a_named_row_ties_the_column_that_agrees(
        tmp_path: Path) -> None:
    """"64.2%" of Ashgrove agrees with its "Within target" cell; Beckside's "70.9%" agrees
    with neither percent of its row: the words name no column, so the values cannot choose
    one and nothing is tied for it (a slip there is left to the reader)."""
    checked, _ = relations(tmp_path, STATIONS.format(
        "Ashgrove again struggled, with 64.2% of its crews arriving in time. Beckside did "
        "better, with 70.9% of its crews arriving in time."))
    assert ties_in(checked) == ["Ashgrove, Within target (%): the table and the text"]


WAITS = """Clinic waiting list, March 2027

Published: Friday 9 April 2027

{}

Table 1: Patients waiting by clinic

| Clinic | Waiting | % over 8 wks |
|---|---|---|
| Eastfield | 2,410 | 18.3 |
| Northbrook | 1,875 | 12.6 |
| All clinics | 4,285 | 15.8 |
"""


def test_a_head_s_short_unit_is_said_in_full(tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, WAITS.format(
        "At Northbrook, 12.6% of patients had waited longer than 8 weeks."))
    assert ties_in(checked) == ["Northbrook, % over 8 wks: the table and the text"]
