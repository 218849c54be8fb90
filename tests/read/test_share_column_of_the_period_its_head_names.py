"""kg read: a share column whose head names a period in short ("Share of FY26 fares (%)",
"Q2 share (%)") is each row's share of the total in the column of that period, not of the
column that stands nearest to it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import read_labels, relation_blocks

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


def _share_columns(tmp_path: Path, name: str, text: str) -> set[tuple[str, str]]:
    read_labels(tmp_path, name, text, "ShareRelation")
    (folder,) = [p for p in (tmp_path / "c").iterdir() if p.is_dir()]
    found = set()
    for block in relation_blocks(folder, "ShareRelation"):
        portion = re.search(r"cg:portion :f-t\d+-r\d+-(c\d+)", block)
        whole = re.search(r"cg:whole :f-t\d+-r\d+-(c\d+)", block)
        if portion and whole:
            found.add((portion.group(1), whole.group(1)))
    return found


def test_a_fiscal_year_in_short_names_the_column_of_the_shares(tmp_path: Path) -> None:
    # c1 is "FY26"; "FY25" stands next to the change and share columns
    assert _share_columns(tmp_path, "fares.txt", FARES) == {("c1", "c1")}


def test_a_quarter_names_the_column_of_the_shares(tmp_path: Path) -> None:
    assert _share_columns(tmp_path, "loans.txt", QUARTERS) == {("c1", "c1")}
