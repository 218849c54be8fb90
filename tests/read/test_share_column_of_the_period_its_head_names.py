"""kg read: a share column whose head names a period in short ("Share of FY26 fares (%)",
"Q2 share (%)") is each row's share of the total in the column of that period, not of the
column that stands nearest to it."""

from __future__ import annotations

from pathlib import Path

from tests.read import share_columns

FARES = """Harbour ferry fares

Fare income by route, NZ$ thousand

  Route             FY26     FY25   Change (%)   Share of FY26 fares (%)
  Inner harbour    630.0    540.0         16.7                      60.0
  Island loop      252.0    270.0         -6.7                      24.0
  Night service    168.0    190.0        -11.6                      16.0
  Total          1,050.0  1,000.0          5.0                     100.0

Timetables change in October.
"""

QUARTERS = """Library loans by branch

  Branch        Q2 2025   Q1 2025   Q2 share (%)
  Central         1,200     1,500           60.0
  Eastside          500       300           25.0
  Westside          300       200           15.0
  Total           2,000     2,000          100.0

Opening hours are unchanged.
"""



def test_a_fiscal_year_in_short_names_the_column_of_the_shares(tmp_path: Path) -> None:
    # c1 is "FY26"; "FY25" stands next to the change and share columns
    assert share_columns(tmp_path, "fares.txt", FARES) == {("c1", "c1")}


def test_a_quarter_names_the_column_of_the_shares(tmp_path: Path) -> None:
    assert share_columns(tmp_path, "loans.txt", QUARTERS) == {("c1", "c1")}
