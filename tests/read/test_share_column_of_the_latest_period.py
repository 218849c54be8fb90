"""kg read: a share column whose head names no period ("Share (%)") after amounts of two
periods is each row's share of the latest period's total, wherever that column stands: a
plan beside last year's outturn, or this year's figures written first and last year's next to
the shares."""

from __future__ import annotations

from pathlib import Path

from tests.read import share_columns

PLAN = """Parish hall budget

Spending by heading (£ thousand)

  Heading               Plan 2026-27  Outturn 2025-26   Share (%)
  Heating and power           42.00           35.00        52.5
  Cleaning                    22.00           20.00        27.5
  Repairs                     16.00           15.00        20.0
  Total                       80.00           70.00       100.0

The hall committee meets monthly.
"""

YEARS = """Kennel club entries

  Breed group      2025      2024    Share (%)
  Gundogs           600       550       40.0
  Terriers          450       470       30.0
  Hounds            450       380       30.0
  Total           1,500     1,400      100.0

Entries closed in March.
"""



def test_shares_beside_last_years_outturn_are_of_the_plan(tmp_path: Path) -> None:
    # c1 is "Plan 2026-27", c2 the outturn standing next to the shares
    assert share_columns(tmp_path, "hall.txt", PLAN) == {("c1", "c1")}


def test_shares_after_last_years_column_are_of_this_years(tmp_path: Path) -> None:
    assert share_columns(tmp_path, "kennel.txt", YEARS) == {("c1", "c1")}
