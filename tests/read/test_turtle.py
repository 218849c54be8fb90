"""The figures and relations kg read writes for a table: each cell under the unit its
heads and caption give it, and the arithmetic the table's structure implies."""

from __future__ import annotations

import re

from kg.read.tables import find_tables
from kg.read.turtle import TableWriter


def read(text: str) -> tuple[set, dict]:
    """The relations written for the text's tables, each as (kind, ((role, cell texts), …),
    direction), and each cell's (unit, value) by its text."""
    relations, units = set(), {}
    for t, table in enumerate(find_tables(text), start=1):
        writer = TableWriter("doc")
        writer.write(t, table)

        def cell(figure: str) -> str:
            r, c = map(int, re.fullmatch(r":f-t\d+-r(\d+)-c(\d+)", figure).groups())
            return table.rows[r - 1].cells[c - 1].text

        for rel in writer.relations:
            kind = re.search(r" a cg:(\w+)", rel).group(1)
            roles = tuple((role, tuple(cell(f) for f in figs.split(", "))) for role, figs in
                          re.findall(r"cg:(\w+) ((?::f-t[\d-]+-r\d+-c\d+(?:, )?)+)", rel))
            direction = re.search(r"cg:direction cg:(\w+)", rel)
            relations.add((kind, roles, direction.group(1) if direction else None))
        for out in writer.out:
            if "qudt:unit" in out:
                quote = re.search(r'cg:quote "([^"]*)"', out).group(1)
                units[quote] = (re.search(r"qudt:unit (\S+) ;", out).group(1),
                                re.search(r"qudt:numericValue (\S+) ;", out).group(1))
    return relations, units


DOSES = """Table 3
Doses by district, as of 30 June 2025 (thousands of doses)

  District          Target   Given   Remaining   % given
  Kanda              410.0   287.0       123.0      70.0
  Lubo               265.5   201.8        63.7      76.0
  All districts      675.5   488.8       186.7      72.4
"""


def test_a_gap_column_is_the_base_less_the_other_amount() -> None:
    relations, _ = read(DOSES)
    assert ("DifferenceRelation", (("minuend", ("410.0",)), ("subtrahend", ("287.0",)),
                                   ("difference", ("123.0",))), None) in relations
    assert ("DifferenceRelation", (("minuend", ("675.5",)), ("subtrahend", ("488.8",)),
                                   ("difference", ("186.7",))), None) in relations
    assert sum(r[0] == "DifferenceRelation" for r in relations) == 3


def test_a_percent_column_is_the_share_its_head_names_in_each_row() -> None:
    relations, units = read(DOSES)
    assert ("ShareRelation", (("portion", ("201.8",)), ("whole", ("265.5",)),
                              ("share", ("76.0",))), None) in relations
    assert ("ShareRelation", (("portion", ("488.8",)), ("whole", ("675.5",)),
                              ("share", ("72.4",))), None) in relations
    assert units["76.0"] == ("unit:PERCENT", "76")
    # "as a share of" names the whole itself, wherever the columns stand
    relations, _ = read("| Programme | Spent | Budget | Spent as % of budget |\n"
                        "| Roads | 45 | 60 | 75.0 |\n| Schools | 30 | 40 | 75.0 |\n")
    assert ("ShareRelation", (("portion", ("45",)), ("whole", ("60",)),
                              ("share", ("75.0",))), None) in relations


def test_a_total_row_never_sums_a_percent_column() -> None:
    relations, _ = read(DOSES)
    sums = {r[1][0][1][0] for r in relations if r[0] == "SumRelation"}
    assert sums == {"675.5", "488.8", "186.7"}  # not the 72.4 of the % given column
    # a column of shares of one whole does add up to the whole's 100
    relations, _ = read("| Source | Tonnes | Share of total (%) |\n| Wood | 30 | 60.0 |\n"
                        "| Straw | 20 | 40.0 |\n| Total | 50 | 100.0 |\n")
    assert ("SumRelation", (("total", ("100.0",)), ("part", ("60.0", "40.0"))), None) \
        in relations


HOUSING = """Table 2. Dwellings by district, second quarter 2024 (thousands; rates in percent)
| District | Occupied | Vacant | All dwellings | Vacancy rate 2023 | Vacancy rate 2024 | \
Change (points) |
| Ashby | 412.0 | 18.0 | 430.0 | 4.6 | 4.2 | -0.4 |
| Carrow | 98.1 | 6.9 | 105.0 | 6.0 | 6.6 | 0.6 |
| Region | 510.1 | 24.9 | 535.0 | 4.9 | 4.7 | -0.2 |
"""


def test_a_total_column_adds_up_the_columns_before_it() -> None:
    relations, _ = read(HOUSING)
    assert ("SumRelation", (("total", ("430.0",)), ("part", ("412.0", "18.0"))), None) \
        in relations
    relations, _ = read("| Age group | Men | Women | Persons |\n| 16-24 | 1,200 | 1,050 | 2,250 |\n"
                        "| 25-64 | 1,500 | 1,250 | 2,750 |\n")
    assert ("SumRelation", (("total", ("2,750",)), ("part", ("1,500", "1,250"))), None) \
        in relations


def test_a_rate_column_is_the_share_of_the_column_it_rates_in_the_total() -> None:
    relations, units = read(HOUSING)
    # the rate of the caption's period, of the column its head names, in the total column
    assert ("ShareRelation", (("portion", ("18.0",)), ("whole", ("430.0",)),
                              ("share", ("4.2",))), None) in relations
    assert not any(r[0] == "ShareRelation" and r[1][2][1] == ("4.6",) for r in relations)
    assert units["4.6"] == ("unit:PERCENT", "4.6") and units["412.0"] == ("unit:NUM", "412000")


def test_a_points_column_compares_the_rate_columns_before_it() -> None:
    relations, units = read(HOUSING)
    assert ("PercentagePointChangeRelation", (("initial", ("4.6",)), ("final", ("4.2",)),
                                              ("change", ("-0.4",))), "Decrease") in relations
    assert ("PercentagePointChangeRelation", (("initial", ("6.0",)), ("final", ("6.6",)),
                                              ("change", ("0.6",))), "Increase") in relations
    assert units["-0.4"] == ("cg:PercentagePoint", "0.4")  # the sign is the direction


SUMMARY = """Three-year summary (SEK million unless otherwise indicated)
|  | 2022 | 2023 | 2024 |
| Net sales | 8,400 | 8,820 | 9,261 |
| Net sales growth (%) | – | 5.0 | 5.0 |
| Operating profit | 672 | 617 | 741 |
| Operating margin (%) | 8.0 | 7.0 | 8.0 |
| Average staff | 3,150 | 3,090 | 3,020 |
"""


def test_measures_in_rows_keep_their_own_units_under_a_money_caption() -> None:
    _, units = read(SUMMARY)
    assert units["8,400"] == ("unit:CCY_SEK", "8400000000")
    assert units["7.0"] == ("unit:PERCENT", "7")  # not 7,000,000 kronor
    assert units["3,090"] == ("unit:NUM", "3090")  # people are never money


def test_a_margin_row_is_its_profit_row_as_a_share_of_revenue() -> None:
    relations, _ = read(SUMMARY)
    assert ("ShareRelation", (("portion", ("617",)), ("whole", ("8,820",)),
                              ("share", ("7.0",))), None) in relations
    assert sum(r[0] == "ShareRelation" for r in relations) == 3


def test_a_growth_row_compares_each_year_with_the_year_before() -> None:
    relations, _ = read(SUMMARY)
    assert ("PercentChangeRelation", (("initial", ("8,820",)), ("final", ("9,261",)),
                                      ("change", ("5.0",))), "Increase") in relations
    assert sum(r[0] == "PercentChangeRelation" for r in relations) == 2


def test_a_change_column_down_years_names_its_column_and_its_sign_is_the_direction() -> None:
    relations, units = read("Harbour freight (thousand tonnes)\n\n"
                            "  Year     Bulk    Containers    Container growth (%)\n"
                            "  2021    1,180         902\n"
                            "  2022    1,305         866                   −4.0\n"
                            "  2023    1,290         918                    6.0\n")
    assert ("PercentChangeRelation", (("initial", ("902",)), ("final", ("866",)),
                                      ("change", ("−4.0",))), "Decrease") in relations
    assert ("PercentChangeRelation", (("initial", ("866",)), ("final", ("918",)),
                                      ("change", ("6.0",))), "Increase") in relations
    assert units["−4.0"] == ("unit:PERCENT", "4")


def test_a_change_column_between_period_heads_with_words() -> None:
    relations, _ = read("Spending by service (millions of dollars)\n"
                        "| Service | FY2023 Actual | FY2024 Budget | % Change |\n"
                        "| Transit | 120.0 | 126.0 | 5.0 |\n| Parks | 40.0 | 38.0 | -5.0 |\n")
    assert ("PercentChangeRelation", (("initial", ("40.0",)), ("final", ("38.0",)),
                                      ("change", ("-5.0",))), "Decrease") in relations


def test_a_result_row_is_the_income_above_less_the_cost_between() -> None:
    relations, _ = read("Income statement (CHF thousand)\n"
                        "| Item | 2024 | 2023 |\n| Grants and donations | 5,200 | 4,900 |\n"
                        "| Programme expenditure | 4,650 | 4,500 |\n| Surplus | 550 | 400 |\n"
                        "| Staff costs | 310 | 290 |\n| Net result | 240 | 110 |\n")
    assert ("DifferenceRelation", (("minuend", ("5,200",)), ("subtrahend", ("4,650",)),
                                   ("difference", ("550",))), None) in relations
    assert ("DifferenceRelation", (("minuend", ("550",)), ("subtrahend", ("310",)),
                                   ("difference", ("240",))), None) in relations
    # a cost is never what another cost is taken from
    relations, _ = read("Costs (CHF thousand)\n| Item | 2024 | 2023 |\n"
                        "| Staff costs | 300 | 280 |\n"
                        "| Office costs | 100 | 90 |\n| Operating profit | 120 | 110 |\n")
    assert not any(r[0] == "DifferenceRelation" for r in relations)


def test_staff_costs_are_money_and_staff_are_people() -> None:
    _, units = read("Staff (EUR thousand unless otherwise stated)\n| Item | 2024 | 2023 |\n"
                    "| Staff costs | 1,310 | 1,290 |\n| Staff at year end | 41 | 39 |\n")
    assert units["1,310"] == ("unit:CCY_EUR", "1310000")
    assert units["41"] == ("unit:NUM", "41")


def test_a_closing_balance_is_not_what_one_column_leaves_of_another() -> None:
    relations, _ = read("Cash (GBP thousand)\n"
                        "| Fund | Opening balance | Receipts | Payments | Closing balance |\n"
                        "| General | 120 | 400 | 380 | 140 |\n| Reserve | 60 | 10 | 5 | 65 |\n")
    assert not any(r[0] == "DifferenceRelation" for r in relations)


def test_a_rate_row_is_the_share_of_the_row_it_rates_in_the_labour_force_row() -> None:
    relations, _ = read("Labour market, annual averages (thousands)\n"
                        "|  | 2023 | 2024 |\n| Employed | 950.0 | 962.0 |\n"
                        "| Unemployed | 50.0 | 38.0 |\n| Labour force | 1,000.0 | 1,000.0 |\n"
                        "| Unemployment rate (%) | 5.0 | 3.8 |\n")
    assert ("ShareRelation", (("portion", ("38.0",)), ("whole", ("1,000.0",)),
                              ("share", ("3.8",))), None) in relations


def test_a_total_adds_up_subtotals_and_never_a_row_of_which() -> None:
    relations, _ = read("Spending (NZD million)\n| Item | 2024 |\n| Wages | 40 |\n| Rent | 10 |\n"
                        "| Subtotal | 50 |\n| Equipment | 25 |\n| of which computers | 15 |\n"
                        "| Travel | 5 |\n| Total | 80 |\n| Annual average | 20 |\n")
    sums = {r[1] for r in relations if r[0] == "SumRelation"}
    assert sums == {(("total", ("50",)), ("part", ("40", "10"))),
                    (("total", ("80",)), ("part", ("50", "25", "5")))}
    relations, _ = read("Visitors (thousands)\n| Month | Visitors |\n| January | 10 |\n"
                        "| February | 20 |\n| Annual average | 15 |\n")
    assert relations == set()


def test_a_change_column_in_the_amounts_own_unit_is_a_difference() -> None:
    relations, units = read("Jobs by sector (thousands)\n"
                            "| Sector | 2023 | 2024 | Change | Change (%) |\n"
                            "| Farming | 120.0 | 114.0 | -6.0 | -5.0 |\n"
                            "| Services | 400.0 | 420.0 | 20.0 | 5.0 |\n")
    assert ("DifferenceRelation", (("minuend", ("120.0",)), ("subtrahend", ("114.0",)),
                                   ("difference", ("-6.0",))), None) in relations
    assert ("DifferenceRelation", (("minuend", ("420.0",)), ("subtrahend", ("400.0",)),
                                   ("difference", ("20.0",))), None) in relations
    assert ("PercentChangeRelation", (("initial", ("400.0",)), ("final", ("420.0",)),
                                      ("change", ("5.0",))), "Increase") in relations
    assert units["20.0"] == ("unit:NUM", "20000")
    relations, _ = read("| Fund | 2023 | 2024 | Difference |\n| A | 10 | 12 | 2 |\n"
                        "| B | 8 | 7 | -1 |\n")
    assert sum(r[0] == "DifferenceRelation" for r in relations) == 2
    assert not any(r[0] == "PercentChangeRelation" for r in relations)


def test_a_total_never_adds_up_an_average_or_a_year_end_row() -> None:
    relations, _ = read("| Item | 2024 |\n| Staff | 40 |\n| Volunteers | 12 |\n"
                        "| Year-end staff | 41 |\n| Average hours per week | 26 |\n| Total | 52 |\n")
    assert {r[1] for r in relations if r[0] == "SumRelation"} == {
        (("total", ("52",)), ("part", ("40", "12")))}
    relations, _ = read("| Shop | Q1 | Q2 | Q3 | Q4 | Average | Year |\n"
                        "| North | 10 | 20 | 30 | 40 | 25 | 100 |\n| South | 5 | 5 | 5 | 5 | 5 | 20 |\n")
    assert {r[1] for r in relations if r[0] == "SumRelation"} == {
        (("total", ("100",)), ("part", ("10", "20", "30", "40"))),
        (("total", ("20",)), ("part", ("5", "5", "5", "5")))}  # the average stands aside


def test_each_section_adds_up_to_its_own_total_and_shares_are_of_that_total() -> None:
    from tests.read.test_tables import CLUB

    relations, units = read(CLUB)
    assert ("SumRelation", (("total", ("850",)), ("part", ("412", "288", "150"))), None) \
        in relations
    assert ("SumRelation", (("total", ("775",)), ("part", ("310", "232", "233"))), None) \
        in relations
    assert ("SumRelation", (("total", ("100.0",)), ("part", ("40.0", "29.9", "30.1"))), None) \
        in relations
    assert ("ShareRelation", (("portion", ("232",)), ("whole", ("775",)),
                              ("share", ("29.9",))), None) in relations
    assert units["412"] == ("unit:CCY_EUR", "412000") and units["29.9"] == ("unit:PERCENT", "29.9")


def test_a_row_charged_at_a_rate_is_a_part_of_the_total_above_a_subtotal() -> None:
    """'Overheads (15%)' is an amount the total adds to the subtotal (regression: the '%'
    in its label left it out, and the total was checked as the subtotal alone)."""
    relations, _ = read("Table 3. Project costs (dollars)\n\n"
                        "  Line                     Amount\n"
                        "  Salaries                 40,000\n"
                        "  Equipment                20,000\n"
                        "  Subtotal, direct costs   60,000\n"
                        "  Overheads (15%)           9,000\n"
                        "  Total                    69,000\n")
    sums = {r for r in relations if r[0] == "SumRelation"}
    assert sums == {("SumRelation", (("total", ("60,000",)), ("part", ("40,000", "20,000"))),
                     None),
                    ("SumRelation", (("total", ("69,000",)), ("part", ("60,000", "9,000"))),
                     None)}


def test_a_total_with_a_footnote_is_not_checked_as_a_sum() -> None:
    """'9,500*' over a note ('people reached by several services are counted once') is no
    sum of the rows; the column beside it still is."""
    relations, units = read("| Service | Cost (USD) | People reached |\n"
                        "| Meals | 52,000 | 6,100 |\n| Shelter | 31,000 | 4,800 |\n"
                        "| Total | 83,000 | 9,500* |\n"
                        "* People reached by several services are counted once.\n")
    assert {r[1][0][1] for r in relations if r[0] == "SumRelation"} == {("83,000",)}
    assert units["9,500"] == ("unit:NUM", "9500")  # read, its mark left out of the quote


HIGHLIGHTS = """KEY NUMBERS
                                  FY 2025     FY 2024     Change
Turnover (EUR m)                    640.0       600.0      +6.7%
EBIT (EUR m)                         51.2        42.0     +21.9%
EBIT margin                          8.0%        7.0%    +1.0 pp
"""


def test_a_margin_row_with_its_change_in_points_under_amounts_with_units() -> None:
    """'+1.0 pp' is a change in points of the margin row, not a missing cell; 'EBIT (EUR m)'
    is the EBIT the margin names, its bracketed unit no word of what it counts
    (regression: neither the points change nor the margin's share was read)."""
    relations, units = read(HIGHLIGHTS)
    assert units["+1.0 pp"] == ("cg:PercentagePoint", "1")
    assert ("PercentagePointChangeRelation", (("initial", ("7.0%",)), ("final", ("8.0%",)),
                                              ("change", ("+1.0 pp",))), "Increase") in relations
    assert ("ShareRelation", (("portion", ("51.2",)), ("whole", ("640.0",)),
                              ("share", ("8.0%",))), None) in relations


def test_a_running_balance_is_the_balance_before_plus_what_the_period_adds() -> None:
    """'Balance' down rows that are periods in order is the row before's balance plus the
    row's 'Deposits'; down rows that are places it is no running balance."""
    text = ("Savings plan (euros)\n\n| Month | Deposits | Balance |\n| Month 1 | 200.00 | 200.00 |\n"
            "| Month 2 | 250.00 | 450.00 |\n| Month 3 | 250.00 | 700.00 |\n")
    relations, _ = read(text)
    sums = {r for r in relations if r[0] == "SumRelation"}
    assert sums == {("SumRelation", (("total", ("450.00",)), ("part", ("200.00", "250.00"))), None),
                    ("SumRelation", (("total", ("700.00",)), ("part", ("450.00", "250.00"))), None)}
    relations, _ = read(text.replace("Month 1", "North").replace("Month 2", "South")
                        .replace("Month 3", "West"))
    assert not any(r[0] == "SumRelation" for r in relations)


def test_a_growth_rate_column_compounds_over_the_years_between_its_year_columns() -> None:
    relations, units = read("Table 2. Clinic visits by county (thousands)\n\n"
                            "                   2019     2024   Change   Compound yearly\n"
                            "                                    (%)     rate (%)\n"
                            "Ardmore           210.0    240.0    14.3       2.7\n"
                            "Bellow            150.0    165.0    10.0       1.9\n"
                            "All counties      360.0    405.0    12.5       2.4\n")
    growth = [r for r in relations if r[0] == "CompoundGrowthRelation"]
    assert (("initial", ("210.0",)), ("final", ("240.0",)), ("growthRate", ("2.7",))) in \
        [r[1] for r in growth] and len(growth) == 3
    assert ("PercentChangeRelation", (("initial", ("150.0",)), ("final", ("165.0",)),
                                      ("change", ("10.0",))), "Increase") in relations
    assert units["2.7"][0] == "unit:PERCENT" and units["240.0"] == ("unit:NUM", "240000")
    writer = TableWriter("doc")
    writer.write(1, find_tables("| Site | 2020 | 2023 | Average annual growth (%) |\n"
                                "| A | 100 | 133.1 | 10.0 |\n| B | 50 | 50 | 0.0 |\n")[0])
    assert "cg:periods 3" in "".join(writer.relations)


def test_a_caption_of_means_or_prices_sums_no_rows_but_its_counts() -> None:
    """The 'All' row of a table of means is the whole's mean, and of prices the whole's
    price: no sum of the rows; a column that counts (households, 'N') still adds up."""
    relations, _ = read("Table 1. Mean weekly spend on food by household type\n"
                        "| Type | Households | 2023 (£) | 2024 (£) |\n"
                        "| Single | 1,200 | 48.10 | 51.30 |\n| Family | 800 | 96.40 | 99.80 |\n"
                        "| All | 2,000 | 67.40 | 70.70 |\n")
    sums = [r for r in relations if r[0] == "SumRelation"]
    assert sums == [("SumRelation", (("total", ("2,000",)), ("part", ("1,200", "800"))), None)]
    relations, _ = read("Typical asking price by area (€)\n| Area | 2024 | 2025 |\n"
                        "| Old town | 310,000 | 322,000 |\n| Harbour | 270,000 | 281,000 |\n"
                        "| Whole city | 288,000 | 299,500 |\n")
    assert not any(r[0] == "SumRelation" for r in relations)
    # amounts valued at current prices still add up
    relations, _ = read("Output by sector at current prices (€ million)\n"
                        "| Sector | 2024 | 2025 |\n| Farming | 120 | 125 |\n"
                        "| Industry | 480 | 500 |\n| Total | 600 | 625 |\n")
    assert sum(r[0] == "SumRelation" for r in relations) == 2


def test_a_total_row_that_adds_up_in_no_column_is_no_sum() -> None:
    """A caption that does not say its amounts are averages: the rows add up in none of the
    columns, so the last row is read as no sum; one slip in one column stays a sum."""
    relations, _ = read("Table 4. Household budgets by type\n"
                        "| Type | Members | Income | Rent |\n| Single | 1.0 | 24,100 | 610 |\n"
                        "| Couple | 2.0 | 41,800 | 790 |\n| All | 1.6 | 33,500 | 720 |\n")
    assert not any(r[0] == "SumRelation" for r in relations)
    relations, _ = read("Table 4. Spending by team\n| Team | 2023 | 2024 |\n"
                        "| Red | 100 | 120 |\n| Blue | 50 | 60 |\n| All | 150 | 190 |\n")
    assert sum(r[0] == "SumRelation" for r in relations) == 2


def test_a_change_column_that_says_no_unit_is_settled_by_most_of_its_rows() -> None:
    """'Change' over '+4.5' in a table of tonnes a hectare says neither percent nor tonnes:
    where most rows' cells are the later amount less the earlier, they are differences;
    where neither reading holds for most rows, the column is read as nothing."""
    relations, units = read("Table 1. Mean yield by variety (t/ha)\n"
                            "| Variety | 2020 | 2024 | Change |\n| Early | 6.2 | 7.0 | +0.8 |\n"
                            "| Late | 5.9 | 5.6 | -0.3 |\n| Hardy | 4.1 | 4.9 | +0.8 |\n")
    assert ("DifferenceRelation", (("minuend", ("5.9",)), ("subtrahend", ("5.6",)),
                                   ("difference", ("-0.3",))), None) in relations
    assert not any(r[0] == "PercentChangeRelation" for r in relations)
    assert units["+0.8"][0] != "unit:PERCENT"
    relations, _ = read("| Variety | 2020 | 2024 | Change |\n| Early | 6.2 | 7.0 | 3.0 |\n"
                        "| Late | 5.9 | 5.6 | 2.0 |\n| Hardy | 4.1 | 4.9 | 1.0 |\n")
    assert not relations


def test_a_row_that_adds_up_the_rows_above_it_is_a_subtotal_though_no_word_says_so() -> None:
    """'Hot drinks' adds up tea and coffee in both years: it is their subtotal and the total
    adds it up with the rows below; a slip in one cell (2024's coffee) breaks that one sum
    only, and the reading stays."""
    relations, _ = read("Sales by product (cases)\n| Product | 2023 | 2024 |\n"
                        "| Tea | 400 | 420 |\n| Coffee | 600 | 650 |\n| Cocoa | 100 | 90 |\n"
                        "| Hot drinks | 1,100 | 1,140 |\n| Juice | 900 | 960 |\n"
                        "| All products | 2,000 | 2,100 |\n")
    sums = {r[1] for r in relations if r[0] == "SumRelation"}
    assert sums == {(("total", ("1,100",)), ("part", ("400", "600", "100"))),
                    (("total", ("1,140",)), ("part", ("420", "650", "90"))),
                    (("total", ("2,000",)), ("part", ("1,100", "900"))),
                    (("total", ("2,100",)), ("part", ("1,140", "960")))}


def test_an_unlabelled_last_row_filled_in_every_column_is_the_total() -> None:
    relations, _ = read("Output by site (MWh)\n| Site | H1 | H2 | Year |\n"
                        "| Mill | 10 | 12 | 22 |\n| Weir | 5 | 6 | 11 |\n| Roof | 3 | 2 | 5 |\n"
                        "|  | 18 | 20 | 38 |\n")
    assert ("SumRelation", (("total", ("18",)), ("part", ("10", "5", "3"))), None) in relations


def test_a_key_below_the_table_makes_its_total_rate_and_points_columns() -> None:
    relations, units = read("Table 2. Hospital beds at year end\n"
                            "| Year | Occ | Free | Tot | Rate | Chg |\n"
                            "| 2022 | 812.0 | 188.0 | 1,000.0 | 81.2 | .. |\n"
                            "| 2023 | 830.0 | 170.0 | 1,000.0 | 83.0 | 1.8 |\n"
                            "Occ = occupied, Free = unoccupied, Tot = total beds, all in "
                            "thousands. Rate = occupancy rate (per cent of total beds). Chg = "
                            "change in the rate on the year before (percentage points).\n")
    assert ("SumRelation", (("total", ("1,000.0",)), ("part", ("830.0", "170.0"))), None) \
        in relations
    assert ("ShareRelation", (("portion", ("812.0",)), ("whole", ("1,000.0",)),
                              ("share", ("81.2",))), None) in relations
    assert ("PercentagePointChangeRelation", (("initial", ("81.2",)), ("final", ("83.0",)),
                                              ("change", ("1.8",))), "Increase") in relations
    assert units["812.0"] == ("unit:NUM", "812000")


def test_a_heads_brackets_naming_a_unit_of_time_and_a_difference_of_rates_in_points() -> None:
    _, units = read("| Group | Wait (minutes) | Stay (days) |\n| Adults | 42.5 | 3.1 |\n"
                    "| Children | 30.0 | 2.4 |\n")
    assert units["42.5"][0] == "unit:MIN" and units["2.4"][0] == "unit:DAY"
    _, units = read("| Measure | Pilot | Others | Difference |\n| Pupils | 900 | 850 | 50 |\n"
                    "| Pass rate (%) | 71.5 | 68.0 | 3.5 |\n")
    assert units["3.5"][0] == "cg:PercentagePoint" and units["50"][0] == "unit:NUM"


def test_a_year_column_after_its_four_quarters_adds_them_up() -> None:
    relations, _ = read("Orders by channel (€ million)\n"
                        "| Channel | Q1 2025 | Q2 2025 | Q3 2025 | Q4 2025 | FY 2025 |\n"
                        "| Online | 10.0 | 11.0 | 12.0 | 13.0 | 46.0 |\n"
                        "| Shops | 20.0 | 19.0 | 18.0 | 21.0 | 78.0 |\n")
    assert ("SumRelation", (("total", ("46.0",)), ("part", ("10.0", "11.0", "12.0", "13.0"))),
            None) in relations
    relations, _ = read("| Channel | Q1 2025 | Q2 2025 | Q3 2025 | Q4 2024 | 2025 |\n"
                        "| Online | 10.0 | 11.0 | 12.0 | 13.0 | 46.0 |\n"
                        "| Shops | 20.0 | 19.0 | 18.0 | 21.0 | 78.0 |\n")
    assert not any(r[0] == "SumRelation" for r in relations)


def test_a_percent_head_of_fewer_words_names_the_amount_it_rates() -> None:
    """'Used (%)' beside 'Used to date' and a budget: the share used of the budget."""
    relations, _ = read("Table 1. Grant use by project (US$ thousand)\n"
                        "| Project | Budget | Used to date | Used (%) |\n"
                        "| Wells | 400 | 300 | 75 |\n| Clinics | 250 | 100 | 40 |\n")
    assert ("ShareRelation", (("portion", ("300",)), ("whole", ("400",)), ("share", ("75",))),
            None) in relations


def test_a_change_column_compares_a_before_and_an_after_column() -> None:
    relations, _ = read("Table 2. Water use per home (litres a day)\n"
                        "| Home type | Homes | Before | After | Change (%) |\n"
                        "| House | 120 | 400.0 | 340.0 | -15.0 |\n"
                        "| Flat | 80 | 250.0 | 225.0 | -10.0 |\n")
    assert ("PercentChangeRelation", (("initial", ("400.0",)), ("final", ("340.0",)),
                                      ("change", ("-15.0",))), "Decrease") in relations


FERRIES = """Passengers carried by route, 2024 (thousands)

Route            Passengers
North pier            412.6
South pier            198.3
"""


def written(text: str) -> str:
    writer = TableWriter("doc", text)
    for t, table in enumerate(find_tables(text), start=1):
        writer.write(t, table)
    return "\n".join(writer.out)


def test_the_caption_that_scales_the_cells_is_an_anchored_claim_each_cell_names() -> None:
    out = written(FERRIES)
    assert ':c-t1-caption a cg:Claim ; cg:readBy :reading ;\n    cg:quote "Passengers ' \
           'carried by route, 2024 (thousands)" ;' in out
    cells = re.findall(r":f-t1-r\d+-c1 a cg:Figure.*?\n\n", out + "\n\n", re.S)
    assert len(cells) == 2 and all("cg:scale 3 ;\n    cg:scaleStatedIn :c-t1-caption ;" in c
                                   for c in cells)


def test_a_caption_the_text_states_twice_is_no_claim_of_its_own() -> None:
    """Its quote would not say which of the two is meant; the editorial note still does."""
    out = written(FERRIES + "\nThe operator's note repeats the heading: Passengers carried by "
                            "route, 2024 (thousands).\n")
    assert "c-t1-caption" not in out and "cg:scale 3 ;" in out


def test_a_total_row_never_sums_a_column_of_means_its_head_names() -> None:
    """A total row under a column headed as means ("Mean wait (days)", "Cost per visit")
    is the whole's mean, not the rows' sum, though the caption says nothing of means."""
    relations, _ = read("Clinics, 2025\n| Clinic | Visits | Mean wait (days) | Cost per visit (£) |\n"
                        "| North | 1,200 | 12.5 | 41 |\n| South | 800 | 9.0 | 38 |\n"
                        "| East | 600 | 14.0 | 45 |\n| All clinics | 2,600 | 11.8 | 41 |\n")
    sums = {r[1][0][1][0] for r in relations if r[0] == "SumRelation"}
    assert sums == {"2,600"}  # the visits add up; the waits and costs do not


def test_a_round_total_in_a_column_counted_to_the_unit_is_exact() -> None:
    """"12,000" under "7,310", "3,845", "665" is exact to the unit, as its column is (read
    as rounded to the thousand, a sum 180 short passed); a column of round numbers keeps
    them round."""
    table = find_tables("Members by grade, 2025\n| Grade | Members | Branches |\n"
                        "| Full | 7,310 | 40 |\n| Associate | 3,845 | 30 |\n| Student | 665 | 20 |\n"
                        "| All grades | 12,000 | 90 |\n")[0]
    writer = TableWriter("doc")
    writer.write(1, table)
    decimals = {re.search(r'cg:quote "([^"]*)"', out).group(1): re.search(
        r"cg:decimals (-?\d+)", out) for out in writer.out if "qudt:unit" in out}
    assert decimals["12,000"] is not None and decimals["12,000"].group(1) == "0"
    assert decimals["90"] is None and decimals["40"] is None


def test_a_rate_column_is_its_count_column_as_a_share_of_the_base_it_is_counted_among() -> None:
    """"Returned on time (%)" is its "(loans)" column as a share of "Loans in sample": a
    sample, a cohort, the respondents are the whole a rate is counted among."""
    relations, _ = read("Loans audit, 2025\n| Branch | Loans in sample | Returned on time (loans) | "
                        "Returned on time (%) |\n| Eastgate | 400 | 352 | 88.0 |\n"
                        "| Millbrook | 250 | 205 | 82.0 |\n| Old Town | 150 | 117 | 78.0 |\n")
    assert ("ShareRelation", (("portion", ("352",)), ("whole", ("400",)),
                              ("share", ("88.0",))), None) in relations


def test_a_rate_between_two_base_columns_is_of_the_stage_before_its_count() -> None:
    """"Approval rate" counts "Approved" among the "Eligible" column before it, not the
    later base column: a funnel's rate is drawn from the stage before."""
    relations, _ = read("| Scheme | Eligible | Approved | Approval rate | Approved budget |\n"
                        "| Roofs | 1,200 | 300 | 25.0% | 410 |\n"
                        "| Boilers | 900 | 450 | 50.0% | 380 |\n")
    shares = {r for r in relations if r[0] == "ShareRelation"}
    assert shares == {
        ("ShareRelation", (("portion", ("300",)), ("whole", ("1,200",)), ("share", ("25.0%",))),
         None),
        ("ShareRelation", (("portion", ("450",)), ("whole", ("900",)), ("share", ("50.0%",))),
         None)}


def test_an_of_which_column_is_a_share_of_the_column_it_follows() -> None:
    relations, _ = read("| Region | Staff | of whom part-time | Part-time share (%) |\n"
                        "| Coast | 640 | 160 | 25.0 |\n| Uplands | 410 | 82 | 20.0 |\n")
    assert ("ShareRelation", (("portion", ("160",)), ("whole", ("640",)), ("share", ("25.0",))),
            None) in relations
    assert ("ShareRelation", (("portion", ("82",)), ("whole", ("410",)), ("share", ("20.0",))),
            None) in relations


def test_a_percent_of_a_qualified_column_is_the_plain_column_over_it() -> None:
    """"% of average" beside "Sunshine" and "Average sunshine": the column the qualifier
    adds to is the whole, the plain one its portion; "Average frost days" has no plain twin."""
    relations, _ = read("| Month | Sunshine (hours) | Average sunshine (hours) | "
                        "Average frost days | % of average |\n"
                        "| June | 180 | 200 | 0 | 90 |\n| July | 231 | 210 | 0 | 110 |\n")
    assert {r for r in relations if r[0] == "ShareRelation"} == {
        ("ShareRelation", (("portion", ("180",)), ("whole", ("200",)), ("share", ("90",))), None),
        ("ShareRelation", (("portion", ("231",)), ("whole", ("210",)), ("share", ("110",))),
         None)}


def test_a_rate_column_among_two_bases_is_of_the_one_before_its_count() -> None:
    """"Passing rate" beside "Pupils tested", "Pupils passing" and "Pupils enrolled": the
    pupils tested stand before the passes a rate counts of them; those enrolled after are a
    later part, no whole."""
    relations, _ = read("Exams, 2025\n| School | Pupils tested | Pupils passing | "
                        "Passing rate (%) | Pupils enrolled |\n| North | 500 | 410 | 82.0 | 300 |\n"
                        "| South | 300 | 240 | 80.0 | 180 |\n")
    shares = {r for r in relations if r[0] == "ShareRelation"}
    assert shares == {
        ("ShareRelation", (("portion", ("410",)), ("whole", ("500",)), ("share", ("82.0",))),
         None),
        ("ShareRelation", (("portion", ("240",)), ("whole", ("300",)), ("share", ("80.0",))),
         None)}


def test_a_relation_s_label_quoting_the_document_is_one_turtle_string() -> None:
    """A row named '"Gold" tier' or a quote with a backslash ends no string early: the
    label kg read writes beside a sentence's relation is escaped (it was pasted in raw)."""
    from rdflib import Graph, Literal
    from rdflib.namespace import RDFS

    from kg.read.turtle import relation
    label = '"Gold" tier + Silver\\Bronze make 1,000'
    body = relation("SumRelation", ":c-1", label, "cg:total :f-1 ; cg:part :f-2, :f-3")
    graph = Graph().parse(data="@prefix : <http://example.org/> .\n"
                               "@prefix cg: <https://w3id.org/claimgraph/ns#> .\n"
                               "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                               ":r-1 " + body, format="turtle")
    assert list(graph.objects(None, RDFS.label)) == [Literal(label)]


def test_a_rate_column_beside_entrants_is_the_share_of_the_entrants() -> None:
    relations, _ = read("Exam results by subject:\n\n"
                        "  Subject      Entrants   Passed   Passed (%)\n"
                        "  Art               50       40         80.0\n"
                        "  Music             20       15         75.0\n")
    assert {r for r in relations if r[0] == "ShareRelation"} == {
        ("ShareRelation", (("portion", ("40",)), ("whole", ("50",)), ("share", ("80.0",))),
         None),
        ("ShareRelation", (("portion", ("15",)), ("whole", ("20",)), ("share", ("75.0",))),
         None)}


def test_a_price_column_is_the_average_of_the_amount_taken_over_the_count() -> None:
    relations, _ = read("| Ticket | Price | Sold | Revenue |\n"
                        "| Adult | £12 | 300 | £3,600 |\n"
                        "| Child | £6 | 150 | £900 |\n"
                        "| Total |  | 450 | £4,500 |\n")
    assert {r for r in relations if r[0] == "AverageRelation"} == {
        ("AverageRelation", (("aggregate", ("£3,600",)), ("count", ("300",)),
                             ("average", ("£12",))), None),
        ("AverageRelation", (("aggregate", ("£900",)), ("count", ("150",)),
                             ("average", ("£6",))), None)}


def test_a_load_factor_row_is_the_traffic_row_as_a_share_of_the_capacity_row() -> None:
    relations, _ = read("Traffic, May\n\n"
                        "| Measure | 2025 | 2024 |\n"
                        "| Seat km offered, ASK (million) | 2,400 | 2,300 |\n"
                        "| Passenger km flown, RPK (million) | 1,980 | 1,842 |\n"
                        "| Load factor (%) | 82.5 | 80.1 |\n")
    assert {r for r in relations if r[0] == "ShareRelation"} == {
        ("ShareRelation", (("portion", ("1,980",)), ("whole", ("2,400",)),
                           ("share", ("82.5",))), None),
        ("ShareRelation", (("portion", ("1,842",)), ("whole", ("2,300",)),
                           ("share", ("80.1",))), None)}


SEATS = """Plan prices, in euros per seat

| Plan | Monthly plan, per month | Yearly plan, per month | A year, paying monthly \
| A year, paying yearly | You save a year | Saving |
|---|---:|---:|---:|---:|---:|---:|
| Solo | €15 | €12 | €180 | €144 | €36 | 20.0% |
| Crew | €40 | €34 | €480 | €408 | €72 | 15.0% |
"""


def test_a_saving_column_is_the_first_price_less_the_second_its_head_names() -> None:
    relations, _ = read(SEATS)
    # "You save a year" is between the two prices a year, not those a month
    assert {r for r in relations if r[0] == "DifferenceRelation"} == {
        ("DifferenceRelation", (("minuend", ("€180",)), ("subtrahend", ("€144",)),
                                ("difference", ("€36",))), None),
        ("DifferenceRelation", (("minuend", ("€480",)), ("subtrahend", ("€408",)),
                                ("difference", ("€72",))), None)}
    # with only two prices before it, the saving is the first less the second
    relations, _ = read("| Tier | 12 × monthly | Yearly price | You save |\n|---|---:|---:|---:|\n"
                        "| Basic | $96 | $80 | $16 |\n| Plus | $240 | $200 | $40 |\n")
    assert {r for r in relations if r[0] == "DifferenceRelation"} == {
        ("DifferenceRelation", (("minuend", ("$96",)), ("subtrahend", ("$80",)),
                                ("difference", ("$16",))), None),
        ("DifferenceRelation", (("minuend", ("$240",)), ("subtrahend", ("$200",)),
                                ("difference", ("$40",))), None)}
    # a price a month and a price a year: the saving is against twelve months, no difference
    relations, _ = read("| Tier | Monthly, per month | Yearly, per year | Yearly saving |\n"
                        "|---|---:|---:|---:|\n| Basic | 9 | 90 | 18 |\n| Plus | 20 | 200 | 40 |\n")
    assert not [r for r in relations if r[0] == "DifferenceRelation"]


LAKES = """Water temperatures in °C; normals are for 1991–2020.

| Lake | Normal water temp. | Summer water temp. | Anomaly |
|---|---:|---:|---:|
| Orta | 21.4 | 22.5 | +1.1 |
| Iseo | 20.9 | 21.6 | +0.7 |
"""


def test_an_anomaly_column_is_the_amount_less_its_normal_in_their_unit() -> None:
    relations, units = read(LAKES)
    # the normal is taken away, whichever column it stands in
    assert {r for r in relations if r[0] == "DifferenceRelation"} == {
        ("DifferenceRelation", (("minuend", ("22.5",)), ("subtrahend", ("21.4",)),
                                ("difference", ("+1.1",))), None),
        ("DifferenceRelation", (("minuend", ("21.6",)), ("subtrahend", ("20.9",)),
                                ("difference", ("+0.7",))), None)}
    assert units["+1.1"][0] == units["22.5"][0] == "unit:DEG_C"
    # no normal named: which is taken away the words do not say
    relations, _ = read(LAKES.replace("Normal water", "Spring water"))
    assert not [r for r in relations if r[0] == "DifferenceRelation"]


def test_a_rate_of_a_column_past_a_threshold_is_of_the_group_column_before_it() -> None:
    """"Cases | Within 10 days | % within 10 days": the head opening with a threshold
    names those of the column before it who meet it, so that column is the whole."""
    relations, _ = read("| Office | Claims | Within 10 days | % within 10 days |\n"
                        "| Harbour | 2,000 | 1,500 | 75.0 |\n"
                        "| Market | 800 | 480 | 60.0 |\n")
    shares = {r for r in relations if r[0] == "ShareRelation"}
    assert shares == {
        ("ShareRelation", (("portion", ("1,500",)), ("whole", ("2,000",)), ("share", ("75.0",))),
         None),
        ("ShareRelation", (("portion", ("480",)), ("whole", ("800",)), ("share", ("60.0",))),
         None)}


def test_a_rate_named_for_what_sets_its_count_apart_is_that_count_over_the_scheduled() -> None:
    """"Flights planned | Flights delayed | Delay rate": both counts count flights, so the
    rate's "delay" names the delayed column, and the planned (scheduled) ones are the
    whole it is counted among."""
    relations, _ = read("| Airport | Flights scheduled | Flights delayed | Delay rate |\n"
                        "| Northfield | 2,000 | 300 | 15.0% |\n"
                        "| Southmoor | 1,500 | 150 | 10.0% |\n")
    assert {r for r in relations if r[0] == "ShareRelation"} == {
        ("ShareRelation", (("portion", ("300",)), ("whole", ("2,000",)), ("share", ("15.0%",))),
         None),
        ("ShareRelation", (("portion", ("150",)), ("whole", ("1,500",)), ("share", ("10.0%",))),
         None)}


def test_a_column_signing_its_first_and_total_cells_is_in_that_currency_throughout() -> None:
    """A results table writes "$" on its first row and its total only, the US way: the
    bare cells between are dollars too, so the rows add up to the total."""
    relations, units = read("Revenue by region\n"
                            "| (in thousands) | 2025 | 2024 |\n"
                            "| East | $4,210 | $3,905 |\n"
                            "| West | 2,640 | 2,480 |\n"
                            "| North | 1,150 | 1,015 |\n"
                            "| Total revenue | $8,000 | $7,400 |\n")
    assert units["2,640"] == ("unit:CCY_USD", "2640000")
    assert units["1,015"] == ("unit:CCY_USD", "1015000")
    assert ("SumRelation", (("total", ("$8,000",)), ("part", ("$4,210", "2,640", "1,150"))),
            None) in relations


SET_IN = """Income by source (NZ$ million)

                          2025      2024
Fees                     310.0     290.0
  Tuition                205.5     190.0
  Boarding                62.0      60.5
  Transport               42.5      39.5
Grants                    88.0      85.0
Total income             398.0     375.0
"""


def test_rows_set_in_under_a_row_add_up_to_it_and_count_once_in_the_total() -> None:
    relations, _ = read(SET_IN)
    assert {r for r in relations if r[0] == "SumRelation"} == {
        ("SumRelation", (("total", ("310.0",)), ("part", ("205.5", "62.0", "42.5"))), None),
        ("SumRelation", (("total", ("290.0",)), ("part", ("190.0", "60.5", "39.5"))), None),
        ("SumRelation", (("total", ("398.0",)), ("part", ("310.0", "88.0"))), None),
        ("SumRelation", (("total", ("375.0",)), ("part", ("290.0", "85.0"))), None)}
    # a rate set in among them says they are no breakdown of the row
    relations, _ = read(SET_IN.replace("  Transport               42.5      39.5",
                                       "  Average fee (NZ$)        7.9       7.6"))
    assert not any(r[0] == "SumRelation" and r[1][0][1] == ("310.0",) for r in relations)


def test_rows_set_in_under_a_counted_row_are_counted_in_its_thousands() -> None:
    relations, units = read("Customers                        2025       2024\n"
                            "Broadband lines (thousands)      1,640      1,580\n"
                            "   of which fibre                1,210      1,050\n"
                            "   of which copper                 430        530\n"
                            "Monthly churn                    1.2%       1.4%\n")
    assert units["1,210"] == ("unit:NUM", "1210000")
    assert ("SumRelation", (("total", ("1,640",)), ("part", ("1,210", "430"))), None) \
        in relations


def test_a_both_column_after_two_columns_adds_them_up() -> None:
    relations, _ = read("| Route | North pier | South pier | Both piers |\n"
                        "| Ferries | 1,250 | 830 | 2,080 |\n| Water taxis | 410 | 290 | 700 |\n")
    assert {r for r in relations if r[0] == "SumRelation"} == {
        ("SumRelation", (("total", ("2,080",)), ("part", ("1,250", "830"))), None),
        ("SumRelation", (("total", ("700",)), ("part", ("410", "290"))), None)}
    # after three columns "both" names some two of them: no sum of the three
    relations, _ = read("| Route | North pier | East pier | South pier | Both busy piers |\n"
                        "| Ferries | 1,250 | 300 | 830 | 2,080 |\n"
                        "| Water taxis | 410 | 120 | 290 | 700 |\n")
    assert not any(r[0] == "SumRelation" for r in relations)


def test_a_margin_is_of_the_revenue_its_kinds_of_revenue_are_set_in_under() -> None:
    relations, _ = read("Results (A$ million)            2025      2024\n"
                        "Revenue                        520.0     480.0\n"
                        "  Product revenue              400.0     372.0\n"
                        "  Licence revenue              120.0     108.0\n"
                        "Operating profit                78.0      60.0\n"
                        "Operating margin                15.0%     12.5%\n")
    assert {r for r in relations if r[0] == "ShareRelation"} == {
        ("ShareRelation", (("portion", ("78.0",)), ("whole", ("520.0",)), ("share", ("15.0%",))),
         None),
        ("ShareRelation", (("portion", ("60.0",)), ("whole", ("480.0",)), ("share", ("12.5%",))),
         None)}


def test_an_amount_before_tax_adds_up_the_lines_above_and_the_total_adds_the_tax() -> None:
    relations, _ = read("Breakdown of the annual water bill (NZ$)\n"
                        "| Charge | 2025 | 2024 |\n"
                        "| Supply | 410.00 | 395.00 |\n"
                        "| Wastewater | 520.00 | 498.00 |\n"
                        "| Meter rental | 30.00 | 30.00 |\n"
                        "| Bill excluding GST | 960.00 | 923.00 |\n"
                        "| GST at 15% | 144.00 | 138.45 |\n"
                        "| Total bill | 1,104.00 | 1,061.45 |\n")
    assert {r for r in relations if r[0] == "SumRelation"} == {
        ("SumRelation", (("total", ("960.00",)), ("part", ("410.00", "520.00", "30.00"))), None),
        ("SumRelation", (("total", ("923.00",)), ("part", ("395.00", "498.00", "30.00"))), None),
        ("SumRelation", (("total", ("1,104.00",)), ("part", ("960.00", "144.00"))), None),
        ("SumRelation", (("total", ("1,061.45",)), ("part", ("923.00", "138.45"))), None)}


def test_the_components_of_a_price_per_unit_add_up_to_it() -> None:
    relations, _ = read("Components of the average gas price (pence per kWh)\n"
                        "| Component | 2025 | 2024 |\n"
                        "| Wholesale cost | 3.10 | 3.60 |\n"
                        "| Network costs | 1.25 | 1.10 |\n"
                        "| Supplier operating costs | 0.40 | 0.35 |\n"
                        "| Total price | 4.75 | 5.05 |\n")
    assert {r for r in relations if r[0] == "SumRelation"} == {
        ("SumRelation", (("total", ("4.75",)), ("part", ("3.10", "1.25", "0.40"))), None),
        ("SumRelation", (("total", ("5.05",)), ("part", ("3.60", "1.10", "0.35"))), None)}
