"""A level in percent of a row the words name, where no column's head is said ("with 64.2% of
its crews arriving in time"), leaves the row's columns of percents open alike: none is tied,
whether a cell's value agrees or not (a column chosen because its cell agrees would hide the
very slip a tie exists to show). A column head's short unit ("% over 8 mins") is said in full
("longer than 8 minutes")."""

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


def test_a_level_in_percent_of_a_named_row_ties_no_column_the_words_leave_open(
        tmp_path: Path) -> None:
    """"64.2%" of Ashgrove writes its "Within target" cell, Beckside's "70.9%" neither of its
    row's percents: the words name no column for either, so both stay untied alike (the
    values never choose, or a slip in the second would go unseen while the first is tied)."""
    checked, _ = relations(tmp_path, STATIONS.format(
        "Ashgrove again struggled, with 64.2% of its crews arriving in time. Beckside did "
        "better, with 70.9% of its crews arriving in time."))
    assert not [t for t in ties_in(checked) if t.startswith(("Ashgrove", "Beckside"))]


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
