"""A table row the prose names and says rose or fell, with no figure in that clause: the
order of the row's latest cell and the cell of the period before it ("the Northgate –
Eastmoor route carried fewer riders than a year before"; "those on the Quayside Loop rose")."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import relation_blocks

ROUTES = """Bus routes 2025

Riders made 96,000 trips in 2025; the Northgate – Eastmoor route carried fewer riders than a
year before. Trips rose 3.2% overall; those on the Quayside Loop rose after it was extended.

Table 1. Trips by route

| Route | 2024 | 2025 | Change (%) |
|---|---:|---:|---:|
| Northgate – Eastmoor | 41,000 | 38,500 | -6.1 |
| Northgate – Westfield | 30,000 | 31,200 | +4.0 |
| Quayside Loop | 22,000 | 26,300 | +19.5 |
| **All routes** | **93,000** | **96,000** | **+3.2** |
"""


def comparisons(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "r.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    return sorted(got.groups() for block in relation_blocks(made.folder, "ComparisonRelation")
                  if (got := re.search(r"cg:greater (:\S+) ; cg:lesser (:\S+)", block)))


def test_a_row_said_to_move_orders_its_latest_and_earlier_cells(tmp_path: Path) -> None:
    # the route named by all its label's words carried fewer: 2024's cell is the greater; the
    # loop, named by a word no other row has, rose: 2025's is
    assert comparisons(tmp_path, ROUTES) == [(":f-t1-r1-c1", ":f-t1-r1-c2"),
                                             (":f-t1-r3-c2", ":f-t1-r3-c1")]


def test_a_row_word_two_rows_share_names_no_row(tmp_path: Path) -> None:
    # "Northgate" stands in two routes' labels: which one fell the words do not say
    text = ROUTES.replace("the Northgate – Eastmoor route carried fewer riders than a\nyear "
                          "before", "the Northgate routes carried fewer riders than a\nyear "
                          "before")
    assert comparisons(tmp_path, text) == [(":f-t1-r3-c2", ":f-t1-r3-c1")]


GUARDED = """Harbour landings 2025

Landings came to 9,400 tonnes; the Quayside berth handled fewer boats than in 2024. Costs
grew by 4.0%, mainly because of the Eastpier repairs and reduced Westpier hours. Fees rose
5.0%; the Westpier quota was less fully used than a year before. Fees were 2.0% dearer; the
Eastpier total grew more slowly.

Table 1. Landings by berth (tonnes)

| Berth | 2024 | 2025 | Change (%) |
|---|---:|---:|---:|
| Quayside | 4,100 | 3,900 | -4.9 |
| Eastpier | 3,000 | 3,100 | +3.3 |
| Westpier | 2,300 | 2,400 | +4.3 |
"""


def test_a_row_in_a_cause_a_manner_or_a_paced_move_is_not_said_to_move(tmp_path: Path) -> None:
    # only the Quayside berth's fall is a move of the row: the Eastpier repairs are a cause,
    # "less fully used" a manner of another measure, "grew more slowly" a pace set against
    # another row's
    assert comparisons(tmp_path, GUARDED) == [(":f-t1-r1-c1", ":f-t1-r1-c2")]
