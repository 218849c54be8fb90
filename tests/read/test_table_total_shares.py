"""Shares whose whole only a table gives: a margin of a period the text states no revenue
for is its profit over the cell of the revenue table's total row in that period's column
(the period the words chose the profit by, never the value that would make it pass)."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import figure_quotes, relation_blocks

TOOLS = """Harwick Tools results for 2025

{sentence}

Table 1. Revenue by region (£ million)

| Region | 2025  | 2024  |
| North  | 90.0  | 82.0  |
| South  | 66.0  | 65.5  |
| Total  | 156.0 | 147.5 |
"""


def shares(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    """Each share read (checked or proposed), by its share's quote: (portion, whole), a
    figure of the text by its quote and a cell by its name."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    # a cell keeps its name: only the text's figures (f-1, f-2, …) by their quotes
    quote = {k: v for k, v in figure_quotes(made.folder).items() if re.fullmatch(r"f-\d+", k)}
    out = {}
    for block in relation_blocks(made.folder, "ShareRelation"):
        got = re.search(r"cg:portion :(\S+) ; cg:whole :(\S+) ; cg:share :(\S+) \.", block)
        if got:
            portion, whole, share = (quote.get(x, x) for x in got.groups())
            out[share] = (portion, whole)
    return out


def test_a_margin_of_a_year_the_text_gives_no_revenue_for_is_of_the_total_row(
        tmp_path: Path) -> None:
    """"The operating margin improved to 9.1% from 8.0%": each year's operating profit over
    the total row's revenue in that year's column."""
    found = shares(tmp_path, TOOLS.format(sentence=(
        "Operating profit climbed to £14.2 million from £11.8 million in 2024. The operating "
        "margin improved to 9.1% from 8.0%.")))
    assert found == {"9.1%": ("£14.2 million", "f-t1-r3-c1"),
                     "8.0%": ("£11.8 million", "f-t1-r3-c2")}


def test_a_margin_set_against_the_year_before_is_that_years_share(tmp_path: Path) -> None:
    """"to 9.1%, versus 8.0% a year earlier" and "up 1.1 points on the prior year's 8.0%":
    the level the margin moved from is the earlier year's profit over that year's total."""
    for n, said in enumerate(("The operating margin rose to 9.1%, versus 8.0% a year earlier.",
                              "That lifted the operating margin to 9.1%, up 1.1 percentage "
                              "points on the prior year's 8.0%.")):
        found = shares(tmp_path / str(n), TOOLS.format(sentence=(
            "Operating profit climbed to £14.2 million from £11.8 million in 2024. " + said)))
        assert found.get("8.0%") == ("£11.8 million", "f-t1-r3-c2"), said


def test_a_margin_takes_no_total_of_a_table_that_is_not_of_revenue(tmp_path: Path) -> None:
    """A table of costs by region closes with a total of money in each year, but the words
    of a margin name revenue: no cell of it is the margin's whole (of revenue's, one is)."""
    said = ("Operating profit climbed to £14.2 million from £11.8 million in 2024. The "
            "operating margin improved to 9.1% from 8.0%.")
    costs = shares(tmp_path / "costs", TOOLS.replace("Revenue by region", "Costs by region")
                   .format(sentence=said))
    revenue = shares(tmp_path / "revenue", TOOLS.format(sentence=said))
    assert (costs, revenue["8.0%"]) == ({}, ("£11.8 million", "f-t1-r3-c2"))


def test_a_share_of_a_named_whole_only_the_total_row_gives_takes_its_cell(
        tmp_path: Path) -> None:
    """"£14.2 million, or 9.1% of revenue": with no revenue in the text, the whole is the
    revenue table's total in the portion's year."""
    found = shares(tmp_path, TOOLS.format(sentence=(
        "Operating profit was £14.2 million in 2025, or 9.1% of revenue.")))
    assert found == {"9.1%": ("£14.2 million", "f-t1-r3-c1")}


def test_a_margin_of_a_level_then_its_move_from_the_year_before(tmp_path: Path) -> None:
    """"an operating margin of 9.1%, up 1.1 percentage points from 8.0%": the level it moved
    from is the earlier year's margin, read as that year's share."""
    found = shares(tmp_path, TOOLS.format(sentence=(
        "Operating profit climbed to £14.2 million from £11.8 million in 2024, an operating "
        "margin of 9.1%, up 1.1 percentage points from 8.0%.")))
    assert found.get("8.0%") == ("£11.8 million", "f-t1-r3-c2")


ROADS = """Lowfield road repairs 2025

{sentence}

Table 1. Road repairs by district, 2025

| District | Holes filled | Spend (£ thousand) |
| Upper    | 2,100        | 640                |
| Lower    | 1,900        | 580                |
| Total    | 4,000        | 1,220              |
"""


def test_a_row_share_of_the_total_takes_the_column_its_clause_names(tmp_path: Path) -> None:
    """"Spending was highest in Upper, which took 52.5% of the total": "the total" names no
    column, the clause's "spending" names the spend column (not the holes filled)."""
    found = shares(tmp_path, ROADS.format(sentence=(
        "Spending was highest in Upper, which took 52.5% of the total.")))
    assert found == {"52.5%": ("f-t1-r1-c2", "f-t1-r3-c2")}


def test_a_row_share_of_the_budget_is_of_a_table_of_spending(tmp_path: Path) -> None:
    """"Upper absorbs 52.5% of the district budget" beside a table of spending by district:
    a budget is what is spent, so the whole is the total row's spend (the clause names no
    other column)."""
    found = shares(tmp_path, ROADS.replace("Road repairs by district", "Road spending by "
                                           "district").replace("| Holes filled ", "")
                   .replace("| 2,100        ", "").replace("| 1,900        ", "")
                   .replace("| 4,000        ", "").format(
        sentence="Upper absorbs 52.5% of the district budget."))
    assert found == {"52.5%": ("f-t1-r1-c1", "f-t1-r3-c1")}


BUDGET = """Farley Trust budget 2026

{sentence}

Table 1. Budget by line (£)

| Line       | 2026    |
| Salaries   | 240,000 |
| Premises   | 90,000  |
| Subtotal   | 330,000 |
| Overheads  | 33,000  |
| Total      | 363,000 |
"""


def test_a_share_of_the_total_said_of_a_restated_row_is_of_its_total_row(
        tmp_path: Path) -> None:
    """"Salaries, at £240,000, are 66.1% of the total" with no total in the text: £240,000
    restates the salaries row's cell, so "the total" is the total row below it in that
    column, the row labelled a total (not the subtotal)."""
    found = shares(tmp_path, BUDGET.format(sentence=(
        "Salaries, at £240,000, are 66.1% of the total.")))
    assert found == {"66.1%": ("£240,000", "f-t1-r5-c1")}


def test_a_total_the_text_states_otherwise_stays_the_shares_whole(tmp_path: Path) -> None:
    """"Trustees approved plans of £3.63 million …; salaries … 66.1% of the total": the
    text's total is no rounding of the table's 363,000 (a slip), so the share keeps it as
    written and its check finds the slip; with no total in the text, the cell is the whole."""
    slip = shares(tmp_path / "slip", BUDGET.format(sentence=(
        "Trustees approved plans of £3.63 million for 2026. Salaries, at £240,000, are 66.1% "
        "of the total.")))
    unsaid = shares(tmp_path / "unsaid", BUDGET.format(sentence=(
        "Salaries, at £240,000, are 66.1% of the total.")))
    assert (slip, unsaid) == ({"66.1%": ("£240,000", "£3.63 million")},
                              {"66.1%": ("£240,000", "f-t1-r5-c1")})


def test_a_rate_said_of_a_restated_row_without_of_takes_no_total(tmp_path: Path) -> None:
    """"Premises cost £90,000, a yearly rate of 4.0%": a rate that names no whole ("of …") is
    not a share of the table's total, though its amount restates a row's cell."""
    found = shares(tmp_path, BUDGET.format(sentence=(
        "Premises cost £90,000, a yearly rate of 4.0%. Salaries, at £240,000, are 66.1% of "
        "the total.")))
    assert "4.0%" not in found and found.get("66.1%") == ("£240,000", "f-t1-r5-c1")


def test_an_item_listed_beside_the_portion_is_never_its_whole(tmp_path: Path) -> None:
    """"Premises took £90,000 and overheads £33,000, the latter 9.1% of the total": the
    item listed before the portion is its sibling, not the total."""
    found = shares(tmp_path, BUDGET.replace("| Overheads  | 33,000  |\n", "").replace(
        "363,000", "330,000").format(sentence=(
            "The trust will spend £363,000 in 2026. Premises took £90,000 and overheads "
            "£33,000, the latter accounting for 9.1% of the total.")))
    assert found.get("9.1%") == ("£33,000", "£363,000")


def test_a_row_that_took_a_percent_with_no_whole_said_took_it_of_the_total(
        tmp_path: Path) -> None:
    """"The North, our oldest region, took 57.7%." says no whole: the table's total row is
    the whole it took a share of, in the latest column; "South prices rose 2.1%." and "took
    4.0% more orders" are no shares."""
    found = shares(tmp_path, TOOLS.format(sentence=(
        "The North, our oldest region, took 57.7%. South prices rose 2.1%. The South took "
        "4.0% more orders.")))
    assert found == {"57.7%": ("f-t1-r1-c1", "f-t1-r3-c1")}


CLINICS = """Clinic waiting lists, June 2025

Northgate, the largest clinic, accounted for 40.0% of all those waiting; Southgate had the
shortest list.

Table 1: Patients waiting, 30 June 2025

  Clinic             Waiting    Over 12 wks    % over 12 wks
  Northgate            4,120            824             20.0
  Southgate            2,060            309             15.0
  Eastgate             4,120            927             22.5
  All clinics         10,300          2,060             20.0
"""


def test_a_row_s_share_of_a_named_column_beside_a_percent_column(tmp_path: Path) -> None:
    """"Northgate accounted for 40.0% of all those waiting": a verb of sharing and a whole
    that names the Waiting column state the row's share of that column's total, though the
    row has a percent column of its own (it was left unread, so a slip went unchecked).
    The percent column is read too: "Over 12 wks" as a share of "Waiting" in each row."""
    assert shares(tmp_path, CLINICS) == {
        "40.0%": ("f-t1-r1-c1", "f-t1-r4-c1"),
        **{f"f-t1-r{r}-c3": (f"f-t1-r{r}-c2", f"f-t1-r{r}-c1") for r in range(1, 5)}}


def test_a_share_in_brackets_after_the_whole_a_fraction_names_is_the_rows_of_the_total(
        tmp_path: Path) -> None:
    """"Eastfield draws more than a third of all borrowers (38.5%)": the row the sentence
    names over the total row, in the column the words of the whole name."""
    text = ("Valemouth libraries, 2025\n\n"
            "Table 1. Members by library\n\n"
            "| Library | Opening hours per week | Borrowers |\n"
            "|---|---:|---:|\n"
            "| Eastfield | 52 | 7,700 |\n"
            "| Riverside | 40 | 6,900 |\n"
            "| Hillcrest | 36 | 5,400 |\n"
            "| All libraries |  | 20,000 |\n\n"
            "Eastfield draws more than a third of all borrowers (38.5%).\n")
    assert shares(tmp_path, text) == {"38.5%": ("f-t1-r1-c2", "f-t1-r4-c2")}


SHELTER = """Ashby Night Shelter accounts 2025

Table 1. Where the money went ($)

| Item | 2025 |
|---|---:|
| Beds and bedding | 41,920 |
| Meals | 24,880 |
| Running the office | 13,200 |
| Total expenditure | 80,000 |

{sentence}
"""


def test_a_share_of_spending_is_of_the_total_expenditure_row(tmp_path: Path) -> None:
    """"of spending" names the whole a "Total expenditure" row closes: writers swap the
    nouns of money paid out."""
    found = shares(tmp_path, SHELTER.format(
        sentence="Beds and bedding are the largest item at 52.4% of spending."))
    assert found == {"52.4%": ("f-t1-r1-c1", "f-t1-r4-c1")}


def test_a_share_a_later_clause_states_is_of_the_row_that_clause_names(tmp_path: Path) -> None:
    """"Meals took 31.1% of the total, while running the office took 16.5%.": the second
    share is of the row named after the first share, not of the first clause's row."""
    found = shares(tmp_path, SHELTER.format(
        sentence="Meals took 31.1% of the total, while running the office took 16.5%."))
    assert found == {"31.1%": ("f-t1-r2-c1", "f-t1-r4-c1"),
                     "16.5%": ("f-t1-r3-c1", "f-t1-r4-c1")}


def test_a_row_that_took_only_a_percent_before_a_dash_took_it_of_the_total(
        tmp_path: Path) -> None:
    """"Meals took only 31.1% -- less than planned.": a hedge after the verb and a dash
    after the share leave it the row's share of the total row."""
    found = shares(tmp_path, SHELTER.format(
        sentence="Meals took only 31.1% -- less than the board planned."))
    assert found == {"only 31.1%": ("f-t1-r2-c1", "f-t1-r4-c1")}


def test_a_row_named_only_among_things_listed_aside_takes_no_share_of_its_own(
        tmp_path: Path) -> None:
    """"Running costs — meals, heating and the office — took 47.6% of spending": the share
    is of all the things the dashes list, not of the one row among them."""
    found = shares(tmp_path, SHELTER.format(
        sentence="Running costs — meals, heating and the office — took 47.6% of spending."))
    assert found == {}


def test_a_share_of_the_total_is_never_of_a_subtotal_and_one_naming_the_subtotal_is(
        tmp_path: Path) -> None:
    found = shares(tmp_path, "Village hall: hire budget\n\n"
                             "| Line | Cost |\n|---|---:|\n"
                             "| Caretaking | 4,000 |\n| Cleaning | 2,000 |\n"
                             "| Subtotal, running costs | 6,000 |\n"
                             "| Overheads (20%) | 1,200 |\n| Total | 7,200 |\n\n"
                             "Caretaking takes 55.6% of the total. Overheads are charged at "
                             "20 percent of running costs.\n")
    assert found == {"55.6%": ("f-t1-r1-c1", "f-t1-r5-c1"),
                     "20 percent": ("f-t1-r4-c1", "f-t1-r3-c1")}
