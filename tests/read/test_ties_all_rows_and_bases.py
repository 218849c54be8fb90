"""Sentence figures tied to a table's cell by what the words list or name as a base: a list
that is every row the total adds up (a count of some rows and the rest by name) restates the
total row; a row named as what a percent is "of" or "on" is that percent's base, not the row
of the figures after it. A row of places named "points" is no row of percentage points."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, restated, ties_in

BOATS = """River boats, 2025

Trips on the council's three river routes and the night boat came to {total} in 2025, up
4.1 per cent on the 396,300 made in 2024.

Table 1. Trips by route
  Route              2024        2025    Change %
  Upper reach     151,200     158,900        +5.1
  Lower reach     118,700     121,400        +2.3
  Harbour loop     86,900      90,800        +4.5
  Night boat       39,500      41,500        +5.1
  All routes      396,300     412,600        +4.1
"""


def test_a_count_of_rows_and_the_rest_by_name_restates_the_total_row(tmp_path: Path) -> None:
    """'the three river routes and the night boat' are the table's four routes: the figures
    are the total row's, each in the column the words date."""
    checked, _ = relations(tmp_path, BOATS.format(total="412,600"))
    assert ties_in(checked) == ["All routes, 2024: the table and the text",
                                "All routes, 2025: the table and the text",
                                "All routes, Change %: the table and the text"]


def test_a_total_listed_by_its_rows_is_tied_though_it_slipped(tmp_path: Path) -> None:
    """'421,600' for the total's 412,600 is tied all the same: the words name the row."""
    checked, _ = relations(tmp_path, BOATS.format(total="421,600"))
    assert restated(tmp_path, "421,600", checked)
    assert "All routes, 2025: the table and the text" in ties_in(checked)


def test_a_count_that_leaves_rows_out_restates_no_total(tmp_path: Path) -> None:
    """'two river routes and the night boat' are three of the four routes: their sum, which
    no cell holds."""
    text = BOATS.format(total="412,600").replace("three river routes", "two river routes")
    checked, proposed = relations(tmp_path, text)
    assert not [tie for tie in ties_in(checked) + ties_in(proposed) if ", 2025:" in tie]


STOPS = """Bus stops, 2025

Table 1. Boardings by stop
  Stop                    2024       2025
  Market Square         52,100     54,300
  Station Road          40,800     41,900
  All collection points 92,900     96,200
"""


def test_a_row_of_places_called_points_holds_counts_not_percentage_points(
        tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text(STOPS, encoding="utf-8")
    from kg.read import read
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    cell = next(b for b in claims.split("\n\n") if b.startswith(":f-t1-r3-c2 "))
    assert "PercentagePoint" not in cell
    assert "qudt:numericValue 96200" in " ".join(cell.split())


RESULTS = """Mill results, year to 30 June 2025

Operating profit was £4.12 million, a margin of 9.1% on revenue, up from {before} in 2024.

Table 1. Results (£000)
                     2025      2024
  Revenue          45,300    41,800
  Operating profit  4,120     3,850
"""


def test_a_row_named_as_a_percent_s_base_is_not_the_row_of_the_figure_after(
        tmp_path: Path) -> None:
    """'a margin of 9.1% on revenue, up from £3.85 million': revenue is the margin's base;
    the £3.85 million is still the operating profit's."""
    checked, _ = relations(tmp_path, RESULTS.format(before="£3.85 million"))
    assert ties_in(checked) == ["Operating profit, 2024: the table and the text",
                                "Operating profit, 2025: the table and the text"]


def test_a_figure_after_a_percent_s_base_is_tied_to_its_row_though_it_slipped(
        tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, RESULTS.format(before="£3.58 million"))
    assert restated(tmp_path, "£3.58 million", checked)
    assert "Operating profit, 2024: the table and the text" in ties_in(checked)


HOURS = BOATS.format(total="412,600") + """
Combined crew hours fell to 9,200 from 9,540, a cut of 340 hours (3.6%).
"""


def test_a_percent_in_brackets_after_hours_is_no_change_of_a_table_of_trips(
        tmp_path: Path) -> None:
    """'a cut of 340 hours (3.6%)' is the hours' change: the table counts trips, so its
    change column holds no change in hours."""
    checked, proposed = relations(tmp_path, HOURS)
    assert not restated(tmp_path, "3.6%", checked + proposed)
    assert "All routes, Change %: the table and the text" in ties_in(checked)
