"""Tables: found in running text, cells under their caption's scale and unit."""

from __future__ import annotations

import re

import pytest

from decimal import Decimal

from kg.read.tables import column_period, find_tables, number

TEXT = """Sales rose in every region.

Table 1
Retail sales by region, third quarter
(millions of dollars, not seasonally adjusted)

  Region        Q3 2023     Q3 2024    % change
  ------------------------------------------------
  Coastal         4,020       4,215        4.9
  Northern          540         561       -3.9
  ------------------------------------------------
  Total           4,560       4,776        4.7

Note to readers: about 9,800 locations.
"""


def test_a_space_aligned_table_with_its_caption_scale_and_unit() -> None:
    [t] = find_tables(TEXT)
    assert t.caption.startswith("Table 1 Retail sales by region")
    assert (t.scale, t.unit) == (6, "USD")
    assert [(c.header, c.kind) for c in t.columns] == [
        ("Q3 2023", "value"), ("Q3 2024", "value"), ("% change", "change")]
    assert [r.label for r in t.rows] == ["Coastal", "Northern", "Total"]
    assert [r.total for r in t.rows] == [False, False, True]
    cell = t.rows[1].cells[2]
    assert (cell.text, cell.value) == ("-3.9", Decimal("-3.9"))
    assert TEXT[cell.start:cell.end] == "-3.9"
    assert TEXT[t.caption_start:].startswith("Table 1")


def test_prose_with_numbers_is_not_a_table() -> None:
    assert find_tables("Sales were 4,020 in 2023.\nThey were 4,215 in 2024, up 4.9.\n") == []


def test_years_as_column_heads_are_a_header_not_a_row() -> None:
    [t] = find_tables("Revenue (NOK million)\n\n        2023    2022\nFerries  5,228   4,795\n"
                      "Services 3,114   2,701\n")
    assert [c.header for c in t.columns] == ["2023", "2022"]
    assert [r.label for r in t.rows] == ["Ferries", "Services"]


def test_cells_and_periods() -> None:
    assert number("(1.2)") == (Decimal("-1.2"), False)
    assert number("−0.4%") == (Decimal("-0.4"), True)
    assert number("n/a") is None
    assert [column_period(h) for h in ("Q3 2024", "2023/24", "H1 2024", "Change")] == [
        "2024-Q3", "2023/24", "2024-H1", None]


def test_a_head_says_percent_a_gap_or_a_total() -> None:
    [t] = find_tables("Doses by district (thousands of doses)\n\n"
                      "  District     Target   Given   Remaining   % given   Exchange rate\n"
                      "  Kanda         410.0   287.0       123.0      70.0            1.1\n"
                      "  Lubo          265.5   201.8        63.7      76.0            1.1\n")
    assert [c.kind for c in t.columns] == ["value", "value", "gap", "percent", "value"]
    [t] = find_tables("| Age group | Men | Women | Persons | Jobless rate |\n"
                      "| 16-24 | 1,200 | 1,050 | 2,250 | 9.1 |\n"
                      "| 25-64 | 1,500 | 1,250 | 2,750 | 4.0 |\n")
    assert [c.total for c in t.columns] == [False, False, True, False]
    assert [c.kind for c in t.columns] == ["value", "value", "value", "percent"]


def test_measures_in_rows_say_their_own_units() -> None:
    [t] = find_tables("Three-year summary (SEK million unless otherwise indicated)\n"
                      "|  | 2022 | 2023 | 2024 |\n| Net sales | 8,400 | 8,820 | 9,261 |\n"
                      "| Net sales growth (%) | – | 5.0 | 5.0 |\n"
                      "| Operating margin (%) | 8.0 | 7.0 | 8.0 |\n"
                      "| Average staff | 3,150 | 3,090 | 3,020 |\n"
                      "| Shares out (millions) | 41.2 | 41.0 | 40.8 |\n")
    assert [(r.kind, r.count) for r in t.rows] == [
        ("value", False), ("change", False), ("percent", False), ("value", True), ("value", True)]
    assert (t.rows[4].scale, t.rows[4].unit) == (6, None)  # its own brackets give its scale
    assert t.rows[1].cells[0] is None  # a dash is an empty cell


def test_years_down_the_first_column_are_the_rows_labels() -> None:
    [t] = find_tables("Harbour freight (thousand tonnes)\n\n  Year     Bulk    Containers\n"
                      "  2021    1,180         902\n  2022    1,305         866\n")
    assert [r.label for r in t.rows] == ["2021", "2022"]
    assert [c.text for c in t.rows[0].cells] == ["1,180", "902"]


def test_a_caption_past_a_blank_line_still_gives_the_units() -> None:
    [t] = find_tables("Statement of income (unaudited)\n(in thousands of euros)\n\n"
                      "                         Six months to June\n"
                      "                          2025      2024   % change\n"
                      "  Fees                   8,120     7,400        9.7\n"
                      "  Staff costs            5,010     4,880        2.7\n")
    assert (t.scale, t.unit) == (3, "EUR")
    assert t.caption.startswith("Statement of income")


def test_a_caption_that_says_percent_makes_its_cells_percentages() -> None:
    [t] = find_tables("Table 5. Households online, by province\n\n"
                      "Percent of households; change in percentage points.\n\n"
                      "| Province | 2015 | 2025 | Change (pp) | Households surveyed |\n"
                      "| Oster | 41.0 | 77.5 | 36.5 | 1,210 |\n"
                      "| Vale | 38.2 | 70.1 | 31.9 | 980 |\n")
    assert t.unit == "PERCENT"
    assert t.columns[3].count


def test_periods_in_heads_with_words_and_in_captions() -> None:
    from kg.read.tables import caption_period

    assert [column_period(h) for h in ("FY2024 Adopted", "Budget 2025", "Rate Q1 2024",
                                        "2023 vs 2022")] == ["2024", "2025", "2024-Q1", None]
    assert caption_period("Table 4. Jobs by sector, third quarter of 2023 (thousands)") == \
        "2023-Q3"
    assert caption_period("Arrivals, first half 2025") == "2025-H1"


def test_a_bold_last_row_is_the_total_though_its_label_says_no_total() -> None:
    text = "| Region | Sales |\n| Ashby | 10 |\n| Brook | 12 |\n| Region | 22 |\n"
    at = text.rindex("Region")
    [t] = find_tables(text, ((at, at + len("Region")),))
    assert [r.total for r in t.rows] == [False, False, True]
    [t] = find_tables(text)
    assert not any(r.total for r in t.rows)


def test_heads_set_over_two_lines_of_a_space_aligned_table() -> None:
    text = ("Table 4. Persons by region, first quarter 2025 (thousands; rates in percent)\n"
            "                                     Labour   Jobless rate   Jobless rate\n"
            "  Region          In work  Jobless    force        Q1 2024        Q1 2025\n"
            "  Upland            410.0     20.0    430.0            5.1            4.7\n"
            "  Coast             180.0     20.0    200.0           10.4           10.0\n")
    [t] = find_tables(text)
    assert [c.header for c in t.columns] == ["In work", "Jobless", "Labour force",
                                             "Jobless rate Q1 2024", "Jobless rate Q1 2025"]
    assert t.caption.startswith("Table 4.") and t.scale == 3 and t.period == "2025-Q1"
    # a line over several columns, or over the labels, is the caption's, not a head
    [t] = find_tables("Boardings (thousands)\n               Year to June\n"
                      "  Line        2024     2025\n  Red        1,200    1,260\n"
                      "  Blue         800      790\n")
    assert [c.header for c in t.columns] == ["2024", "2025"]
    assert "Year to June" in t.caption


def test_an_average_or_a_year_end_row_is_no_total() -> None:
    [t] = find_tables("| Item | 2024 |\n| Staff | 40 |\n| Volunteers | 12 |\n"
                      "| Year-end staff | 41 |\n| Annual average | 26 |\n| Total | 52 |\n")
    assert [r.total for r in t.rows] == [False, False, False, False, True]


def test_a_percentage_in_a_row_s_label_stays_in_the_label() -> None:
    """'Overheads (12%)' is a label; read as a cell it shifted every column of the table by
    one (regression: sums then added cells of two different years)."""
    text = ("Table 2. Costs by year (euros)\n\n"
            "Cost line               2025       2026      Total\n"
            "Staff                 50,000     52,000    102,000\n"
            "Overheads (12%)        6,000      6,240     12,240\n"
            "Total                 56,000     58,240    114,240\n")
    [table] = find_tables(text)
    assert [c.header for c in table.columns] == ["2025", "2026", "Total"]
    assert [(r.label, [c.text for c in r.cells]) for r in table.rows][1] == \
        ("Overheads (12%)", ["6,000", "6,240", "12,240"])
    # and its cells are amounts, not percentages: the rate in brackets is no unit
    assert table.rows[1].kind == "value" and table.rows[1].unit is None


def test_an_accounting_negative_percentage_is_a_number() -> None:
    """'(2.8)%' is -2.8 percent (regression: not a number, it broke a PDF table's rows)."""
    assert number("(2.8)%") == (Decimal("-2.8"), True)
    assert number("(2.8%)") == (Decimal("-2.8"), True)


def test_energy_in_words_in_a_caption_is_the_cells_unit() -> None:
    """'(billions of kilowatt-hours)': the cells are terawatt-hours, the unit a text writes
    them in (regression: no unit, so a sentence's '900 MW' was tied to a cell of the
    table, while its '21.2 TWh' could not be)."""
    text = ("Table 1. Generation by source (billions of kilowatt-hours)\n\n"
            "  Source      2022     2023\n  Hydro       18.4     21.2\n  Wind        12.7     15.9\n")
    [table] = find_tables(text)
    assert (table.scale, table.unit) == (0, "TWH")


@pytest.mark.parametrize("caption,scale,unit", [
    ("Table 2. Rice yield by district (t/ha)", 0, "T/HA"),
    ("Table 3. Carbon held in topsoil, 0-20 cm (t C/ha)", 0, "T/HA"),
    ("Table 1. Containers handled by terminal (thousand TEU)", 3, "TEU"),
    ("Table 5. Grid carbon intensity by month (gCO2/kWh)", 0, "GCO2/KWH"),
    ("Table 6. Cider pressed by orchard (thousand hectolitres)", 3, "HL"),
])
def test_a_yield_container_or_carbon_intensity_caption_is_the_cells_unit(
        caption: str, scale: int, unit: str) -> None:
    """A caption's yield, containers or grid intensity is its cells' unit, so a sentence's
    "6.2 t/ha" can be tied to the cell that restates it."""
    text = caption + "\n\n  District    2023    2024\n  North       61.4    66.2\n" \
        "  South       58.0    60.9\n"
    [table] = find_tables(text)
    assert (table.scale, table.unit) == (scale, unit)


def test_a_scale_written_short_beside_a_currency() -> None:
    """'Revenue (GBP m)', '($m)', '(£000)' are millions and thousands (regression: 1,236.0
    under 'GBP m' was read as £1,236 and failed against the text's £1.24 billion)."""
    from kg.read.tables import _head_unit
    assert _head_unit("Revenue (GBP m)") == (6, "GBP")
    assert _head_unit("Revenue ($m)") == (6, "USD")
    assert _head_unit("Costs (£000)") == (3, "GBP")
    assert _head_unit("Speed (per m)") == (None, None)


CLUB = """Harbourside Rowing Club: accounts for the year to 31 March 2025 (€000)

RECEIPTS                         €000
  Membership fees                 412
  Regatta entries                 288
  Boat-shed rental                150
  Receipts total                  850

PAYMENTS                         €000        %
  Coaching                        310     40.0
  Boat repairs                    232     29.9
  Insurance                       233     30.1
  Payments total                  775    100.0

The treasurer thanks every volunteer.
"""


def test_a_unit_head_is_no_number_and_each_section_keeps_the_caption() -> None:
    """'€000' over a column is its unit, not a row of zeros; a second block with its own head
    ("PAYMENTS €000 %") is a section of the same table, under the caption above (regression:
    the heads were read as rows, so no table was found and every cell was a bare count)."""
    assert number("€000") is None and number("$'000") is None
    receipts, payments = find_tables(CLUB)
    assert [r.label for r in receipts.rows][-1] == "Receipts total"
    assert [r.total for r in payments.rows] == [False, False, False, True]
    for t in (receipts, payments):
        assert t.caption.startswith("Harbourside Rowing Club") and (t.scale, t.unit) == (3, "EUR")
    # a bare "%" column whose total row says 100 is the rows' shares of the total
    assert [c.kind for c in payments.columns] == ["value", "share"]


def test_a_label_ending_in_total_is_a_total_and_a_share_row_is_not() -> None:
    [t] = find_tables("| District | Beds |\n| Ardmore | 120 |\n| Kilbride | 95 |\n"
                      "| Share of total | 56 |\n| County total | 215 |\n")
    assert [r.total for r in t.rows] == [False, False, False, True]


def test_a_footnote_mark_after_a_cell_is_no_part_of_its_number() -> None:
    """'4,100*' is 4,100 with a note (regression: not a number, so a PDF's total line fell
    out of its table)."""
    assert number("4,100*") == (Decimal("4100"), False)
    assert number("12.5%†") == (Decimal("12.5"), True)
    assert number("(7)") == (Decimal("-7"), False)  # an accounting negative, not a mark
    text = ("| Clinic | Visits | Patients |\n| North | 5,200 | 2,300 |\n"
            "| South | 4,600 | 2,050 |\nAll clinics 9,800 4,100*\n")
    [t] = find_tables(text)
    cell = t.rows[-1].cells[1]
    assert (cell.text, cell.noted, text[cell.start:cell.end]) == ("4,100", True, "4,100")
    assert t.rows[-1].label == "All clinics" and not t.rows[-1].cells[0].noted


def test_year_one_is_a_period_and_the_year_after_quarters_a_total() -> None:
    [t] = find_tables("| End of | Interest | Balance |\n| Year 1 | 40.00 | 1,040.00 |\n"
                      "| Year 2 | 41.60 | 1,081.60 |\n")
    assert not any(r.total for r in t.rows)
    [t] = find_tables("| Quarter | Units |\n| Q1 | 10 |\n| Q2 | 12 |\n| Year | 22 |\n")
    assert [r.total for r in t.rows] == [False, False, True]


def test_the_place_the_title_names_is_the_whole_of_a_table_by_region() -> None:
    """'Broadband in Veloria' over a table 'by province' whose last row is Veloria: that row
    is the whole, though its label says no 'total'; a table by age group is not cut by
    place, and a place the title does not name is one more province."""
    table = ("Table 2. Homes with fibre, by province\n\n"
             "| Province | 2020 | 2025 | Homes surveyed |\n| Ostra | 20.1 | 61.0 | 1,200 |\n"
             "| Vesta | 15.3 | 55.2 | 900 |\n| Nordi | 11.0 | 48.9 | 700 |\n"
             "| Veloria | 16.5 | 56.5 | 2,800 |\n")
    [t] = find_tables("Broadband in Veloria, 2020–2025\n\nA note.\n\n" + table)
    assert [r.total for r in t.rows] == [False, False, False, True]
    [t] = find_tables("Broadband in Veloria, 2020–2025\n\nA note.\n\n" +
                      table.replace("by province", "by age group"))
    assert not any(r.total for r in t.rows)
    [t] = find_tables("Broadband in the north, 2020–2025\n\nA note.\n\n" + table)
    assert not any(r.total for r in t.rows)


CLINIC = """Table 2. Clinic visits by county (thousands)

                   2019     2024   Change   Compound yearly
                                    (%)     rate (%)
Ardmore           210.0    240.0    14.3       2.7
Bellow            150.0    165.0    10.0       1.9
All counties      360.0    405.0    12.5       2.4
"""


def test_a_head_line_that_leaves_columns_blank_is_placed_where_its_words_stand() -> None:
    """'(%)' and 'rate (%)' stand under the last two heads only: each goes to the column it
    stands over, not to the first columns by order; a compound rate a year is a growth
    column, a change in percent a change column."""
    t = find_tables(CLINIC)[0]
    assert [(c.header, c.kind) for c in t.columns] == [
        ("2019", "value"), ("2024", "value"), ("Change (%)", "change"),
        ("Compound yearly rate (%)", "growth")]
    assert t.caption == "Table 2. Clinic visits by county (thousands)" and t.scale == 3


def test_a_labels_head_over_a_line_of_units_is_the_tables_head_not_its_caption() -> None:
    t = find_tables("Table 4. Household budgets by type\n\n"
                    "Household     Members   Income       Rent\n"
                    "              (count)   (EUR)        (EUR)\n"
                    "Single            1.0   24,100        610\n"
                    "Couple            2.0   41,800        790\n")[0]
    assert t.caption == "Table 4. Household budgets by type"
    assert [c.header for c in t.columns] == ["Members (count)", "Income (EUR)", "Rent (EUR)"]


def test_a_head_over_two_ruled_lines_joins_cell_for_cell() -> None:
    t = find_tables("Table 1. Spending by programme\n"
                    "|  | 2023/24 | 2024/25 | Change | Change |\n"
                    "| Programme | $000 | $000 | $000 | % |\n"
                    "| Parks | 1,200 | 1,260 | 60 | +5.0% |\n"
                    "| Libraries | 800 | 780 | -20 | -2.5% |\n")[0]
    assert t.caption == "Table 1. Spending by programme"
    assert [(c.header, c.kind) for c in t.columns] == [
        ("2023/24 $000", "value"), ("2024/25 $000", "value"), ("Change $000", "diff"),
        ("Change %", "change")]


BEDS = """Table 2. Hospital beds at year end
| Year | Occ | Free | Tot | Rate |
| 2022 | 812.0 | 188.0 | 1,000.0 | 81.2 |
| 2023 | 830.0 | 170.0 | 1,000.0 | 83.0 |
Occ = occupied, Free = unoccupied, Tot = total beds, all in thousands.
Rate = occupancy rate (per cent of total beds).
"""


def test_a_key_below_the_table_gives_short_heads_their_meaning_and_the_scale() -> None:
    t = find_tables(BEDS)[0]
    assert [c.header for c in t.columns] == ["occupied", "unoccupied", "total beds",
                                             "occupancy rate (per cent of total beds)"]
    assert [c.total for c in t.columns] == [False, False, True, False]
    assert t.columns[3].kind == "share" and t.scale == 3


def test_a_pdf_cell_holding_a_label_and_a_number_is_split_in_two() -> None:
    t = find_tables("Table 5. Ferry traffic\n| Year Cars | Vans | Lorries |\n"
                    "| 2022 1,240.5 | 310.2 | 95.1 |\n| 2023 1,302.8 | 298.7 | 101.4 |\n")[0]
    assert [c.header for c in t.columns] == ["Cars", "Vans", "Lorries"]
    assert [(r.label, r.cells[0].text) for r in t.rows] == [("2022", "1,240.5"),
                                                            ("2023", "1,302.8")]
    # an ordinal after a label's word is the label's: "Week 1", under "End of"
    t = find_tables("| End of | Paid in | Balance |\n| Week 1 | £40.00 | £40.00 |\n"
                    "| Week 2 | £40.00 | £80.00 |\n")[0]
    assert [r.label for r in t.rows] == ["Week 1", "Week 2"]


def test_a_quarter_head_a_pdf_cut_from_its_year_is_one_period() -> None:
    t = find_tables("Key figures\n| Q2 | 2023 | Q1 2024 | Q2 2024 |\n"
                    "| Visitors (thousand) | 412 | 380 | 436 |\n"
                    "| Ticket price (€) | 12.50 | 13.00 | 13.00 |\n")[0]
    assert [c.header for c in t.columns] == ["Q2 2023", "Q1 2024", "Q2 2024"]


def test_a_caption_ending_in_per_cent_puts_its_cells_in_percent() -> None:
    t = find_tables("Table 3. Annual rate of inflation by region, per cent\n"
                    "| Region | 2023 | 2024 |\n| Coast | 3.1 | 2.4 |\n| Hills | 2.8 | 2.2 |\n")[0]
    assert t.unit == "PERCENT"


PUMPS = """Table 4. Pumping stations by district

                      Stations    Output 2023   Output 2024   Change
                      (number)    (ML)          (ML)          (%
                                                              pts)
  Upper valley             14        220.5         231.0       +1.1
  Lower valley              9        140.2         138.9       -0.4
  All other districts       6         60.3          64.1       +0.2
  All districts            29        421.0         434.0       +0.9
"""


def test_heads_over_three_lines_whose_last_line_is_one_piece_make_a_table() -> None:
    """The last line of a head set over three lines may hold one piece only ("pts)" under
    "(%" under "Change"): it still heads the rows below, each piece joined to the head
    over which it stands."""
    [t] = find_tables(PUMPS)
    assert [c.header for c in t.columns] == [
        "Stations (number)", "Output 2023 (ML)", "Output 2024 (ML)", "Change (% pts)"]
    assert [r.label for r in t.rows][0] == "Upper valley"


def test_all_other_rows_are_what_the_rows_above_leave_not_a_total() -> None:
    """'All other districts' is a part the total adds up, not a total of the rows above."""
    text = "| District | Stations |\n| Upper valley | 14 |\n| Lower valley | 9 |\n" \
           "| All other districts | 6 |\n| All districts | 29 |\n"
    [t] = find_tables(text)
    assert [r.total for r in t.rows] == [False, False, False, True]


def test_a_head_s_own_scale_is_its_column_s_not_the_table_s() -> None:
    """'Catch (thousand t)' scales its own column; 'Price (EUR/kg)' beside it is in units,
    so the table as a whole has no scale (regression: every cell read in thousands)."""
    text = ("Table 2. Landings by species, 2025\n\n| Species | Catch (thousand t) | "
            "Price (EUR/kg) |\n| Cod | 41.2 | 3.9 |\n| Herring | 120.5 | 0.8 |\n")
    [t] = find_tables(text)
    assert t.columns[0].scale == 3
    assert t.scale == 0


def test_dot_leaders_part_a_label_from_its_amount_under_a_section_word() -> None:
    """A statement set with dot leaders ("Fees ........ 12.4"), each section headed by one
    word, is a table per section under the caption above them."""
    text = ("Council accounts, 2024-25 (£ million)\n\nIncome\n  Council tax ............ 64.0\n"
            "  Business rates ......... 21.5\n  Fees and charges ....... 12.4\n"
            "  Total income ........... 97.9\n\nSpending\n  Adult care ............. 40.2\n"
            "  Waste and streets ...... 18.3\n  Total spending ......... 58.5\n")
    tables = find_tables(text)
    assert [[c.header for c in t.columns] for t in tables] == [["Income"], ["Spending"]]
    assert [r.label for r in tables[0].rows] == ["Council tax", "Business rates",
                                                 "Fees and charges", "Total income"]
    assert tables[0].rows[-1].total and tables[1].rows[-1].cells[0].text == "58.5"
    assert (tables[1].scale, tables[1].unit) == (6, "GBP")


def test_a_head_s_brackets_name_a_unit_by_its_qudt_symbol() -> None:
    """"(thousand ha)", "(kt)", "(‰)": QUDT's symbols, after a scale or alone, give the
    column its unit; "(m)" is never metres, and a symbol the vocabulary lacks names none."""
    text = ("Table 4. Forests by region, 2024\n"
            "| Region | Woodland (thousand ha) | Timber (kt) | Share (‰) | Staff (m) | "
            "Growth (m3/ha) |\n| Upland | 412 | 1,204 | 310 | 1.2 | 5.1 |\n"
            "| Lowland | 388 | 981 | 290 | 0.9 | 6.3 |\n| Coast | 120 | 330 | 400 | 0.4 | 4.0 |\n")
    columns = find_tables(text)[0].columns
    assert [(c.scale, c.unit) for c in columns] == [(3, "HECTARE"), (0, "KILOTONNE"),
                                                   (0, "PERMILLE"), (None, None), (None, None)]


def test_a_caption_in_lakhs_scales_cells_written_in_indian_grouping() -> None:
    """"(₹ lakh)" is a scale of 10^5, and a total written "2,31,470" (Indian grouping) is a
    cell: it had ended the table, left to be read as prose."""
    [t] = find_tables("Table 3. Grants by district, 2024-25 (₹ lakh)\n"
                      "| District | Grants |\n| Kheda | 1,12,300 |\n| Anand | 98,170 |\n"
                      "| Vadodara | 21,000 |\n| Total | 2,31,470 |\n")
    assert (t.scale, t.unit) == (5, "INR")
    assert [r.label for r in t.rows][-1] == "Total"
    assert t.rows[-1].cells[0].value == Decimal("231470")


def test_a_label_s_bare_thousands_and_a_head_s_per_mille_say_the_cells_scale_and_unit() -> None:
    """"Members (000)" is thousands of members, and "Share (per mille)" a column of parts per
    thousand: both were read as plain numbers."""
    [t] = find_tables("                 Jan 2026    Jan 2025\n"
                      "Members (000)       412.5       398.1\n"
                      "Staff                 1,204       1,187\n")
    assert (t.rows[0].scale, t.rows[0].unit) == (3, None)
    assert t.rows[1].scale is None
    [t] = find_tables("| Region | Share (per mille) | Sites |\n| North | 412 | 18 |\n"
                      "| South | 588 | 23 |\n")
    assert t.columns[0].unit == "PERMILLE"
    assert t.columns[1].unit is None


def test_a_currency_s_code_in_a_caption_is_the_cells_unit() -> None:
    """"(SGD million)" gave the scale but no unit: only the codes a few words stand for
    ("NOK", "EUR") were read; a word that is also a code ("ALL") is none."""
    [t] = find_tables("Table 4. Port revenue by terminal (SGD million)\n\n"
                      "  Terminal      2025     2024\n  Pasir        412.3    398.0\n"
                      "  Keppel       201.7    188.4\n")
    assert (t.scale, t.unit) == (6, "SGD")
    [t] = find_tables("ALL TERMINALS (million tonnes)\n\n"
                      "  Terminal      2025     2024\n  Pasir         41.2     39.8\n"
                      "  Keppel        20.1     18.8\n")
    assert t.unit != "ALL"


def test_a_note_above_a_table_gives_the_unit_of_the_columns_it_names() -> None:
    text = """Gauge readings

Depths in millimetres; flows in cubic metres a second.

| Gauge | Snow depth | Typical depth | Visits |
| Upper weir | 84 | 90 | 12 |
| Mill race | 61 | 70 | 9 |
"""
    (table,) = find_tables(text)
    assert [(c.header, c.unit) for c in table.columns] == [
        ("Snow depth", "MM"), ("Typical depth", "MM"), ("Visits", None)]


def test_a_caption_s_base_period_makes_the_cells_index_levels() -> None:
    text = """Table 2. Import price index by origin (2010 = 100)

| Origin | Jan | Feb |
| Asia | 131.2 | 132.0 |
| Europe | 118.4 | 118.9 |
"""
    (table,) = find_tables(text)
    assert table.unit == "INDEX"


def test_a_head_whose_noun_is_a_unit_of_time_counts_it() -> None:
    text = """Table 3. Clinic activity

| Clinic | Patients | Waiting days 2024 | Staff hours per week | Visits per day |
| North | 412 | 18 | 310 | 41 |
| South | 388 | 23 | 295 | 37 |
"""
    (table,) = find_tables(text)
    assert [c.unit for c in table.columns] == [None, "DAY", "HOUR", None]


def test_a_row_of_the_whole_group_is_in_the_table_s_unit_not_a_count() -> None:
    text = """Table 4. Mean wheat yield by tillage (t/ha)

| Tillage | Farms | 2022 | 2023 |
| No-till | 31 | 7.2 | 7.6 |
| Ploughed | 40 | 7.9 | 8.1 |
| All farms | 71 | 7.6 | 7.9 |
"""
    (table,) = find_tables(text)
    assert table.unit == "T/HA"
    assert [r.count for r in table.rows] == [False, False, False]


def test_a_bulleted_list_above_a_table_is_no_part_of_its_caption() -> None:
    text = """Highlights
  - Orders rose 6.2% to 41,300 (2024: 38,890)
  - Backlog of £12.4m (2024: £10.1m)

Orders by region

  £ thousand          2025      2024
  North                812       774
  South                655       610
"""
    (table,) = find_tables(text)
    assert table.caption == "Orders by region"


def test_a_caption_s_price_per_kilowatt_hour_is_the_cells_unit() -> None:
    text = """Table 5. Night tariff by supplier, 1 March (cents per kWh)

| Supplier | 2025 | 2024 |
| Fjordkraft | 21.30 | 24.05 |
| Lysverk | 19.85 | 22.40 |
"""
    (table,) = find_tables(text)
    assert (table.scale, table.unit) == (0, "CT/KWH")


def test_a_short_row_stands_under_the_columns_it_lines_up_with() -> None:
    [t] = find_tables("Ballots counted at the harbour ward poll:\n\n"
                      "  Candidate        Party              Votes    Share (%)\n"
                      "  ALDER, June      Harbour First        420       42.0\n"
                      "  BIRCH, Omar      Green Party          580       58.0\n"
                      "\n"
                      "  Total valid votes                   1,000\n")
    assert [(r.label, [c.text if c else None for c in r.cells]) for r in t.rows] == [
        ("ALDER, June", [None, "420", "42.0"]), ("BIRCH, Omar", [None, "580", "58.0"]),
        ("Total valid votes", [None, "1,000", None])]


def test_combined_before_a_noun_is_one_row_not_the_total() -> None:
    [t] = find_tables("  Course            Entrants   Passed\n"
                      "  Combined studies       120       90\n"
                      "  Drama                   40       30\n"
                      "  Combined               160      120\n")
    assert [r.total for r in t.rows] == [False, False, True]


def test_bare_thousands_before_a_unit_symbol_scale_the_column() -> None:
    """"(000 ha)", "(000 t)": thousands written bare before QUDT's symbol, as statistics
    offices head a column, are a scale of 10^3 in that unit."""
    text = ("Table 2. Orchards by county, 2025\n"
            "| County | Planted (000 ha) | Picked (000 t) |\n| Elmshire | 12.5 | 301 |\n"
            "| Fenmoor | 8.0 | 190 |\n| Total | 20.5 | 491 |\n")
    columns = find_tables(text)[0].columns
    assert [(c.scale, c.unit) for c in columns] == [(3, "HECTARE"), (3, "TONNE")]


def test_the_rows_head_gives_a_mass_of_a_gas_to_the_whole_table() -> None:
    """"Source (kt CO2e)" over the rows' labels: every cell of the table is kilotonnes, the
    formula after the symbol saying only what is weighed."""
    [t] = find_tables("Methane and others\n| Source (kt CO2e) | 2015 | 2025 |\n"
                      "| Landfill | 310 | 205 |\n| Livestock | 640 | 612 |\n| Total | 950 | 817 |\n")
    assert (t.scale, t.unit) == (0, "KILOTONNE")
    assert [(c.scale, c.unit) for c in t.columns] == [(None, None), (None, None)]


def test_a_number_of_weeks_in_a_head_is_its_period_not_its_unit() -> None:
    """"8 weeks to 2 March 2025" heads a column of the caption's money; "Weeks waited" would
    count weeks, but a number before the unit of time names the span of the period."""
    [t] = find_tables("Spring sales (£ million)\n"
                      "| Shop | 8 weeks to 2 March 2025 | Eight weeks to 3 March 2024 |\n"
                      "| North | 41.2 | 39.0 |\n| South | 22.4 | 23.1 |\n| Total | 63.6 | 62.1 |\n")
    assert (t.scale, t.unit) == (6, "GBP")
    assert [(c.scale, c.unit) for c in t.columns] == [(None, None), (None, None)]


def test_dot_leaders_under_a_blank_line_are_a_list_of_amounts_with_its_total() -> None:
    """"Ticket sales ....... £18,240" under a heading and a blank line: no head names the
    column, yet the rows are a table whose last row ("Total") adds them up."""
    text = ("Where the income came from\n\n  Ticket sales ........... £18,240\n"
            "  Programme adverts ...... £2,310\n  Raffle ................. £950\n"
            "  Total .................. £21,500\n\nWe thank every volunteer.\n")
    [t] = find_tables(text)
    assert t.caption == "Where the income came from"
    assert [r.label for r in t.rows] == ["Ticket sales", "Programme adverts", "Raffle", "Total"]
    assert [r.total for r in t.rows] == [False, False, False, True]


def test_label_colon_amount_lines_closed_by_a_total_are_a_table() -> None:
    """"Rent: £9,600" … "Total costs: £15,450", one item a paragraph under a heading: a list
    of amounts closed by its total is a table, whose last row is that total."""
    text = ("What the season cost\n\nRent: £9,600\n\nCoaching: £4,100\n\nKit: £1,750\n\n"
            "Total costs: £15,450\n\nWe ended the year with a small surplus.\n")
    [t] = find_tables(text)
    assert t.caption == "What the season cost"
    assert [(r.label, r.cells[0].text, r.total) for r in t.rows] == [
        ("Rent", "£9,600", False), ("Coaching", "£4,100", False), ("Kit", "£1,750", False),
        ("Total costs", "£15,450", True)]


def test_label_colon_amount_lines_with_no_total_are_no_table() -> None:
    """Without a closing total the items may be any amounts (a fee, a deadline's sum): no
    table is read from them."""
    assert find_tables("What the season cost\n\nRent: £9,600\n\nCoaching: £4,100\n\n"
                       "Kit: £1,750\n\nWe ended the year with a small surplus.\n") == []


def test_a_unit_column_gives_each_row_its_own_unit_and_scale() -> None:
    """A "Unit" column's word ("NZ$m", "kt") is each row's unit, as "(NZ$m)" in its label
    would be; the figures were read as bare numbers."""
    [t] = find_tables("Operating summary\n"
                      "| Half year to 30 June | Unit | 2025 | 2024 |\n"
                      "| Timber harvested | kt | 612 | 588 |\n"
                      "| Sales | NZ$m | 143.5 | 131.0 |\n"
                      "| Sawmill staff | | 240 | 236 |\n")
    assert [(r.label, r.scale, r.unit) for r in t.rows] == [
        ("Timber harvested", 0, "KILOTONNE"), ("Sales", 6, "NZD"),
        ("Sawmill staff", None, None)]


GAP_LIST = """The museum's annual plan. All figures are in euros thousands unless noted.

Where the money comes from

    Ticket sales                    812.5
    Friends' subscriptions          144.0
    Café and shop                    96.3
    Total income                  1,052.8

Where it goes

    Exhibitions                     402.1
    Conservation                    311.9
    Total spending                  714.0
"""


def test_a_list_of_amounts_set_out_with_gaps_and_closed_by_its_total_is_a_table() -> None:
    """Two-column lists with no head and no dot leaders, each ended by a "Total" line, were
    no tables: their amounts were read one by one as bare numbers, summing nothing."""
    tables = find_tables(GAP_LIST)
    assert [[(r.label, r.cells[0].value, r.total) for r in t.rows] for t in tables] == [
        [("Ticket sales", Decimal("812.5"), False),
         ("Friends' subscriptions", Decimal("144.0"), False),
         ("Café and shop", Decimal("96.3"), False),
         ("Total income", Decimal("1052.8"), True)],
        [("Exhibitions", Decimal("402.1"), False), ("Conservation", Decimal("311.9"), False),
         ("Total spending", Decimal("714.0"), True)]]


def test_a_note_on_what_all_amounts_are_in_gives_a_table_with_no_unit_its_unit() -> None:
    """"All figures are in euros thousands" above both lists: the second, far below the
    note and with a caption of its own, was in no unit."""
    assert [(t.scale, t.unit) for t in find_tables(GAP_LIST)] == [(3, "EUR"), (3, "EUR")]
    # a table of counts and percents is no amount of money
    text = ("All amounts are in pounds thousands.\n\nStaff by site\n\n"
            "  Site         Staff (number)   Share (%)\n"
            "  North             41             60.3\n"
            "  South             27             39.7\n"
            "  Total             68            100.0\n")
    [t] = find_tables(text)
    assert (t.scale, t.unit) == (0, None)


ON_YEAR = """Jobs bulletin: fourth quarter 2025

Table 1. Jobs by sector (thousands)

  Sector        Q4 2024   Q3 2025   Q4 2025   Change on year
  Farming         101.2     102.0     103.9        +2.7
  Building         88.4      86.1      85.0        -3.4

Table 2. Job vacancy rates (per cent; change in percentage points)

  Sector        Q4 2024   Q3 2025   Q4 2025   Change on year
  Farming           2.9       3.3       3.4        +0.5
  Building          4.1       3.6       3.2        -0.9
"""


def test_a_change_on_year_column_is_a_difference_of_the_latest_and_the_year_before() -> None:
    """"Change on year" after Q4 2024, Q3 2025 and Q4 2025 was weighed against the two
    nearest columns, a quarter apart, which it matches neither way: read as nothing."""
    jobs = find_tables(ON_YEAR)[0]
    assert [(c.header, c.kind, c.unsure) for c in jobs.columns][-1] == (
        "Change on year", "diff", False)


def test_a_caption_s_change_in_percentage_points_makes_its_change_columns_points() -> None:
    """"(per cent; change in percentage points)": the rates were in no unit and their
    change in percent."""
    rates = find_tables(ON_YEAR)[1]
    assert rates.unit == "PERCENT"
    assert [(c.header, c.kind) for c in rates.columns] == [
        ("Q4 2024", "value"), ("Q3 2025", "value"), ("Q4 2025", "value"),
        ("Change on year", "points")]


def test_a_cell_in_rupees_by_its_sign_is_a_number() -> None:
    assert number("₹38,480") == (Decimal("38480"), False)


def test_a_pdf_list_with_one_space_before_each_amount_closed_by_its_total_is_a_table() -> None:
    text = ("Parish hall accounts\n\nRunning costs (£)\nItem 2025-26\nHeating and lighting 4,210\n"
            "Insurance 1,385\nCleaning contract 2,940\nTotal costs 8,535\n"
            "Costs rose because the boiler was replaced in March 2025.\n")
    [t] = find_tables(text)
    assert [c.header for c in t.columns] == ["2025-26"]
    assert [(r.label, r.cells[0].text) for r in t.rows] == [
        ("Heating and lighting", "4,210"), ("Insurance", "1,385"),
        ("Cleaning contract", "2,940"), ("Total costs", "8,535")]


def test_lines_of_running_text_that_end_in_numbers_are_no_list() -> None:
    text = ("Parish news\n\nThe choir sang for 45\nvisitors at the fete and raised 310\n"
            "pounds, the total at the end of 2025 reaching 1,240\n")
    assert find_tables(text) == []


def test_a_caption_s_brackets_holding_a_unit_s_symbol_alone_are_the_cells_unit() -> None:
    """"Braking distance (cm) by tyre, mean (SD)": the symbol in the caption's brackets is
    every cell's unit but a count's, so the cells' difference column can be checked
    against the two columns it is taken between."""
    [t] = find_tables("Table 3. Braking distance (cm) by tyre, mean (SD)\n\n"
                      "| Tyre | n | Dry | Wet | Gap (cm) |\n"
                      "| Summer | 18 | 412.5 | 498.0 | 85.5 |\n"
                      "| Winter | 17 | 436.1 | 471.3 | 35.2 |\n")
    assert (t.scale, t.unit) == (0, "CM")
    assert t.columns[0].count and not any(c.count for c in t.columns[1:])


def test_whole_before_a_product_s_name_is_one_of_the_rows_not_their_total() -> None:
    """"Whole grain flour" and "Wholesale" name rows the "Total" adds up; "Whole year" and
    "Whole of region" stay totals."""
    text = ("Sales by line (tonnes)\n\n"
            "  Line                 2024\n"
            "  Whole grain flour     310\n"
            "  White flour           420\n"
            "  Wholesale packs       150\n"
            "  Total                 880\n")
    (table,) = find_tables(text)
    assert [row.total for row in table.rows] == [False, False, False, True]
    region = ("Visits by area\n\n"
              "  Area                 2024\n"
              "  North                 120\n"
              "  South                 130\n"
              "  Whole of region       250\n")
    (table,) = find_tables(region)
    assert [row.total for row in table.rows] == [False, False, True]


def test_a_last_row_named_for_the_place_a_title_in_capitals_names_is_the_total() -> None:
    """"HALDEN WATER BOARD" over a table "by district" whose last row is "Halden": that row
    is the whole of the districts above it, whatever case the title is set in."""
    text = ("HALDEN WATER BOARD\n\nTable 2. Metered homes by district\n\n"
            "District      Homes\n"
            "Upper         4,120\n"
            "Lower         3,050\n"
            "Coast         1,930\n"
            "Halden        9,100\n")
    t = find_tables(text)[0]
    assert [r.total for r in t.rows] == [False, False, False, True]


def test_a_sentence_with_a_bracketed_share_above_a_table_s_heading_is_no_caption() -> None:
    """"…, of which 310 (62.0%) were renewed." ends as a sentence does: its brackets hold a
    share, not the table's units, so the caption is the heading alone."""
    t, = find_tables("Key points\n\n"
                     "The library lent 500 e-readers, of which 310 (62.0%) were renewed.\n\n"
                     "Loans by branch\n\n"
                     "| Branch | Loans | Renewals |\n"
                     "| Harbour | 300 | 190 |\n"
                     "| Hilltop | 200 | 120 |\n")
    assert t.caption == "Loans by branch"


def test_a_units_line_in_brackets_ending_with_a_full_stop_is_still_a_caption() -> None:
    t, = find_tables("Spending by ward\n(in thousands of pounds).\n\n"
                     "| Ward | 2024 | 2025 |\n| East | 310 | 325 |\n| West | 280 | 290 |\n")
    assert t.caption == "Spending by ward (in thousands of pounds)." and t.scale == 3


def test_a_bare_note_opening_a_sentence_gives_the_tables_money_unit() -> None:
    """"Figures in euros; ..." with no "all" or "the" before it: the Markdown table of
    plain numbers under it was read in no unit, so a count in the prose could restate a
    cell of money."""
    text = ("_Drafted by the secretary. Figures in euros; the year ends in June._\n\n"
            "The club plans a small surplus.\n\n### Income\n\n"
            "| Line | 2025 | 2026 |\n|---|---:|---:|\n"
            "| Hall hire | 4,200 | 4,650 |\n| Raffle | 1,100 | 980 |\n")
    [t] = find_tables(text)
    assert (t.scale, t.unit) == (0, "EUR")


def test_figures_in_mid_sentence_are_no_note_on_the_tables_unit() -> None:
    """"a fall in figures in euros" is no note: only a sentence that opens with "Figures"
    (or says "all figures", "the amounts") says what the amounts are in."""
    text = ("Members saw a fall in figures in euros, as every year.\n\n### Income\n\n"
            "| Line | 2025 | 2026 |\n|---|---:|---:|\n"
            "| Hall hire | 4,200 | 4,650 |\n| Raffle | 1,100 | 980 |\n")
    [t] = find_tables(text)
    assert t.unit is None


STATEMENT = """Orchard co-op results

Table 1. Summary of results (£ million)

| £ million | 2025 | 2024 | Change |
|---|---|---|---|
| Sales | 812.4 | 760.0 | +6.9% |
| Cost of sales | 655.2 | 618.3 | +6.0% |
| Gross margin | 157.2 | 141.7 | +10.9% |
| Overheads and other expenses | 98.6 | 97.1 | +1.5% |
| EBIT | 58.6 | 44.6 | +31.4% |
"""


def test_a_margin_row_under_cost_and_income_rows_of_money_is_an_amount() -> None:
    """'Gross margin' under 'Cost of sales' under 'Sales', in a table of £ million: what
    the sales leave after the cost, an amount; its change column's % signs say nothing of
    its cells."""
    [t] = find_tables(STATEMENT)
    assert [r.kind for r in t.rows] == ["value"] * 5


def test_a_statement_s_result_rows_are_income_less_cost_down_to_ebit(tmp_path) -> None:
    """Each year: sales less cost of sales is the gross margin, and the gross margin less
    the expenses is EBIT."""
    from kg.read import read

    source = tmp_path / "r.md"
    source.write_text(STATEMENT, encoding="utf-8")
    made = read(source, tmp_path / "c")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert sorted(re.findall(r'a cg:DifferenceRelation ;.*?rdfs:label "([^"]+)"', turtle,
                             re.S)) == [
        "2024: Gross margin less Overheads and other expenses is EBIT",
        "2024: Sales less Cost of sales is Gross margin",
        "2025: Gross margin less Overheads and other expenses is EBIT",
        "2025: Sales less Cost of sales is Gross margin"]
