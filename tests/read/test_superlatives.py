"""Superlatives a sentence states of a table's row or column: the named cell against the
largest (smallest) of the cells it is set against, within the named row's block; a change
column ranks nothing. A row set against "every other" (or "any other") row is below (above)
each of them, in the column of the one figure its clause gives."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

ROWS = """Harbour authority accounts 2024

Dredging was again the costliest activity, at £5,830,000, followed by pilotage. Security
was the smallest item, with £410,000.

Table 1. Spending by activity (£)

  Activity        Spending
  Dredging       5,830,000
  Pilotage       2,140,000
  Moorings       1,960,000
  Security         410,000
  Total         10,340,000
  Rents          3,100,000
"""


def comparisons(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return sorted(re.search(r"cg:greater (:\S+) ; cg:lesser (:\S+)", " ".join(b.split()))
                  .groups() for b in turtle.split("\n\n")
                  if "a cg:ComparisonRelation ;" in b and "(the table)" in b)


def test_a_row_s_superlative_beats_the_rest_of_its_block(tmp_path: Path) -> None:
    found = comparisons(tmp_path, ROWS)
    # dredging beats pilotage, which "followed by" ranks next and which beats moorings;
    # security is below the smallest other (moorings); rents, after the total, are
    # another section and never compared
    assert found == [(":f-t1-r1-c1", ":f-t1-r2-c1"), (":f-t1-r2-c1", ":f-t1-r3-c1"),
                     (":f-t1-r3-c1", ":f-t1-r4-c1")]


CHANGES = """Retailer results 2024

Footwear, the largest division, grew 2.1% to $640 million.

Table 1. Sales by division ($ million)

  Division     2023     2024    % change
  Footwear      627      640        2.1
  Apparel       410      455       11.0
  Total       1,037    1,095        5.6
"""


def test_a_change_column_ranks_nothing(tmp_path: Path) -> None:
    """"The largest division, grew 2.1% to $640 million": the 2.1% is no level; the
    superlative ranks the 2024 sales, the cell "$640 million" restates."""
    assert comparisons(tmp_path, CHANGES) == [(":f-t1-r1-c2", ":f-t1-r2-c2")]


def test_a_last_row_naming_the_span_of_monthly_rows_is_their_total(tmp_path: Path) -> None:
    """Rows of months under a last row "Winter season" (no word "total"): the last row is
    the months' whole, so the month with "the highest" snowfall is set against the other
    months, never against the season that adds them up, and the months are summed to it."""
    text = """Snowfall at Coldmoor gauge

January was the month with the highest snowfall, with 132 cm.

Table 1. Snowfall by month (cm)

  Month            2025
  December           96
  January           132
  February           88
  March              71
  Winter season     387
"""
    found = comparisons(tmp_path, text)
    assert found == [(":f-t1-r2-c1", ":f-t1-r1-c1")]
    turtle = (tmp_path / "c" / "r" / "relations.ttl").read_text(encoding="utf-8")
    assert "cg:SumRelation" in turtle


LOANS = """Library loans 2024

{sentence}

Table 1. Loans by branch

  Branch        2023      2024   Change (%)
  Central     41,200    43,900        6.6
  Riverside   17,300    18,050        4.3
  Northgate    8,900     8,450       -5.1
  Total       67,400    70,400        4.5
"""


def test_a_row_that_trails_every_other_is_below_each_of_them(tmp_path: Path) -> None:
    """"Trailed every other branch" claims each other branch in turn: the named row's cell
    against every other row's cell of its column, not only the nearest."""
    found = comparisons(tmp_path, LOANS.format(
        sentence="Northgate trailed every other branch, lending just 8,450 books."))
    assert found == [(":f-t1-r1-c2", ":f-t1-r3-c2"), (":f-t1-r2-c2", ":f-t1-r3-c2")]


def test_a_row_higher_than_any_other_is_above_each_of_them(tmp_path: Path) -> None:
    found = comparisons(tmp_path, LOANS.format(
        sentence="Central lent more books than any other branch, 43,900 in all."))
    assert found == [(":f-t1-r1-c2", ":f-t1-r2-c2"), (":f-t1-r1-c2", ":f-t1-r3-c2")]


def test_every_other_ranks_the_one_column_its_clause_gives(tmp_path: Path) -> None:
    """"Trailed every other branch, lending 8,450": the level's column; "trailed every
    other branch, its loans falling 5.1% to 8,450": whether the change or the level trails,
    the words do not say, so nothing is ranked."""
    one = comparisons(tmp_path / "one", LOANS.format(
        sentence="Northgate trailed every other branch, lending 8,450 books."))
    assert one == [(":f-t1-r1-c2", ":f-t1-r3-c2"), (":f-t1-r2-c2", ":f-t1-r3-c2")]
    two = comparisons(tmp_path / "two", LOANS.format(
        sentence="Northgate trailed every other branch, its loans falling 5.1% to 8,450."))
    assert two == []


SEATS = """Theatre season 2025

Ticket sales opened in March. {sentence}

Table 1. Seats by venue

  Venue          Seats sold   Filled (%)
  Main house         18,400           91
  Studio              6,250           84
  Garden stage        3,900           62
  Total              28,550           86
"""


def test_every_other_finds_its_cell_by_the_row_and_the_figure_s_unit(tmp_path: Path) -> None:
    """"Garden stage lagged every other venue at 62%": no word of the head "Filled (%)" is
    said, so no tie is made; the named row's one cell in the figure's unit (the percent
    column) is the one ranked below each other venue's, whatever its value."""
    found = comparisons(tmp_path, SEATS.format(
        sentence="Garden stage lagged every other venue at 62%, its first season outdoors."))
    assert found == [(":f-t1-r1-c2", ":f-t1-r3-c2"), (":f-t1-r2-c2", ":f-t1-r3-c2")]


SHARED = """Parish council accounts 2025

Table 1. Spending by service (£)

  Service                     Spending
  Grounds maintenance           48,200
  Street lighting               21,700
  Community hall                30,400
  Grants to groups               9,600
  Total                        109,900

Grounds maintenance remains the biggest expense, at 43.9% of all spending.
"""


PERIODS = """Parish council accounts 2025

Table 1. Spending by service (£)

  Service                      2024       2025
  Grounds maintenance        45,100     48,200
  Street lighting            20,900     21,700
  Community hall             29,800     30,400
  Total                      95,800    100,300

Grounds maintenance remains the biggest expense, at 48.1% of all spending.
"""


def test_a_superlative_whose_figure_is_a_share_ranks_the_named_row(tmp_path: Path) -> None:
    """"Grounds maintenance remains the biggest expense, at 43.9% of all spending": the
    share is no cell, so the named row's cell in the table's one column of amounts is set
    against the largest other row's (the community hall), never against the total."""
    assert comparisons(tmp_path / "one", SHARED) == [(":f-t1-r1-c1", ":f-t1-r3-c1")]
    # which year's column "the biggest" ranks, a table of two years leaves unsaid
    assert comparisons(tmp_path / "two", PERIODS) == []
    # a superlative in a clause of its own ranks no row named before it
    aside = SHARED.replace("Grounds maintenance remains the biggest expense, at 43.9% of all "
                           "spending.", "Street lighting was cut by a third: the sharpest "
                           "fall, and the lowest spend on record.")
    assert comparisons(tmp_path / "three", aside) == []
    # a figure in another unit than the column's says the superlative ranks something else
    hours = SHARED.replace("remains the biggest expense, at 43.9% of all spending.",
                           "took the most volunteer time, 1,240 hours.")
    assert comparisons(tmp_path / "four", hours) == []


LED = """Museum trust budget 2026/27

Table 2. Expenditure (£ thousand)

  Conservation and collections care     1,840
  Learning programmes                     610
  Front of house                          975
  Buildings and maintenance             1,120
  Total expenditure                     4,545

Conservation work is once more the largest cost, some £14.20 for each visitor.
"""


def test_a_clause_naming_a_row_by_its_first_word_ranks_that_row(tmp_path: Path) -> None:
    """"Conservation work is once more the largest cost": the label "Conservation and
    collections care" leads with the clause's first word and no other row's does."""
    assert comparisons(tmp_path, LED) == [(":f-t1-r1-c1", ":f-t1-r4-c1")]


FIGURELESS = """Ferry depot log 2025

Table 3. Crossings by month

  Month        Crossings    Running total
  April            4,120            4,120
  May              4,680            8,800
  June             5,210           14,010
  July             4,930           18,940
  Total           18,940

June was once again the busiest month of the
season. April saw the largest rise. May was one of the quieter months, and July was not
the busiest.
"""


def test_a_superlative_with_no_figure_ranks_the_row_it_names(tmp_path: Path) -> None:
    # June, named with no figure, beats the largest other month in the one column of levels
    # (the running total ranks nothing); "the largest rise" ranks a change the levels do not
    # hold, and a rank said of several rows or denied claims nothing
    assert comparisons(tmp_path, FIGURELESS) == [(":f-t1-r3-c1", ":f-t1-r4-c1")]
