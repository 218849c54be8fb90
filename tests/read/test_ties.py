"""A sentence tied to the table cell it restates: by its words, the values breaking only a tie
the words leave."""

from __future__ import annotations

from pathlib import Path

from kg.read import read

RELEASE = """Visitor arrivals, first half 2024

Released: Friday, 9 August 2024

Arrivals in March jumped 12.4% to 1,046,300. June was the busiest month, with 1,081,900
arrivals, up 3.2% on June 2023. Figures for 2024 may be revised. Arrivals in April came
to 940,000.

Table 2. Arrivals by month
(thousands)

  Month        2023       2024     Change (%)
  March       915.9    1,046.3       14.2
  April       884.6      961.6        8.7
  May         997.1    1,031.8        3.5
  June      1,048.2    1,081.9        3.2
"""


def relations(tmp_path: Path, text: str) -> tuple[str, str]:
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    checked = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    proposed = made.folder / "suggestions.ttl"
    return checked, proposed.read_text(encoding="utf-8") if proposed.exists() else ""


def ties_in(turtle: str) -> list[str]:
    blocks = [block for block in turtle.split("\n\n") if "RestatementRelation" in block]
    return sorted(block.split('rdfs:label "')[1].split('"')[0] for block in blocks)


def test_a_restatement_is_tied_by_the_row_and_period_the_words_name(tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, RELEASE)
    # the changes: the row is named and a change column has one period pair (March's
    # swapped 12.4 for 14.2 is what this check is for); the amounts name their row, and
    # of the two years the words leave open, the one whose cell agrees is the restatement,
    # else the latest (April's 940,000 disagrees with both)
    assert ties_in(checked) == ["April, 2024: the table and the text",
                                "June, 2024: the table and the text",
                                "June, Change (%): the table and the text",
                                "March, 2024: the table and the text",
                                "March, Change (%): the table and the text"]


def test_a_base_period_and_a_modal_may_are_not_the_figure_s(tmp_path: Path) -> None:
    """'up 3.2% on June 2023' names 2023 as the base, not 1,081,900's period; 'may be
    revised' is not the month May."""
    checked, proposed = relations(tmp_path, RELEASE)
    assert "June, 2023" not in checked + proposed
    assert "May," not in checked + proposed


def test_a_named_row_whose_year_no_value_settles_is_checked_at_the_latest(
        tmp_path: Path) -> None:
    """'Arrivals in April came to 940,000' names the row, not the year, and neither year's
    cell agrees: the text's own period, the latest column, is what it restates, and the
    check says they disagree."""
    checked, proposed = relations(tmp_path, RELEASE)
    assert "April, 2024: the table and the text" in checked


QUARTERS = """Retail trade, third quarter 2024

Retail sales totalled $9,870 million in the third quarter of 2024, up 3.1% from the same
quarter a year earlier. Compared with the previous quarter, when sales stood at $9,700
million, receipts edged up 1.8%. In the west, sales climbed to $4,400 million from $4,150
million a year earlier. Renewable-goods retailers sold $2,100 million. Shoppers spent an
average of $3,100 million a month. Sales were counted at three kinds of store.

Table 1. Retail sales by region (millions of dollars)

  Region       Q3 2023     Q3 2024    % change
  West           4,150       4,400        6.0
  East           5,420       5,470        0.9
  Total          9,570       9,870        3.1
"""


def test_a_period_dates_the_figure_beside_it_in_its_clause(tmp_path: Path) -> None:
    """'$9,870 million in the third quarter of 2024, up 3.1%': 2024 is the amount's; 'a year
    earlier' dates $4,150 million to the column a year before; the total's words tie the
    total row; 'the previous quarter' is no column of a year-on-year table."""
    checked, proposed = relations(tmp_path, QUARTERS)
    assert ties_in(checked) == ["Total, % change: the table and the text",
                                "Total, Q3 2024: the table and the text",
                                "West, Q3 2023: the table and the text",
                                "West, Q3 2024: the table and the text"]
    assert not restated(tmp_path, "$9,700\nmillion", checked + proposed)


def test_no_row_named_and_no_total_word_is_only_proposed(tmp_path: Path) -> None:
    """'Specialist retailers sold $9,800 million' names no row and no total: it may be a
    part the table does not list, so the total row is proposed, never checked."""
    text = QUARTERS.replace("Renewable-goods retailers sold $2,100 million.", "").replace(
        "Retail sales totalled $9,870 million", "Specialist retailers sold $9,800 million")
    checked, proposed = relations(tmp_path, text)
    assert "Total, Q3 2024" not in checked
    tied = [b for b in proposed.split("\n\n") if "RestatementRelation" in b]
    assert any("Total, Q3 2024" in b for b in tied)


def restated(tmp_path: Path, quote: str, turtle: str) -> bool:
    """Whether the figure quoted ``quote`` is tied to a cell in ``turtle``."""
    made = (tmp_path / "c" / "r" / "claims.ttl").read_text(encoding="utf-8")
    quoted = " ".join(quote.split())
    local = [block.split()[0] for block in made.split("\n:")
             if f'cg:quote "{quoted}"' in " ".join(block.split())]
    assert len(local) == 1, quote
    return f"cg:restatedAs :{local[0].lstrip(':')} ." in turtle


def test_an_average_and_a_count_in_words_are_no_cell_s(tmp_path: Path) -> None:
    """'an average of $3,100 million a month' is a mean, not a level; 'three kinds' is no
    table's figure."""
    checked, proposed = relations(tmp_path, QUARTERS)
    assert not restated(tmp_path, "$3,100 million", checked + proposed)
    assert not restated(tmp_path, "three", checked + proposed)


ACCOUNTS = """Annual accounts 2024

Spending reached CHF 9.4 million in 2024, 6.8 percent more than in 2023. Mali remained
the largest programme, with 41.5 percent of total spending. Diesel-powered clinics in Mali
ran a fleet of 41 vehicles. The two largest programmes spent
CHF 3.9 million in Mali and CHF 2.1 million in Chad; Mali's CHF 3.9 million was the most.
Spending in January-June 2024 is not in the table.

Table 4. Spending by programme (CHF thousands)

  Programme         FY2023 Actual   FY2024 Actual   Change %   Share 2024 %
  Mali                    3,610         3,900         8.0          41.5
  Chad                    2,080         2,100         1.0          22.3
  January                   610           640         4.9           6.8
  Total                   8,800         9,400         6.8         100.0
"""


def test_percent_columns_a_change_after_its_figure_and_a_share_of_the_total(
        tmp_path: Path) -> None:
    """'6.8 percent more than': a change written after the figure; 'with 41.5 percent of total
    spending': the share column; 'FY2024 Actual' is the column of 2024."""
    checked, _ = relations(tmp_path, ACCOUNTS)
    labels = ties_in(checked)
    for label in ("Total, Change %", "Mali, Share 2024 %", "Total, FY2024 Actual"):
        assert f"{label}: the table and the text" in labels, label


def test_a_compound_names_its_row_a_span_of_months_does_not(tmp_path: Path) -> None:
    """'Diesel-powered clinics in Mali' names Mali; 'January-June' does not name January;
    the two figures stating Mali's CHF 3.9 million both restate its cell."""
    checked, proposed = relations(tmp_path, ACCOUNTS)
    assert not any(label.startswith("January") for label in ties_in(checked + proposed))
    assert ties_in(checked).count("Mali, FY2024 Actual: the table and the text") == 2


RATES = """Jobs report, second quarter 2024

The jobless rate fell to 4.7 percent in the second quarter of 2024 from 5.2 percent a year
earlier. The agency expects a rate of 4.5 percent to 4.9 percent next year.

Table 1. Jobless rate by region (percent)

  Region       Q2 2023     Q2 2024
  Inland           5.9         5.3
  Total            5.2         4.7
"""


def test_a_period_introduced_by_in_dates_the_figure_before_it(tmp_path: Path) -> None:
    """'fell to 4.7 percent in the second quarter of 2024 from 5.2 percent': 2024 is 4.7's,
    and 5.2 is the year before's; a forecast ('expects … 4.5 percent to 4.9 percent') is
    no cell of a table of results."""
    checked, proposed = relations(tmp_path, RATES)
    assert ties_in(checked) == ["Total, Q2 2023: the table and the text",
                                "Total, Q2 2024: the table and the text"]
    assert not restated(tmp_path, "4.9 percent", checked + proposed)
    assert not restated(tmp_path, "4.5 percent", checked + proposed)


def test_a_word_before_a_row_s_name_says_it_is_another_thing(tmp_path: Path) -> None:
    """'Online arrivals … came to 1,500,000': 'online' says which arrivals; a row
    named 'Arrivals' is not them."""
    text = RELEASE.replace("  June      1,048.2    1,081.9        3.2\n",
                           "  June      1,048.2    1,081.9        3.2\n"
                           "  Arrivals  5,100.0    5,300.0        3.9\n") + \
        "\nOnline arrivals came to 1,500,000.\n"
    checked, proposed = relations(tmp_path, text)
    assert not restated(tmp_path, "1,500,000", checked + proposed)


def test_earlier_in_the_year_is_no_earlier_period(tmp_path: Path) -> None:
    """'Revenue climbed to $5.47 billion, helped by price rises earlier in the year': the
    figure is the latest period's (regression: a bare 'earlier' sent it to the year before)."""
    text = ("Group results, third quarter 2024\n\nRevenue climbed to $5.47 billion, helped by "
            "price rises earlier in the year.\n\nTable 1. Results (millions of dollars)\n\n"
            "  Line          Q3 2023     Q3 2024\n"
            "  Revenue         5,420       5,470\n"
            "  Costs           4,100       4,150\n")
    checked, _ = relations(tmp_path, text)
    assert ties_in(checked) == ["Revenue, Q3 2024: the table and the text"]


def test_a_row_named_after_a_verb_is_named(tmp_path: Path) -> None:
    """'… while a wet autumn lifted hydro production to 21.2 TWh' names the Hydro row
    (regression: only Solar was taken as named, and 21.2 TWh was tied to its cell)."""
    text = ("Power, 2023\n\nSolar output jumped 41.5 percent, while a wet autumn lifted hydro "
            "production to 21.2 TWh.\n\nTable 1. Generation (billions of kilowatt-hours)\n\n"
            "  Source      2022     2023\n  Hydro       18.4     21.2\n  Solar        4.1      5.8\n")
    checked, proposed = relations(tmp_path, text)
    assert ties_in(checked) == ["Hydro, 2023: the table and the text"]


ORCHARD = """Orchard Tools Inc. reports second-quarter results

Summary. Orchard Tools reported record orders; outlook for the year is unchanged.
Total revenue rose 6.0% to $2.65 million in the second quarter of 2025, compared with
$2.50 billion a year earlier. Operating profit was $410.0 million, or 15.5% of revenue.
Orchard expects revenue of about $11 billion for the full year.

Revenue by product line (in millions, except percentages)

  Product line        Q2 2025     Q2 2024    % change
  Hand tools          1,210.0     1,150.0         5.2
  Power tools         1,440.0     1,350.0         6.7
  Total revenue       2,650.0     2,500.0         6.0
"""


def test_a_money_table_without_a_currency_is_in_the_text_s_one_currency(tmp_path: Path) -> None:
    """'(in millions, except percentages)' over revenue: the cells are the dollars the text
    writes (regression: they were bare numbers, so no sentence could be tied to them)."""
    from kg.read.tables import find_tables

    [table] = find_tables(ORCHARD)
    assert (table.scale, table.unit) == (6, "USD")
    [mixed] = find_tables(ORCHARD.replace("$2.50 billion", "€2.30 billion"))
    assert mixed.unit is None  # two currencies in the text: none is the table's


def test_a_total_row_is_named_by_what_it_totals_before_the_figure(tmp_path: Path) -> None:
    """'Total revenue rose 6.0% to $2.65 million' names the 'Total revenue' row, so the slip
    (millions for billions) is checked against its cell; 'Operating profit was $410.0
    million, or 15.5% of revenue' names revenue only as the whole, after the figure, and
    the forecast is no cell's."""
    checked, proposed = relations(tmp_path, ORCHARD.replace("Total revenue rose",
                                                            "Revenue rose"))
    assert "Total revenue, Q2 2025: the table and the text" in ties_in(checked)
    assert restated(tmp_path, "$2.65 million", checked)
    assert not restated(tmp_path, "$410.0 million", checked + proposed)
    assert not restated(tmp_path, "about $11 billion", checked + proposed)


def test_a_row_ending_in_total_is_not_named_by_a_place_in_a_heading(tmp_path: Path) -> None:
    """'Lakeland total' is the place's total; the office name in the heading with a
    reference number ('Lakeland Statistics Office Bulletin 25') does not name it."""
    text = ("Lakeland Statistics Office Bulletin 25\n\nMembers numbered 5,230 at the end of "
            "2025.\n\nTable 1. Club members by district (persons)\n\n"
            "  District          2024      2025\n  Upper            3,000     3,100\n"
            "  Lower            2,050     2,130\n  Lakeland total   5,050     5,230\n")
    checked, proposed = relations(tmp_path, text)
    assert not restated(tmp_path, "25", checked + proposed)
    assert ties_in(checked) == ["Lakeland total, 2025: the table and the text"]


def test_a_budget_s_own_table_holds_what_it_plans(tmp_path: Path) -> None:
    """'We plan to spend $1,250,000 on bursaries' restates the budget table's cell; a plan
    word only keeps a sentence from a table of results (regression: no budget sentence was
    ever tied to its budget table)."""
    text = ("Scholarship fund: budget for 2026\n\nWe plan to spend $1,250,000 on bursaries "
            "in 2026.\n\nTable 2. Planned spending, 2026 (US dollars)\n\n"
            "  Line               Amount\n  Bursaries       1,250,000\n"
            "  Mentoring          310,000\n  Total            1,560,000\n")
    checked, _ = relations(tmp_path, text)
    assert restated(tmp_path, "$1,250,000", checked)


def test_a_span_of_months_does_not_take_the_year_from_the_figure(tmp_path: Path) -> None:
    """'… to €880.0 million in the first nine months of 2025' dates the amount: the span
    of months is no figure the year could date instead (regression: the amount was tied to
    the 2024 column)."""
    text = ("Nine-month statement\n\nGroup sales rose 4.0% to €880.0 million in the first "
            "nine months of 2025 (about CHF 830 million).\n\n"
            "Table 1: Sales by unit, January-September (in € million)\n"
            "| Unit | 9M 2024 | 9M 2025 |\n| East | 500.0 | 520.0 |\n| West | 346.2 | 360.0 |\n"
            "| Group | 846.2 | 880.0 |\n")
    checked, _ = relations(tmp_path, text)
    assert "Group, 9M 2025: the table and the text" in ties_in(checked)
    assert "Group, 9M 2024: the table and the text" not in ties_in(checked)


FERRY = """Ferry crossings, 2025

Crossings in the second quarter (April to June) climbed to 1.47 million, 20.5% above the
previous quarter. Third-quarter crossings rose 9.6 percent. Freight lines grew by 4.0% to
512.0 thousand, 34.8% of all crossings, and the harbour reopened on Friday 5 September 2025
after dredging.

Table 1. Crossings by quarter (thousands)

| Quarter | 2024 | 2025 | Change (%) |
| Q1 (Jan–Mar) | 1,150.0 | 1,220.0 | 6.1 |
| Q2 (Apr–Jun) | 1,390.0 | 1,470.0 | 5.8 |
| Q3 (Jul–Sep) | 1,700.0 | 1,863.2 | 9.6 |

Table 2. Crossings by line, 2025 (thousands)

| Line | 2024 | 2025 |
| Passenger lines | 3,748.0 | 4,041.2 |
| Freight lines | 492.0 | 512.0 |
| All lines | 4,240.0 | 4,553.2 |
"""


def test_a_quarter_row_is_named_by_its_ordinal_beside_the_figure(tmp_path: Path) -> None:
    """'Crossings in the second quarter (April to June) climbed to 1.47 million' names the
    'Q2 (Apr–Jun)' row; 'Third-quarter crossings rose 9.6 percent' the Q3 row's change."""
    checked, _ = relations(tmp_path, FERRY)
    labels = ties_in(checked)
    assert "Q2 (Apr–Jun), 2025: the table and the text" in labels
    assert "Q3 (Jul–Sep), Change (%): the table and the text" in labels


def test_a_change_on_the_previous_quarter_is_from_the_row_above(tmp_path: Path) -> None:
    """'20.5% above the previous quarter' is no restatement of the year-on-year column: it
    is the change from the row above (Q1 2025) to the sentence's 1.47 million."""
    checked, _ = relations(tmp_path, FERRY)
    assert not restated(tmp_path, "20.5%", checked)
    [block] = [b for b in checked.split("\n\n") if "20.5%" in b and "PercentChange" in b]
    assert "cg:initial :f-t1-r1-c2 ;" in block and "cg:direction cg:Increase" in block


def test_of_two_rows_named_the_one_before_the_figure_is_its_own(tmp_path: Path) -> None:
    """'Freight lines grew by 4.0% to 512.0 thousand, 34.8% of all crossings': the amount
    and the 'grew by' change are the Freight row's; 'all crossings' is the whole after them;
    the year of a day's date ('Friday 5 September 2025') dates no figure."""
    checked, _ = relations(tmp_path, FERRY)
    assert "Freight lines, 2025: the table and the text" in ties_in(checked)


def test_a_rate_does_not_take_the_year_beside_an_amount(tmp_path: Path) -> None:
    """'… to CHF 95.0 million, about US$106 million at the average 2025 rate of CHF 0.90':
    the year stands nearest the rate, which no table of francs holds, so the amount is
    still the 2025 column's (regression: it was tied to 2024 by elimination)."""
    text = ("Results 2025\n\nSales rose 5.6% to CHF 95.0 million, about US$106 million at "
            "the average 2025 exchange rate of CHF 0.90 per dollar.\n\n"
            "Table 1. Sales by quarter (CHF millions)\n\n| Quarter | 2025 | 2024 |\n"
            "| Q1 | 22.0 | 21.0 |\n| Q2 | 73.0 | 69.0 |\n| Full year | 95.0 | 90.0 |\n")
    checked, _ = relations(tmp_path, text)
    assert "Full year, 2025: the table and the text" in ties_in(checked)
    assert "Full year, 2024: the table and the text" not in ties_in(checked)


LIBRARY = """Library loans, 2025

Branch loans fell 2.0% to 406.0 thousand in 2025, from 414.3 thousand a year earlier.
Ashgrove and Millbank together lent 250.0 thousand books. City branches (Ashgrove,
Millbank and Riverside) lent 300.5 thousand, up from 298.0 thousand in 2024. Ashgrove and
Riverside opened on Sundays.

Table 1. Loans by branch (thousands)

| Branch | 2024 | 2025 |
| Ashgrove | 130.0 | 140.0 |
| Millbank | 108.0 | 110.0 |
| Riverside | 60.0 | 50.5 |
| Hillside and other | 116.3 | 105.5 |
| All branches | 414.3 | 406.0 |
"""


def sums_in(turtle: str) -> list[str]:
    blocks = [b for b in turtle.split("\n\n") if "SumRelation" in b and "r-y" in b]
    return sorted(b.split('rdfs:label "')[1].split('"')[0] for b in blocks)


def test_rows_a_sentence_names_together_add_up_to_its_figure(tmp_path: Path) -> None:
    """'Ashgrove and Millbank together lent 250.0 thousand': the two rows' 2025 cells add
    up to it; rows listed in brackets after what they make up add up to each of its
    figures, in the column each one's year picks; rows merely named ('Ashgrove and Riverside
    opened on Sundays') add up to nothing."""
    checked, _ = relations(tmp_path, LIBRARY)
    assert sums_in(checked) == ["Ashgrove + Millbank + Riverside make 298.0 thousand",
                                "Ashgrove + Millbank + Riverside make 300.5 thousand",
                                "Ashgrove + Millbank make 250.0 thousand"]
    blocks = [b for b in checked.split("\n\n") if "make 298.0 thousand" in b]
    assert "cg:part :f-t1-r1-c1, :f-t1-r2-c1, :f-t1-r3-c1 ." in blocks[0]  # 2024's column


def test_a_year_earlier_is_the_column_before_the_text_s_latest(tmp_path: Path) -> None:
    """'from 414.3 thousand a year earlier', in a sentence whose '2025' dates the other
    figure, is the 2024 column (regression: the year back was counted from 2024 itself,
    so no column was left)."""
    checked, _ = relations(tmp_path, LIBRARY)
    assert "All branches, 2024: the table and the text" in ties_in(checked)
    assert "All branches, 2025: the table and the text" in ties_in(checked)


def test_a_sentence_that_names_what_the_caption_counts_names_the_total_row(
        tmp_path: Path) -> None:
    """'Hospital admissions climbed to 1.35 million' names what 'Hospital admissions by
    trust' counts: the total row's cell, checked, so the slip (1.30 million) is found;
    'Emergency admissions' (one word of it) may be a part the table does not list, so the
    total is only proposed (regression: no value agreeing, the whole was only proposed)."""
    table = ("\n\nTable 4. Hospital admissions by trust (thousands)\n\n"
             "  Trust             2024      2025\n  Northgate        610.0     655.0\n"
             "  Southmere        590.0     645.0\n  All trusts     1,200.0   1,300.0\n")
    checked, _ = relations(tmp_path, "Winter report\n\nHospital admissions climbed to 1.35 "
                                     "million in 2025 as winter pressures mounted." + table)
    assert ties_in(checked) == ["All trusts, 2025: the table and the text"]
    other = tmp_path / "other"
    other.mkdir()
    checked, proposed = relations(other, "Winter report\n\nEmergency admissions climbed to "
                                         "1.35 million in 2025 as winter pressures mounted."
                                  + table)
    assert ties_in(checked) == [] and "All trusts, 2025" in proposed


FARES = """Bus fares, 2025

The average monthly pass for a three-zone journey rose 6.0% to $106 a month. Adult
ridership fell to 2.10 million, with student trips falling 4.0 percent to 0.48 million.
Diluted earnings per share of the operator were $0.42.

Table 1. Average monthly pass price by zone (US dollars)

| Zones | 2024 | 2025 | Change |
| One zone | 64 | 66 | +3.1% |
| Two zones | 82 | 86 | +4.9% |
| Three zones | 100 | 106 | +6.0% |

Table 2. Trips by rider type (millions)

| Rider type | 2024 | 2025 | Change (%) |
| Adult | 2.20 | 2.10 | -4.5 |
| Student | 0.50 | 0.48 | -4.0 |

Table 3. Operator results (US dollars)

| Item | 2024 | 2025 |
| Diluted EPS | 0.38 | 0.42 |
| Cash per share | 1.10 | 1.25 |
"""


def test_a_label_is_named_without_its_hyphen_plural_or_abbreviation(tmp_path: Path) -> None:
    """'a three-zone journey' names 'Three zones'; 'diluted earnings per share' names
    'Diluted EPS'; 'falling 4.0 percent' is a change; and '$106 a month' is a cell of a
    table of monthly prices (regression: none of them was tied)."""
    checked, _ = relations(tmp_path, FARES)
    labels = ties_in(checked)
    for label in ("Three zones, 2025", "Three zones, Change", "Student, Change (%)",
                  "Diluted EPS, 2025"):
        assert f"{label}: the table and the text" in labels, label


def test_an_amount_a_month_is_no_cell_of_a_table_of_totals(tmp_path: Path) -> None:
    """'$106 a month' beside a table of yearly totals is a rate, not a cell."""
    checked, proposed = relations(tmp_path, FARES.replace("Average monthly pass price",
                                                          "Pass revenue"))
    assert not restated(tmp_path, "$106", checked + proposed)


def test_a_row_named_after_an_irregular_verb_is_named(tmp_path: Path) -> None:
    """'The trust has grown membership from 41,200 in 2021' names the Membership row: the
    word before it is a verb, not a word saying which membership."""
    text = ("Trust review\n\nThe trust has grown membership from 41,200 in 2021 to 52,900 in "
            "2025.\n\nTable 1. Key numbers\n\n| Item | 2021 | 2023 | 2025 |\n"
            "| Membership | 41,200 | 47,000 | 52,900 |\n| Volunteers | 1,900 | 2,050 | 2,310 |\n")
    checked, _ = relations(tmp_path, text)
    assert "Membership, 2021: the table and the text" in ties_in(checked)


HARVEST = """Fruit exports, 2025

Fourth-quarter shipments reached 132 thousand tonnes, 10.0 percent above the previous
quarter. Apples remained the largest crop, taking 58.0 percent of the total, while pears
lagged far behind.

Table 1: Shipments by crop, 2025 (thousand tonnes)

  Crop          Q1      Q2      Q3      Q4     Year
  Apples        60      55      70      77      262
  Pears         40      41      50      55      186
  Total        100      96     120     132      448
"""


def test_a_share_of_the_total_in_a_table_of_quarters_is_of_the_year(tmp_path: Path) -> None:
    """'Apples …, taking 58.0 percent of the total, while pears …': the Apples row (named
    before the figure; Pears only after) as a share of the total row, in the Year column
    that adds up the quarters (regression: the quarters had no year, so no column was
    chosen, and two rows named left none)."""
    checked, _ = relations(tmp_path, HARVEST)
    [block] = [b for b in checked.split("\n\n") if "ShareRelation" in b and "58.0" in b]
    assert "cg:portion :f-t1-r1-c5 ; cg:whole :f-t1-r3-c5 ;" in block


def test_a_change_on_the_previous_quarter_is_from_the_column_before(tmp_path: Path) -> None:
    """'… 132 thousand tonnes, 10.0 percent above the previous quarter', tied to the Q4
    column: the change from the Q3 column of the same row."""
    checked, _ = relations(tmp_path, HARVEST)
    [block] = [b for b in checked.split("\n\n") if "10.0 percent" in b and "PercentChange" in b]
    assert "cg:initial :f-t1-r3-c3 ;" in block


def test_a_tie_dated_apart_takes_the_period_the_words_name(tmp_path: Path) -> None:
    """Regression: a sentence tied to its cell by the row's name, but dated apart from the
    cell's column, was a checked restatement, so the dating's slip became a violation; the
    period the words (or the column's head) name now dates both figures."""
    from kg.build import build_corpus
    from kg.check import check_corpus

    source = tmp_path / "ferries.txt"
    source.write_text(
        "NORDKAPP FERRIES -- THIRD QUARTER AND NINE-MONTH 2024 REPORT\n\n"
        "Bergen, 24 October 2024 -- Nordkapp Ferries reported its third-quarter figures.\n\n"
        "Nine months 2024\nPassenger income for the nine months came to NOK 2,310 million, "
        "7.4% more than in the same months of 2023.\n\n"
        "Passenger income by route (NOK million)\n\n"
        "                          2024       2023    Change %\n"
        "  Coastal                1,420      1,330        6.8\n"
        "  Fjord                    890        821        8.4\n"
        "  Total                  2,310      2,151        7.4\n", encoding="utf-8")
    reading = read(source, tmp_path / "c")
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]
    checked = (reading.folder / "relations.ttl").read_text(encoding="utf-8")
    assert checked.count("a cg:RestatementRelation ;") == 2
    assert [f.check for f in report.findings if f.check == "restatement"] == ["restatement"] * 2


MARKET = """Used car prices, spring 2025

Estates held firm at £14,350, while hatchbacks slipped 1.5% to £9,020. Saloons cost
£12,100, against £11,600 for coupes.

Table 1. Average asking price by body type (£)

| Body type | Spring 2024 | Spring 2025 | Annual change |
| Estate | 14,100 | 14,350 | +1.8% |
| Hatchback | 9,160 | 9,020 | -1.5% |
| Saloon | 11,900 | 12,100 | +1.7% |
| Coupe | 11,400 | 11,600 | +1.8% |
"""


def test_a_figure_is_about_the_row_named_before_it_not_one_another_figure_took(
        tmp_path: Path) -> None:
    """'Estates held firm at £14,350, while hatchbacks slipped 1.5%': the change is the
    hatchbacks' (named in the plural), not the estates' whose figure stands between;
    'against £11,600 for coupes' names the row right after the figure."""
    checked, _ = relations(tmp_path, MARKET)
    tied = ties_in(checked)
    assert "Hatchback, Annual change: the table and the text" in tied
    assert "Estate, Annual change: the table and the text" not in tied
    assert "Coupe, Spring 2025: the table and the text" in tied
    assert "Saloon, Spring 2025: the table and the text" in tied


SCHOOLS = """School funding in Dunmore, 2020-2024

Funding for schools rose from 39.1% of the council's budget to 41.0%. Primary funding grew
by 2.0% a year, and secondary funding by an average of 1.5% a year. The council spends
£6,200 per pupil. Capital spending was £3.1 million, equal to 12% of primary funding.
Secondary funding came to £120 million, £12 million more than in 2020.

Table 1. School funding by phase (£ million)

                   2020      2024     Change   Average annual
                                        (%)     growth (%)
Primary            97.0     105.0       8.2        2.0
Secondary         113.0     120.0       6.2        1.5
All phases        210.0     225.0       7.1        1.7
"""


def test_a_rate_a_year_is_the_growth_columns_and_levels_are_no_change(tmp_path: Path) -> None:
    """'grew by 2.0% a year' restates the growth column, not the change column; 'from 39.1%
    to 41.0%' of the budget are levels, no change cell; '£6,200 per pupil', '£12 million
    more' are no level of the table; '£3.1 million, equal to 12% of primary funding' says
    nothing of primary funding's amount."""
    checked, proposed = relations(tmp_path, SCHOOLS)
    tied = ties_in(checked) + ties_in(proposed)
    assert "Primary, Average annual growth (%): the table and the text" in tied
    assert "Secondary, Average annual growth (%): the table and the text" in tied
    assert not any("Change (%)" in t for t in tied)
    assert "Secondary, 2024: the table and the text" in tied
    assert [t for t in tied if t.startswith("Primary")] == [
        "Primary, Average annual growth (%): the table and the text"]
    # an amount no row names is at most proposed for the total row, never checked
    assert [t for t in ties_in(checked) if t.startswith("All phases")] == []


SURVEY = """Sleep and screens, 2025

We surveyed 5,020 teenagers (2,480 girls and 2,450 boys) in 41 schools in 2025. Boys
slept least, at 7.1 hours a night on school days, although this was 0.3 hours more than
girls reported in 2021.

Table 1. Survey sample and sleep by group

| Group | Respondents | Sleep 2021 (hours) | Sleep 2025 (hours) |
| Girls | 2,480 | 7.6 | 7.4 |
| Boys | 2,540 | 7.0 | 7.1 |
| All | 5,020 | 7.3 | 7.25 |
"""


def test_a_count_before_the_rows_name_is_its_and_an_aside_ends_the_row(tmp_path: Path) -> None:
    """'2,450 boys' restates the boys' respondents (a slip the check shows); '41 schools' after
    the aside's end is no row's; the row named before 'although' is still the subject."""
    checked, _ = relations(tmp_path, SURVEY)
    tied = ties_in(checked)
    assert "Boys, Respondents: the table and the text" in tied
    assert "Girls, Respondents: the table and the text" in tied
    assert "Boys, Sleep 2025 (hours): the table and the text" in tied
    assert not any("41" in b and "RestatementRelation" in b for b in checked.split("\n\n"))


MEMBERS = """Harbour Rowing Club, members 2025

Members under eighteen numbered 1,150, or 23.0% of the membership, the most since 2011.
Juniors and veterans between them accounted for 2,100 members. Seniors and veterans paid
fees of £96,000 and £30,000 respectively.

Table 1. Members by section

| Section | Members | Fees (£) |
| Juniors | 1,150 | 23,000 |
| Seniors | 2,950 | 96,000 |
| Veterans | 900 | 30,000 |
| All members | 5,000 | 149,000 |
"""


def test_a_part_stated_as_a_share_of_a_whole_is_no_total_row_s(tmp_path: Path) -> None:
    """'Members under eighteen numbered 1,150, or 23.0% of the membership': the sentence
    names what the total row counts, but the figure is a part of that whole (a share of it
    follows), so it restates no 'All members' cell (regression: tied to 5,000, a false
    violation)."""
    checked, proposed = relations(tmp_path, MEMBERS)
    assert not any(t.startswith("All members") for t in ties_in(checked) + ties_in(proposed))


def test_rows_named_as_one_list_restate_no_single_row(tmp_path: Path) -> None:
    """'Juniors and veterans between them accounted for 2,100 members' is said of the two
    rows together (their sum), not of veterans' cell alone; 'Seniors and veterans paid fees
    of £96,000 and £30,000 respectively' is one figure for each row."""
    checked, proposed = relations(tmp_path, MEMBERS)
    assert not any(t.startswith(("Veterans, Members", "Juniors, Members"))
                   for t in ties_in(checked) + ties_in(proposed))
    assert sums_in(checked) == ["Juniors + Veterans make 2,100"]
    assert "Seniors, Fees (£): the table and the text" in ties_in(checked)
    assert "Veterans, Fees (£): the table and the text" in ties_in(checked)


def test_rows_listed_with_figures_of_their_own_make_up_no_later_figure(tmp_path: Path) -> None:
    """'5,000 members (1,150 juniors and 900 veterans) raced in 12 regattas': the bracketed
    rows carry their own figures, so the 12 after them adds up none of the table's cells."""
    text = MEMBERS.replace("Seniors and veterans paid", "The club's 5,000 members (1,150 "
                           "juniors and 900 veterans) raced in 12 regattas. Seniors and "
                           "veterans paid")
    checked, _ = relations(tmp_path, text)
    assert "make 12" not in checked


def test_a_row_s_name_far_after_the_figure_is_another_thing_s(tmp_path: Path) -> None:
    """'a £2.9 million scheme paid partly by the Ministry of Housing's Growth East
    allocation': 'East' stands far after the figure, inside another name, so the figure is
    not the East row's; naming no row, it is the total's, which agrees."""
    text = ("Coastal defences 2025\n\nThe works were delivered through a £2.9 million scheme "
            "paid partly by the Ministry of Housing's Growth East allocation.\n\n"
            "Table 1. Defence works by coast\n\n"
            "| Coast | Schemes | Spend (£ thousand) |\n| East | 12 | 1,150 |\n"
            "| West | 9 | 1,750 |\n| Total | 21 | 2,900 |\n")
    checked, proposed = relations(tmp_path, text)
    assert ties_in(checked) == ["Total, Spend (£ thousand): the table and the text"]
    assert not any(t.startswith("East") for t in ties_in(proposed))


def test_rows_that_share_a_head_are_named_by_what_follows_the_comma(tmp_path: Path) -> None:
    """'Express, peak' and 'Express, off-peak' differ only after the comma: 'A peak express
    journey costs £9.80' names the first by its own word; 'Off-peak journeys cost £6.40'
    the second (its words also hold 'peak', so the agreeing cell breaks that tie)."""
    text = ("Bus fares 2025\n\nA peak express journey costs £9.80. Off-peak journeys cost "
            "£6.40.\n\nTable 1. Single fares, 2025\n\n| Route | Fare (£) |\n"
            "| Express, peak | 9.80 |\n| Express, off-peak | 6.40 |\n| Local | 3.10 |\n")
    checked, _ = relations(tmp_path, text)
    assert ties_in(checked) == ["Express, off-peak, Fare (£): the table and the text",
                                "Express, peak, Fare (£): the table and the text"]


def test_a_heading_s_year_run_into_the_sentence_dates_none_of_its_figures(
        tmp_path: Path) -> None:
    """A heading without a blank line after it joins the first sentence ("Winter 2025
    visitor note (draft), Monday, 3 November 2025 Ticket revenue rose …"): its year, cut
    off by commas and brackets from every figure, says nothing of which column the
    figure restates, so the agreeing 2025 cell is the one, not the 2024 cell."""
    text = ("Winter 2025 visitor note (draft)\nLakeside, Monday, 3 November 2025\n"
            "Ticket revenue rose 5.0% year on year to £48.3 million in the six months.\n\n"
            "Table 1. Key figures\n\n| | 2024 | 2025 |\n"
            "| Ticket revenue (£ million) | 46.0 | 48.3 |\n| Visitors (thousand) | 610 | 640 |\n")
    checked, proposed = relations(tmp_path, text)
    assert "Ticket revenue (£ million), 2025: the table and the text" in ties_in(checked)
    assert not any(", 2024" in t for t in ties_in(checked) + ties_in(proposed))


def test_a_change_in_the_present_tense_restates_the_change_column(
        tmp_path: Path) -> None:
    """'The Northern dock's freight grows by 3.1%' and 'The Southern dock grows 8.0%' say a
    change as plainly as 'grew' and 'increased by' (regression: only past forms counted)."""
    text = ("Port report 2025\n\nThe Northern dock's freight grows by 3.1% to 412.0 thousand "
            "tonnes. The Southern dock grows 8.0%.\n\n"
            "Table 1. Freight by dock (thousand tonnes)\n\n| Dock | 2024 | 2025 | Change (%) |\n"
            "| Northern dock | 399.6 | 412.0 | 3.1 |\n| Southern dock | 250.0 | 270.0 | 8.0 |\n"
            "| All docks | 649.6 | 682.0 | 5.0 |\n")
    checked, _ = relations(tmp_path, text)
    assert "Northern dock, Change (%): the table and the text" in ties_in(checked)
    assert "Southern dock, Change (%): the table and the text" in ties_in(checked)


def test_a_change_named_as_a_noun_before_of_fits_a_change_column() -> None:
    """'saw an increase over the year of 8.0%': the noun says the figure is a change."""
    from kg.read.ties import PERCENT, SentenceFigure, _fits

    sentence = "The Southern dock saw an increase over the year of 8.0%."
    assert _fits(SentenceFigure("f-1", "c-1", sentence, PERCENT, "8.0%"), "Change (%)", "change")
    plain = "The Southern dock saw a share over the year of 8.0%."
    assert not _fits(SentenceFigure("f-1", "c-1", plain, PERCENT, "8.0%"), "Change (%)", "change")


def test_an_average_restates_a_cell_of_a_table_of_averages(tmp_path: Path) -> None:
    """'Ferry crossings averaged 1,240 in 2024' is no cell's level in a table of totals, but
    a table of 'annual averages' holds exactly such figures."""
    text = ("Ferry report\n\nFerry crossings averaged 1,240 in 2024.\n\n"
            "Table 1. Crossings by route, annual averages\n\n| Route | 2023 | 2024 |\n"
            "| North sound | 700 | 760 |\n| South sound | 450 | 480 |\n"
            "| All routes | 1,150 | 1,240 |\n")
    checked, _ = relations(tmp_path, text)
    assert "All routes, 2024: the table and the text" in ties_in(checked)


FARES_INDEX = """Fares index, May 2026

Annual fare inflation slowed to 3.1% in May. Between April and May fares rose by 0.6% on the
month. Rail now makes up 44% of passenger spending.

Table 1. Fares by mode (2020 = 100)

  Mode        May 2025    May 2026    Annual change (%)
  Rail           118.0       121.7                  3.1
  Bus            112.4       115.9                  3.1
  All modes      115.2       118.8                  3.1
"""


def test_a_change_on_the_month_and_a_share_are_no_year_on_year_change_cell(
        tmp_path: Path) -> None:
    """"rose by 0.6% on the month" is a monthly change, "Rail now makes up 44% of …" a
    share: neither restates the annual change column (3.1)."""
    checked, proposed = relations(tmp_path, FARES_INDEX)
    assert not restated(tmp_path, "0.6%", checked + proposed)
    assert not restated(tmp_path, "44%", checked + proposed)


RAIL_FARES = """Rail fares, June 2025

Fares for all tickets rose 0.6% on the month in June. Season tickets make up 38% of passenger
income, the operator said. Off-peak fares climbed 4.2%, and advance fares rose 2.9%.

Table 1. Average fare by ticket type (£)

  Ticket         June 2024   June 2025   Annual change (%)
  Season            412.0       428.5          4.0
  Off-peak           23.8        24.8          4.2
  Advance            17.1        17.6          2.9
  All tickets        48.7        50.1          2.9
"""


def test_a_change_on_the_month_is_not_the_year_on_year_column(tmp_path: Path) -> None:
    """"rose 0.6% on the month" names the month as its base: tied to the annual change
    column's total row it was a false violation (2.9 against 0.6)."""
    checked, _ = relations(tmp_path, RAIL_FARES)
    assert "All tickets, Annual change (%)" not in checked
    assert "Off-peak, Annual change (%): the table and the text" in ties_in(checked)


def test_a_share_that_makes_up_part_of_a_whole_is_not_a_change(tmp_path: Path) -> None:
    """"make up 38% of passenger income": a share, whose "up" is no rise."""
    checked, _ = relations(tmp_path, RAIL_FARES)
    assert "Season, Annual change (%)" not in checked


PRICES = """Index of producer prices, June 2025

The all-goods index stood at 112.4 in June, against 111.9 a month earlier. Total cereal
output prices eased in June after the spring's rises as wheat stocks recovered, and total
cereal production was valued at 4,120 million.

Table 1. Producer prices and output

| Group | June 2024 | June 2025 |
| Cereals | 108.2 | 111.0 |
| All goods | 109.5 | 112.4 |
"""


def test_a_month_earlier_is_no_column_of_the_same_month_a_year_before(tmp_path: Path) -> None:
    """"111.9 a month earlier" beside June columns a year apart is May's, which the table
    does not hold: tied to June 2024 it was a false violation (109.5 against 111.9)."""
    checked, proposed = relations(tmp_path, PRICES)
    assert "All goods, June 2025: the table and the text" in ties_in(checked)
    assert "All goods, June 2024" not in checked + proposed


GRAIN_SURVEY = """Grain survey 2025

Oats gained ground as growers switched from barley and total grain production reached 9,450
thousand tonnes in 2025.

Table 1. Area and production, 2025

| Crop | Area (thousand ha) | Production (thousand t) |
| Barley | 610 | 3,900 |
| Oats | 240 | 1,250 |
| Rye | 95 | 4,300 |
| Total grains | 945 | 9,450 |
"""


def test_a_total_row_named_by_what_it_totals_in_the_singular_is_a_candidate(
        tmp_path: Path) -> None:
    """"total grain production" names "Total grains"; a crop named earlier in the clause is
    a candidate too, so the words leave two rows and the cell that agrees is the tie (Oats'
    1,250 thousand tonnes was tied and made a false violation)."""
    checked, _ = relations(tmp_path, GRAIN_SURVEY)
    assert "Total grains, Production (thousand t): the table and the text" in ties_in(checked)
    assert "Oats, Production" not in checked


def test_an_amount_after_a_change_s_percent_and_or_is_the_change_s_not_a_level(
        tmp_path: Path) -> None:
    """"climbed 9.1%, or 2,350 tonnes": the tonnes are the change, so tying them to the row's
    level (28,150) made a false restatement; an amount after a share's percent is a level."""
    checked, proposed = relations(tmp_path, (
        "Harbour freight, 2025\n\nCoal handled at the quay climbed 9.1%, or 2,350 tonnes, "
        "as the new crane came into use. Timber took 36.5% of the total, or 16,190 tonnes.\n\n"
        "Table 1. Freight by cargo (tonnes)\n\n"
        "  Cargo        2025      2024\n"
        "  Coal       28,150    25,800\n"
        "  Timber     16,190    15,020\n"
        "  Total      44,340    40,820\n"))
    ties = ties_in(checked + proposed)
    assert not any(t.startswith("Coal") for t in ties)
    assert "Timber, 2025: the table and the text" in ties


def test_a_percent_of_a_whole_the_sentence_writes_is_tied_only_where_the_table_holds_it(
        tmp_path: Path) -> None:
    """"Millbrook ran 410 hours of service, 92% of its target of 445 hours": the percent is of
    the hours, which the table (of tonnes) does not hold, so it is not its "% of target"
    cell; where a cell holds the whole written, the tie stands."""
    table = ("Table 1. Recycling by depot, 2025 (tonnes)\n\n"
             "  Depot        Collected    Target    % of target\n"
             "  Millbrook        1,210     1,375         92\n"
             "  Eastfield          980     1,050         93\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    checked, proposed = relations(tmp_path / "a", (
        "Depot review 2025\n\nMillbrook ran 410 hours of service, 92% of its target of 445 "
        "hours.\n\n" + table))
    assert not any(t.startswith("Millbrook, % of target") for t in ties_in(checked + proposed))
    checked, proposed = relations(tmp_path / "b", (
        "Depot review 2025\n\nMillbrook collected 1,210 tonnes, 92% of its target of 1,375 "
        "tonnes.\n\n" + table))
    assert "Millbrook, % of target: the table and the text" in ties_in(checked + proposed)


def test_an_amount_a_verb_of_gain_or_loss_takes_or_a_gap_names_is_no_level(
        tmp_path: Path) -> None:
    """"the bakery trade gained 640 posts", "retail lost 1,150 posts", "a lead of 2,310": a
    change or a gap, so tying them to a row's level made false restatements; a level the same
    sentence states for its row is still tied."""
    checked, proposed = relations(tmp_path, (
        "Jobs in the valley, 2025\n\nThe bakery trade gained 640 posts over the year, and "
        "retail lost 1,150 posts. Haulage, with 9,870 posts, keeps a lead of 2,310 over "
        "warehousing.\n\n"
        "Table 1. Posts by sector\n\n"
        "  Sector          2024      2025\n"
        "  Bakery         5,410     6,050\n"
        "  Retail        12,480    11,330\n"
        "  Haulage        9,600     9,870\n"
        "  Warehousing    7,420     7,560\n"))
    ties = ties_in(checked + proposed)
    assert not any(t.startswith(("Bakery", "Retail", "Warehousing")) for t in ties)
    assert "Haulage, 2025: the table and the text" in ties


def test_a_gain_restates_a_change_column_and_a_gap_between_rows_none(tmp_path: Path) -> None:
    """"the east depot added 75 vans" is the east row's change over the years; "a gap of 40
    vans" between two depots is no row's change over time."""
    checked, proposed = relations(tmp_path, (
        "Fleet review\n\nThe east depot added 75 vans between 2021 and 2025. The west depot now "
        "runs 415 vans against 455 in the east, a gap of 40 vans.\n\n"
        "Table 1. Vans by depot\n\n"
        "  Depot      2021      2025    Change\n"
        "  East        380       455       +75\n"
        "  West        440       415       -25\n"))
    ties = ties_in(checked + proposed)
    assert "East, Change: the table and the text" in ties
    assert "West, Change: the table and the text" not in ties
    assert not any(t.startswith("East, 2021") for t in ties)


def test_of_two_columns_of_one_year_a_figure_restates_only_the_one_its_words_name(
        tmp_path: Path) -> None:
    """Rows that are years, two columns of counts: "1,610 licences were refused in 2024"
    names neither column, so it restates no cell (it made a false restatement with the
    first column, "Issued"); "the office issued 8,930 in 2025" names the "Issued" column."""
    checked, proposed = relations(tmp_path, (
        "Licensing office, 2023-2025\n\nThe office issued 8,930 licences in 2025. Some 1,610 "
        "licences were refused in 2024.\n\n"
        "Table 1. Licences by year\n\n"
        "  Year      Issued     of which renewals\n"
        "  2023       7,840         3,120\n"
        "  2024       8,210         3,390\n"
        "  2025       8,930         3,650\n"))
    ties = ties_in(checked + proposed)
    assert "2025, Issued: the table and the text" in ties
    assert not any(t.startswith("2024") for t in ties)


def test_the_group_acting_names_no_group_total_row(tmp_path: Path) -> None:
    """"which let the Group cut its loans by £12.0 million, from £43.0 million a year earlier":
    the company acting, not its "Group" total row of sales (the £43.0 million was tied to the
    group's 2024 sales); "Group sales rose to £611.0 million" names that row."""
    checked, proposed = relations(tmp_path, (
        "Ostmark Holdings results 2025\n\nGroup sales rose to £611.0 million. Cash generation "
        "was strong, which let the Group cut its loans by £12.0 million, from £43.0 million a "
        "year earlier to £31.0 million.\n\n"
        "Table 1. Sales by division (£ million)\n\n"
        "  Division      2025      2024\n"
        "  Retail       402.5     377.0\n"
        "  Wholesale    208.5     196.8\n"
        "  Group        611.0     573.8\n"))
    assert ties_in(checked) == ["Group, 2025: the table and the text"]


WORKSHOP = """Harlow Joinery: first-half update

Sales of cabinets edged up 3.1% to £12.4 million as the workshop took on fewer bespoke
projects. The firm projects sales of £13.0 million for the second half.

Sales by line (£ million)

  Line           H1 2025     H1 2024    % change
  Cabinets          12.4        12.0         3.1
  Doors              6.1         6.5        -6.2
  Total             18.5        18.5         0.0
"""


def test_a_plural_noun_after_a_figure_is_no_forecast_a_verb_before_it_is(
        tmp_path: Path) -> None:
    """'… to £12.4 million as the workshop took on fewer bespoke projects': 'projects' after
    the figure is a noun, so the figure is a result its row restates; 'The firm projects
    sales of £13.0 million' is a forecast, no cell's."""
    checked, proposed = relations(tmp_path, WORKSHOP)
    assert restated(tmp_path, "£12.4 million", checked)
    assert not restated(tmp_path, "£13.0 million", checked + proposed)


ORCHARDS = """Cider makers' survey 2025

Planting has barely moved, but the press has been busy: since 2021, output has grown at an
average annual rate of 7.5%.

Five-year record

  Year    Orchard area (ha)    Output (hl)
  2021          1,210             45,800
  2022          1,205             49,300
  2023          1,214             52,900
  2024          1,220             57,100
  2025          1,218             61,200
"""


def test_a_rate_a_year_since_a_year_runs_down_the_column_it_names(tmp_path: Path) -> None:
    """'since 2021, output has grown at an average annual rate of 7.5%' beside a table of
    years: from the 2021 row to the latest in the Output column, over four years. A rate of
    decline is no growth."""
    checked, _ = relations(tmp_path, ORCHARDS)
    [growth] = [b for b in checked.split("\n\n") if "CompoundGrowthRelation" in b
                and "the table, 2021 to 2025" in b]
    assert "cg:initial :f-t1-r1-c2 ; cg:final :f-t1-r5-c2" in growth
    assert "cg:periods 4" in growth
    source = tmp_path / "declined.txt"
    source.write_text(ORCHARDS.replace("grown", "declined"), encoding="utf-8")
    made = read(source, tmp_path / "d")
    assert not (made.folder / "relations.ttl").exists() or "the table, 2021" not in (
        made.folder / "relations.ttl").read_text(encoding="utf-8")


HIRING = """Regional jobs, 2025

Hiring was uneven. Logistics added 2,300 jobs, while retail shed 1,100 jobs. Hotels added 400
jobs over the quarter. Farming added 90 jobs.

Table 1. Jobs by sector (thousands)

  Sector       2024     2025    Change (%)
  Logistics    41.2     43.5        5.6
  Retail       88.0     86.9       -1.3
  Hotels       22.0     22.6        2.7
"""


def test_jobs_a_named_row_added_or_shed_are_the_gap_between_its_cells(tmp_path: Path) -> None:
    """'Logistics added 2,300 jobs', 'retail shed 1,100 jobs': the gap between the row's two
    cells its change column compares, the verb saying which is the larger; 'over the
    quarter' is not the year-on-year pair, and 'Farming' names no row."""
    checked, _ = relations(tmp_path, HIRING)
    gaps = sorted(" ".join(b.split()) for b in checked.split("\n\n")
                  if "DifferenceRelation" in b and "(the table)" in b)
    assert len(gaps) == 2
    assert "cg:minuend :f-t1-r1-c2 ; cg:subtrahend :f-t1-r1-c1" in gaps[0]  # Logistics
    assert "cg:minuend :f-t1-r2-c1 ; cg:subtrahend :f-t1-r2-c2" in gaps[1]  # Retail


SHARES = """Parish council spending, 2025

Staff costs rose to 46.0% of the budget from 41.5%, an increase of 4.5%. Grounds
maintenance was up 6.0% on the year.

Table 1. Spending by heading (£ thousand)

  Heading               2024     2025   Change (%)   Share of 2025 (%)
  Staff costs            200      230       15.0          46.0
  Grounds maintenance    150      159        6.0          31.8
  Other                  132      111      -15.9          22.2
  Total                  482      500        3.7         100.0
"""


def test_a_change_between_two_percents_the_sentence_gives_is_no_change_column_s(
        tmp_path: Path) -> None:
    """'rose to 46.0% ... from 41.5%, an increase of 4.5%' changes the share, not the
    level the change column compares; a plain 'up 6.0%' is still that column's."""
    checked, proposed = relations(tmp_path, SHARES)
    assert "Staff costs, Change (%)" not in checked + proposed
    assert "Grounds maintenance, Change (%): the table and the text" in ties_in(checked)


MUSEUM = """Museum income, 2025

Ticket sales were up 4.0% on the year, and donation income of £52,000 came mostly from
the spring appeal.

Table 1. Income by source (£000)

  Source            2024     2025
  Ticket sales       300      312
  Donations           47       52
  Total              347      364
"""


def test_a_plural_row_is_named_by_its_singular(tmp_path: Path) -> None:
    """'donation income of £52,000' names the row 'Donations', so the amount is not the
    ticket sales the clause before it speaks of."""
    checked, proposed = relations(tmp_path, MUSEUM)
    assert "Donations, 2025: the table and the text" in ties_in(checked)
    assert "Ticket sales, 2025" not in checked + proposed


FEES = """Library service, 2025

Membership fees rose 3.06% in 2025, the first rise in four years.

Table 1. Loans by branch (thousands)

  Branch        2024     2025    Change (%)
  Central        410      425        3.7
  Northside      228      233        2.2
  Total          638      658        3.1
"""


def test_a_figure_more_exact_than_the_total_s_cell_is_not_tied_to_it_for_sure(
        tmp_path: Path) -> None:
    """'fees rose 3.06%' names no row; the total's 3.1 meets it only by rounding, which
    makes it no more the total's than any other change: proposed, not checked."""
    checked, _ = relations(tmp_path, FEES)
    assert "Total, Change (%)" not in checked


COMMUTE = """Staff travel survey, 2025

Walking was the commonest way to reach the office, chosen by 540 staff (45.0%); cycling
drew 384 (32.0%).

Table 1. Main way of travelling to work

  Mode        Staff   Share (%)
  Walking       540       45.0
  Cycling       384       32.0
  Driving       276       23.0
  Total       1,200      100.0
"""


def test_a_percent_in_brackets_after_a_count_is_its_share(tmp_path: Path) -> None:
    """'540 staff (45.0%)': the bracketed percent is the count's share of the whole, the
    share column's cell."""
    checked, _ = relations(tmp_path, COMMUTE)
    assert {"Walking, Share (%): the table and the text",
            "Cycling, Share (%): the table and the text"} <= set(ties_in(checked))


ON_TIME = """Ferry services, March 2025

Sailings rose 4.0% on the year, and better timetabling raised the share of sailings on
time by 2.5 percentage points to 91.0%.

  Measure                     Mar 2025    Mar 2024     Change
  Sailings                       1,040       1,000      +4.0%
  Sailings on time (%)            91.0        88.5   +2.5 pts
"""


def test_a_change_by_points_restates_a_change_cell_written_in_points(tmp_path: Path) -> None:
    """'raised the share ... by 2.5 percentage points' is the change column's '+2.5 pts':
    a change said with 'by' is still the change a change column holds, and the cell's own
    'pts' says it is in points though the head says only 'Change'."""
    checked, _ = relations(tmp_path, ON_TIME)
    assert "Sailings on time (%), Change: the table and the text" in ties_in(checked)


MONTHLY_RATES = """Regional price bulletin, November 2025

Annual inflation in the region slowed to 3.1% in November 2025, from 3.6% in October.
Clothing prices fell 1.2% in the year to November. The survey closed on 3 October.

Table 1. Annual rates by group
                         Oct 2025   Nov 2025
                           (%)        (%)
Clothing                    0.4       -1.2
Food                        4.9        4.5
All groups                  3.6        3.1
"""


def test_columns_that_are_months_of_one_year_are_told_apart_by_the_month_named(
        tmp_path: Path) -> None:
    checked, proposed = relations(tmp_path, MONTHLY_RATES)
    # "from 3.6% in October" is October's column, "3.1% in November" November's; "in the
    # year to November" names the clothing row's November column, checked, not proposed
    assert ties_in(checked) == ["All groups, Nov 2025 (%): the table and the text",
                                "All groups, Oct 2025 (%): the table and the text",
                                "Clothing, Nov 2025 (%): the table and the text"]
    assert ties_in(proposed) == []


MILL_SALES = """Orchard sales, first quarter

Cider sales rose 6.0% as the mill took on more contract pressing projects, while juice
sales were 3.5% higher. Apple sales grew 2.0%, whereas pear sales fell 1.5%.

| Product | Q1 2025 | Q1 2026 | % change |
|---|---:|---:|---:|
| Cider | 50.0 | 53.0 | 6.0 |
| Juice | 20.0 | 20.7 | 3.5 |
| Apples | 40.0 | 40.8 | 2.0 |
| Pears | 20.0 | 19.7 | -1.5 |
"""


def test_a_row_named_after_while_or_whereas_is_its_clause_s_own(tmp_path: Path) -> None:
    """"while juice sales were 3.5% higher" names the juice row, and "projects" in the
    clause before the contrast makes no forecast of it."""
    checked, _ = relations(tmp_path, MILL_SALES)
    assert ties_in(checked) == ["Apples, % change: the table and the text",
                                "Cider, % change: the table and the text",
                                "Juice, % change: the table and the text",
                                "Pears, % change: the table and the text"]


POLL = """Mayoral vote in Ostbury

Okafor won with 5,210 votes, or 48.2% of those cast. Lindqvist came second.

| Candidate | Party | Votes | Share (%) |
|---|---|---:|---:|
| Ada Okafor | Civic | 5,210 | 48.2 |
| Jon Lindqvist | Liberal | 3,980 | 36.8 |
| Mia Brandt | Green | 1,620 | 15.0 |
"""


def test_a_person_s_row_is_named_by_the_surname_said_before_the_figure(
        tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, POLL)
    assert ties_in(checked) == ["Ada Okafor, Share (%): the table and the text",
                                "Ada Okafor, Votes: the table and the text"]


LEAGUE = """Northfield swimming league 2025

{sentence}

Table 1. Entries by club, 2025

| Club      | Entries | Fees (£) |
| Riverside | 640     | 9,600    |
| Hillcrest | 212     | 3,180    |
| Total     | 852     | 12,780   |
"""


def test_an_amount_on_each_thing_is_no_cell_s_level(tmp_path: Path) -> None:
    """"a refund of £64 on each entry" is an amount for one entry, which no cell of a
    table of clubs' totals holds, though the sentence names a club."""
    checked, proposed = relations(tmp_path, LEAGUE.format(
        sentence="Riverside swimmers who entered early got a refund of £64 on each entry."))
    assert ties_in(checked) == [] and ties_in(proposed) == []


SECTIONS = """Northfield swimming club 2025

{sentence}

Table 1. Members by section, 2025

| Section  | Members |
| Swimming | 640     |
| Diving   | 212     |
| Total    | 852     |
"""


def test_a_row_named_after_a_verb_s_particle_is_named(tmp_path: Path) -> None:
    """"…, and we have built up diving, which now has 212 members": the row named after
    "up" is the figure's, not the one the sentence opens with."""
    checked, _ = relations(tmp_path, SECTIONS.format(
        sentence="Swimming remains the largest section at 75 per cent of members, and we have "
                 "built up diving, which now has 212 members."))
    assert ties_in(checked) == ["Diving, Members: the table and the text"]


ROUTES = """Harbour ferries in 2024

Released: Monday, 3 March 2025

{sentences}

Table 1. Passengers by route

| Route    | 2023    | 2024    | Change (%) |
| Northern | 390,400 | 412,300 | 5.6        |
| Southern | 194,100 | 201,700 | 3.9        |
| Eastern  | 59,600  | 61,200  | 2.7        |
| Western  | 150,300 | 151,000 | 0.5        |
| Total    | 794,400 | 826,200 | 4.0        |
"""


def test_a_percent_change_said_by_a_noun_a_sign_or_ahead_on_is_the_change_column_s(
        tmp_path: Path) -> None:
    """"a 5.6% increase on 2023" (the change's noun after it), "an advance of 3.9%", "(+2.7%)"
    (its sign) and "ahead 1.8% on 2023" each say the percent is a change, so each restates
    its named row's cell of the change column, tied by those words and not by its value:
    the Southern 9.3% for the cell's 3.9 is tied all the same, for the check to find."""
    checked, proposed = relations(tmp_path, ROUTES.format(sentences=(
        "Northern route passengers numbered 412,300, a 5.6% increase on 2023. The Southern "
        "route saw an advance of 9.3% in passengers. The Eastern route carried 61,200 "
        "passengers (+2.7%). On the Western route, passengers were ahead 0.5% on 2023.")))
    changes = [t for t in ties_in(checked) if "Change (%)" in t]
    assert changes == ["Eastern, Change (%): the table and the text",
                       "Northern, Change (%): the table and the text",
                       "Southern, Change (%): the table and the text",
                       "Western, Change (%): the table and the text"]
    assert "Change (%)" not in " ".join(ties_in(proposed))


CLINICS = """Clinic waiting times, spring 2025

| Clinic    | Patients | Before (min) | After (min) | Change (min) | Change (%) |
| Riverside | 120      | 48.0         | 42.0        | -6.0         | -12.5      |
| Hillside  | 95       | 40.0         | 36.0        | -4.0         | -10.0      |
"""


def test_a_percent_in_brackets_after_an_amount_of_change_is_that_change_s(
        tmp_path: Path) -> None:
    """"a cut of 6.0 minutes (12.5%)" and "(-4.0 minutes, or 10.0%)": the amount beside the
    percent is a change, by its noun or its sign, so the percent is the same change and
    restates the change column's cell."""
    checked, _ = relations(tmp_path, "Waits at the Riverside clinic showed a cut of 6.0 "
                           "minutes (12.5%). Waits at the Hillside clinic shortened "
                           "(-4.0 minutes, or 10.0%).\n\n" + CLINICS)
    assert [t for t in ties_in(checked) if "Change (%)" in t] == [
        "Hillside, Change (%): the table and the text",
        "Riverside, Change (%): the table and the text"]


DEPARTURES = """Airport bulletin, second quarter 2025

{sentences}

Table 1. Flights, second quarter

| Indicator     | Q2 2024 | Q2 2025 |
| Departures    | 12,000  | 11,520  |
| Cargo flights | 1,150   | 1,204   |
"""


def test_a_forecast_word_set_off_from_a_figure_reported_done_is_not_its(
        tmp_path: Path) -> None:
    """"With the runway shut for planned resurfacing, departures fell … to 11,520" and
    "Cargo flights - which airlines rarely forecast - climbed to 1,204": the forecast's word
    is set off from the figure's own part of the sentence, which reports it done, so each
    restates its row's latest cell; a figure the words forecast stays untied."""
    checked, proposed = relations(tmp_path, DEPARTURES.format(sentences=(
        "With the runway shut for planned resurfacing, departures fell by 4.0% to 11,520. "
        "Cargo flights - which airlines rarely forecast - climbed to 1,204. Departures are "
        "forecast to reach 12,300 next quarter.")))
    assert ties_in(checked) == ["Cargo flights, Q2 2025: the table and the text",
                                "Departures, Q2 2025: the table and the text"]
    assert ties_in(proposed) == []


def test_a_change_named_after_it_on_an_amount_the_sentence_writes_is_that_amount_s() -> None:
    """"a 20% increase on the £450 charged in 2023" is the change of the £450 the sentence
    writes, which no change column of a table of other things holds; "a 3.2% increase on
    2023" names only its base's year."""
    from kg.read.ties import PERCENT, SentenceFigure, _fits

    def fits(sentence: str, quote: str) -> bool:
        return _fits(SentenceFigure("f-1", "c-1", sentence, PERCENT, quote), "Change (%)",
                     "change")

    assert fits("Tonnage reached 29.4 million tonnes, a 3.2% increase on 2023.", "3.2%")
    assert not fits("A season ticket costs £540, a 20% increase on the £450 charged in 2023.",
                    "20%")
    assert not fits("The fee is CHF 90, a 20% rise over the CHF 75 of 2022.", "20%")


SERVICES = """Borough budget 2026/27

{sentence}

Table 1. Net spending by service (£ thousands)

| Service        | 2025/26 | 2026/27 | Change |
| Libraries      | 3,120   | 3,265   | 145    |
| Street repairs | 5,480   | 6,010   | 530    |
| Net budget     | 8,600   | 9,275   | 675    |
"""


def test_an_amount_a_change_s_noun_names_restates_the_change_column(tmp_path: Path) -> None:
    """"the biggest increase, £5,300" and "an increase of £145,000" are changes, not levels:
    each restates its named row's cell of the change column, tied by those words (the
    street repairs' £5,300 for 530 thousand is a slip the check finds), and no cell of a
    year's column."""
    checked, proposed = relations(tmp_path, SERVICES.format(sentence=(
        "Street repairs get the biggest increase, £5,300, to clear the backlog. Libraries "
        "receive an increase of £145,000.")))
    assert ties_in(checked) == ["Libraries, Change: the table and the text",
                                "Street repairs, Change: the table and the text"]
    assert ties_in(proposed) == []


WASTE = """Household waste collected, 2024/25

{sentences}

Table 1. Tonnes collected

| Stream        | 2023/24 | 2024/25 | Difference |
| Glass         | 3,310   | 3,480   | +170       |
| Textiles      | 1,260   | 1,190   | -70        |
| All household | 4,570   | 4,670   | +100       |
"""


def test_a_level_and_a_change_by_an_amount_take_their_own_columns(tmp_path: Path) -> None:
    """"at 3,840 tonnes" is a level, which no cell of the column of differences holds, so of
    the row's two years the latest is its (and its slip for 3,480 is found); "falling by
    70 tonnes" is a change, which only the difference column holds."""
    checked, proposed = relations(tmp_path, WASTE.format(sentences=(
        "Glass collections rose again, and at 3,840 tonnes glass is the largest stream. "
        "Textiles slipped back, falling by 70 tonnes.")))
    assert ties_in(checked) == ["Glass, 2024/25: the table and the text",
                                "Textiles, Difference: the table and the text"]
    assert ties_in(proposed) == []


ALLOTMENTS = """Orchard Lane Allotment Society: annual accounts

Over the year as a whole, income grew by £800. Plot rents rose 6.0% and seed sales were up
25.0%, which more than made up for a 10.0% fall in grants. Total income climbed 3.4% to
£24,600.

Income (£)

  Source            2023      2024
  Plot rents      15,000    15,900
  Seed sales       2,400     3,000
  Grants           6,000     5,400
  Donations          400       300
  Total income    23,800    24,600
"""


def _blocks(turtle: str, kind: str) -> dict[str, str]:
    """Each relation of ``kind``, by its label."""
    return {b.split('rdfs:label "')[1].split('"')[0]: b for b in turtle.split("\n\n")
            if f"a cg:{kind} ;" in b}


def test_a_percent_change_of_a_named_row_runs_between_its_two_period_cells(
        tmp_path: Path) -> None:
    """'Plot rents rose 6.0%', 'seed sales were up 25.0%', 'a 10.0% fall in grants' beside a
    table of 2023 and 2024 and no change column: each the change of the row its words name,
    from the 2023 cell to the 2024 cell, the way the words say; 'which more than made up'
    names no way of the figure before it, and 'seed sales' is no row of the 6.0%. Beside
    three period columns, which two a change runs between the words do not say."""
    checked, _ = relations(tmp_path, ALLOTMENTS)
    changes = _blocks(checked, "PercentChangeRelation")
    assert sorted(changes) == ["Grants (the table): down 10.0%",
                               "Plot rents (the table): up 6.0%",
                               "Seed sales (the table): up 25.0%",
                               "Total income (the table): up 3.4%"]
    assert "cg:initial :f-t1-r1-c1 ; cg:final :f-t1-r1-c2 ; cg:change :f-2 ; " \
           "cg:direction cg:Increase" in changes["Plot rents (the table): up 6.0%"]
    assert "cg:initial :f-t1-r2-c1 ; cg:final :f-t1-r2-c2 ; cg:change :f-3 ; " \
           "cg:direction cg:Increase" in changes["Seed sales (the table): up 25.0%"]
    assert "cg:initial :f-t1-r3-c1 ; cg:final :f-t1-r3-c2 ; cg:change :f-4 ; " \
           "cg:direction cg:Decrease" in changes["Grants (the table): down 10.0%"]
    # with 2022, 2023 and 2024 columns, which two 'rose 6.0%' runs between the words do
    # not say: no change is read
    text = ALLOTMENTS.replace("  Source            2023      2024",
                              "  Source            2022      2023      2024")
    for label in ("Plot rents", "Seed sales", "Grants", "Donations", "Total income"):
        text = text.replace(f"  {label}", f"  {label}   1,000", 1)
    (tmp_path / "three").mkdir()
    checked, _ = relations(tmp_path / "three", text)
    assert "(the table): up" not in checked and "(the table): down" not in checked


def test_a_percent_change_to_a_level_a_cell_restates_is_that_row_s(tmp_path: Path) -> None:
    """'Total income climbed 3.4% to £24,600': the £24,600 restates the Total income row's
    2024 cell, so the 3.4% is that row's change from its 2023 cell (the table's exact
    cells, the level's restatement tied apart)."""
    checked, _ = relations(tmp_path, ALLOTMENTS)
    block = _blocks(checked, "PercentChangeRelation")["Total income (the table): up 3.4%"]
    assert "cg:initial :f-t1-r5-c1 ; cg:final :f-t1-r5-c2 ; cg:change :f-5 ; " \
           "cg:direction cg:Increase" in block
    assert "Total income, 2024: the table and the text" in ties_in(checked)


def test_an_amount_a_named_row_grew_by_is_the_gap_between_its_period_cells(
        tmp_path: Path) -> None:
    """'income grew by £800' names the Total income row by what it totals: the £800 is its
    2024 cell less its 2023 cell ('grew': the later is the larger)."""
    checked, _ = relations(tmp_path, ALLOTMENTS)
    [block] = _blocks(checked, "DifferenceRelation").values()
    assert "Total income (the table): up by £800" in block
    assert "cg:minuend :f-t1-r5-c2 ; cg:subtrahend :f-t1-r5-c1 ; cg:difference :f-1 ." in block



def test_a_forecast_change_is_of_a_planned_table_s_row(tmp_path: Path) -> None:
    """'Income is expected to rise by 5.0%' beside a budget's table ('2025/26 forecast',
    '2026/27 budget'): a forecast is what a planned table holds, so the change runs between
    the Total income row's two cells; 'budgeted at £210,000, up 5.0%' is the Grants row's,
    the level before the change restating its later cell."""
    checked, _ = relations(tmp_path, """Hillside Food Share: budget for 2026/27

Income is expected to rise by 5.0% next year. Grants are budgeted at £210,000, up 5.0% on
the forecast for this year.

  Income (£ thousands)   2025/26 forecast   2026/27 budget
  Grants                        200               210
  Donations                     100               105
  Total income                  300               315
""")
    changes = _blocks(checked, "PercentChangeRelation")
    assert "cg:initial :f-t1-r3-c1 ; cg:final :f-t1-r3-c2 ; cg:change :f-1 ; " \
           "cg:direction cg:Increase" in changes["Total income (the table): up 5.0%"]
    assert "cg:initial :f-t1-r1-c1 ; cg:final :f-t1-r1-c2 ; cg:change :f-3 ; " \
           "cg:direction cg:Increase" in changes["Grants (the table): up 5.0%"]


def test_a_level_beside_a_row_s_change_restates_its_latest_cell_and_both_are_checked(
        tmp_path: Path) -> None:
    """'Compost tonnage climbed 12.0% …, though at 2,900 tonnes it is still …': the level
    the words give of the row the sentence names, with no change of its own, is the row's
    latest cell (never its difference), so the change is the table's between its cells and
    both slips are checked (12.0% for 10.0%, 2,900 for 2,750); an amount for each of
    something ('0.09 tonnes per household') is no such level."""
    checked, _ = relations(tmp_path, """Recycling in Marsh End

Compost tonnage climbed 12.0% in the first full year of the new bays, though at 2,900
tonnes it is still only 8.0% of all waste. Garden waste rose 8.7%, or 0.09 tonnes per
household.

Waste collected, tonnes

  Stream               2023/24    2024/25   Difference
  Garden waste           9,860     10,720       +860
  Compost                2,500      2,750       +250
""")
    assert list(_blocks(checked, "PercentChangeRelation")) == [
        "Compost (the table): up 12.0%", "Garden waste (the table): up 8.7%"]
    assert ties_in(checked) == ["Compost, 2024/25: the table and the text"]


def test_a_figure_dated_to_one_day_restates_no_cell_of_a_season(tmp_path: Path) -> None:
    """'On the busiest day, Friday 19 December 2025, riders paid £3.4m': one day's amount,
    which no cell of a table of a season's fares holds (it was tied to the buses row)."""
    text = ("Transit fares, winter season\n\n"
            "| Mode | 2025 £m | 2024 £m |\n| Buses | 41.2 | 39.8 |\n| Trams | 18.6 | 17.9 |\n"
            "| Total | 59.8 | 57.7 |\n\n"
            "On the busiest day, Friday 19 December 2025, riders paid £3.4m on the buses.\n")
    checked, proposed = relations(tmp_path, text)
    assert ties_in(checked) == [] and ties_in(proposed) == []


def test_a_row_is_named_by_its_doing_in_another_form_or_by_its_thing(tmp_path: Path) -> None:
    """'timber production' names "Timber produced", 'Sales of' "Timber sold" (the only row
    sold), 'gathered 3,100 tonnes of bark' "Bark stripped" (the only row of bark); the sales'
    slip (9,580 for 9,850) is tied to its cell all the same, to be checked; 'Pulp
    exports' names no row ("Pulp" is no row's thing, "exports" no row's doing)."""
    checked, proposed = relations(tmp_path, """Estate output, first half 2025

The estate's timber production reached 12,400 tonnes. Sales of 9,580 tonnes brought in the
rest. The crews also gathered 3,100 tonnes of bark. Pulp exports were 840 tonnes.

Table 1. Estate output (tonnes)

  Item               H1 2024     H1 2025
  Timber produced     11,900      12,400
  Timber sold          9,100       9,850
  Bark stripped        2,950       3,100
""")
    assert ties_in(checked) == ["Bark stripped, H1 2025: the table and the text",
                                "Timber produced, H1 2025: the table and the text",
                                "Timber sold, H1 2025: the table and the text"]
    assert ties_in(proposed) == []


def test_a_label_s_age_band_after_a_comma_is_no_part_of_its_name(tmp_path: Path) -> None:
    """'The jobless rate' names "Jobless rate, 16+"; 'the youth jobless rate' names "Youth
    jobless rate, 16-24" only (a word before the name says which rate)."""
    checked, _ = relations(tmp_path, """Jobs bulletin, second quarter 2025

The jobless rate was 5.4 percent in the second quarter of 2025. The youth jobless rate was
12.0 percent.

Table 1. Jobless rates (percent)

  Rate                         Q2 2024     Q2 2025
  Jobless rate, 16+                5.9         5.4
  Youth jobless rate, 16-24       12.8        12.0
""")
    assert ties_in(checked) == ["Jobless rate, 16+, Q2 2025: the table and the text",
                                "Youth jobless rate, 16-24, Q2 2025: the table and the text"]


def test_a_span_of_months_from_the_year_s_start_names_its_column(tmp_path: Path) -> None:
    """'in the first nine months' names the "9M" columns, not the quarter's: the slip
    (2,150 for 2,140) is tied to "9M 2025" and checked there, never to "Q3 2025"."""
    checked, proposed = relations(tmp_path, """Plant update, third quarter 2025

Output was 2,150 GWh in the first nine months.

| Item | Q3 2025 | Q3 2024 | 9M 2025 | 9M 2024 |
| Output (GWh) | 702 | 690 | 2,140 | 2,010 |
| Costs (EUR m) | 40 | 38 | 121 | 117 |
""")
    assert ties_in(checked + proposed) == ["Output (GWh), 9M 2025: the table and the text"]


def test_a_relative_period_a_comparison_names_is_the_base_s(tmp_path: Path) -> None:
    """'compared with the same quarter of 2024' names the period the figure is compared
    with, so 84,200 is the second quarter of 2025's, not a year earlier's."""
    checked, _ = relations(tmp_path, """Ferry traffic, second quarter 2025

Ferry passengers climbed to 84,200 in the second quarter of 2025, compared with the same
quarter of 2024.

| Service | Q2 2024 | Q2 2025 |
| Ferry passengers | 79,900 | 84,200 |
| Bus passengers | 51,300 | 50,800 |
""")
    assert ties_in(checked) == ["Ferry passengers, Q2 2025: the table and the text"]


def test_a_change_s_noun_then_at_and_its_figure_is_the_change(tmp_path: Path) -> None:
    """'saw the sharpest rise of the three depots, at 8.2 percent' is Eastgate's change;
    'the margin stood at 14.0 percent' after a change's noun is a level, no change."""
    checked, _ = relations(tmp_path, """Depot volumes, 2025

Eastgate saw the sharpest rise of the three depots, at 8.2 percent. Volume growth slowed at
Westgate, and its margin stood at 14.0 percent.

| Depot | 2024 | 2025 | Change (%) |
| Eastgate | 1,220 | 1,320 | +8.2 |
| Westgate | 980 | 1,001 | +2.1 |
| Northgate | 760 | 770 | +1.3 |
""")
    assert ties_in(checked) == ["Eastgate, Change (%): the table and the text"]


def test_a_change_s_period_dates_the_level_it_moved_to_after_a_comma(tmp_path: Path) -> None:
    """'grew by 6.0% in 2025, to 5,300' dates 5,300 to 2025 as well as the change (it was
    tied to the 2024 column, the only one the period left it); 'from 4,100 in 2024 to
    4,350' leaves 2024 the base's."""
    checked, proposed = relations(tmp_path, """Orchard returns, 2025

Apple sales grew by 6.0% in 2025, to 5,300 crates. Pear sales rose from 4,100 in 2024 to
4,350 crates.

Table 1: Crates sold by fruit

| Fruit | 2024 | 2025 |
| Apples | 5,000 | 5,300 |
| Pears | 4,100 | 4,350 |
""")
    assert ties_in(checked + proposed) == ["Apples, 2025: the table and the text",
                                           "Pears, 2024: the table and the text",
                                           "Pears, 2025: the table and the text"]


DWELLINGS = """Dwellings completed, 2024

Published: 14 February 2025

{sentence}

  Type of dwelling       2024
  House                 1,480
  {row}        2,310
  Total                 3,790
"""


def test_a_row_of_one_kind_and_others_is_named_by_that_kind(tmp_path: Path) -> None:
    """"Flat and other" is the flats' row, with what is too few for a row of its own."""
    checked, _ = relations(tmp_path, DWELLINGS.format(
        sentence="Builders finished 2,310 flats in the year.", row="Flat and other"))
    assert ties_in(checked) == ["Flat and other, 2024: the table and the text"]


def test_made_up_is_a_part_of_a_whole_not_a_rise(tmp_path: Path) -> None:
    """"made up 2,310 of" is the flats' level, as a part of the total: "up" after "made" says
    no change, which only a column of differences would hold."""
    checked, _ = relations(tmp_path, DWELLINGS.format(
        sentence="Flats made up 2,310 of the year's completions.", row="Flat          "))
    assert ties_in(checked) == ["Flat, 2024: the table and the text"]


GALLERY_VISITS = """Museum visits, third quarter 2024

Published: 20 October 2024

The museum had 48,200 visitors in the third quarter of 2024, compared with 45,900 in the
same quarter of 2023.

  Gallery          Q3 2023     Q3 2024
  Main hall         30,100      31,700
  Annexe            15,800      16,500
  All galleries     45,900      48,200
"""


def test_the_same_quarter_of_a_year_ties_to_that_year_s_quarter_column(tmp_path: Path) -> None:
    """"in the same quarter of 2023" is the Q3 2023 column's period: the tie is checked, not
    left a proposal for a period the words seemed to contradict."""
    checked, _ = relations(tmp_path, GALLERY_VISITS)
    assert ties_in(checked) == ["All galleries, Q3 2023: the table and the text",
                                "All galleries, Q3 2024: the table and the text"]


def test_total_before_a_row_s_name_names_that_row(tmp_path: Path) -> None:
    """"Total sales" is the sales row's measure said in full, where "online sales" would be
    another thing: a word of the whole names the row, for both years."""
    text = ("Shop results, second quarter 2025\n\nTotal sales were $8.1 million, compared with "
            "$7.6 million in the second quarter of 2024.\n\n"
            "Table 1. Results ($ millions)\n\n"
            "  Line          Q2 2024     Q2 2025\n"
            "  Sales             7.6         8.1\n"
            "  Costs             6.9         7.2\n")
    checked, _ = relations(tmp_path, text)
    assert ties_in(checked) == ["Sales, Q2 2024: the table and the text",
                                "Sales, Q2 2025: the table and the text"]


def test_an_amount_a_named_row_moved_by_leaves_out_another_measure_s_period_column(
        tmp_path: Path) -> None:
    """'Eastcote output rose by 550 tonnes' beside two years of tonnes and a column of one
    year's sales in pounds: the sales are another measure, so the tonnes' two columns are
    the ones the move runs between ('rose': the later is the larger)."""
    checked, _ = relations(tmp_path, """Quarry output 2024

Eastcote output rose by 550 tonnes over the year.

  Site          2023 (tonnes)   2024 (tonnes)   2024 sales (£000)
  Northfield        5,200           4,900             1,210
  Eastcote          3,100           3,650               980
""")
    [block] = _blocks(checked, "DifferenceRelation").values()
    assert "Eastcote (the table): up by 550 tonnes" in block
    assert "cg:minuend :f-t1-r2-c2 ; cg:subtrahend :f-t1-r2-c1 ; cg:difference :f-1 ." in block


def test_the_cost_of_goods_sold_is_not_named_by_sales(tmp_path: Path) -> None:
    """"Cost of goods sold" counts a cost: "sales" in a sentence names the doing only, so a
    sales figure is not tied to that row's cell."""
    text = ("Annual figures, 2024\n\nRevenue was $1,331.2 million in 2024. Domestic sales were "
            "$812.0 million, or 61% of the total."
            "\n\nTable 1. Summary ($ million)\n\n"
            "  Item                    2024     2023\n"
            "  Revenue               1,331.2  1,250.4\n"
            "  Cost of goods sold      790.5    745.0\n")
    checked, _ = relations(tmp_path, text)
    assert ties_in(checked) == ["Revenue, 2024: the table and the text"]


def test_a_nine_month_total_and_its_quarters_restate_no_other_quarter_s_column(
        tmp_path: Path) -> None:
    """A total over the first nine months, and its first quarter beside it, are no cells of
    a table of two third quarters: neither is tied to a column (the first quarter was tied
    to the earlier third quarter's, and failed as a slip)."""
    text = ("Quarterly update, third quarter 2031\n\n"
            "Pulp sales were 1,512 tonnes.\n\n"
            "Table 1. Sales (tonnes)\n| Product | Q3 2031 | Q3 2030 |\n|---|---:|---:|\n"
            "| Pulp | 1,512 | 1,470 |\n| Paper | 2,040 | 2,100 |\n\n"
            "Over the first nine months of 2031 pulp sales came to 4,210 tonnes (Q1: 1,380 "
            "tonnes; Q2: 1,318 tonnes; Q3: 1,512 tonnes).\n")
    checked, _ = relations(tmp_path, text)
    assert ties_in(checked) == ["Pulp, Q3 2031: the table and the text"]


def test_a_percent_is_tied_to_the_column_its_own_clause_names_by_an_inflected_word(
        tmp_path: Path) -> None:
    """'…of the fund is in bonds, which returned 4.1%': 'returned' names the 'Return'
    column in the figure's own clause; 'fund' in the clause before names the share column,
    which is not the 4.1%'s (it was tied there and failed as a slip)."""
    text = ("Savings fund review 2030\n\n"
            "A third of the fund is held in bonds, which returned 4.1% over the year.\n\n"
            "Table 1. Holdings\n| Holding | Share of fund (%) | Return 2030 (%) |\n"
            "|---|---:|---:|\n| Bonds | 30.0 | 4.1 |\n| Shares | 60.0 | 9.3 |\n"
            "| Cash | 10.0 | 2.0 |\n")
    checked, proposed = relations(tmp_path, text)
    assert ties_in(checked) == ["Bonds, Return 2030 (%): the table and the text"]
    assert "Share of fund" not in checked + proposed


def test_a_percent_that_disagrees_is_still_tied_to_the_column_its_own_clause_names(
        tmp_path: Path) -> None:
    """The words, not the values, pick the column: a slip ('4.4%' for 4.1) in the clause
    that names 'Return' is tied there, to be found."""
    text = ("Savings fund review 2030\n\n"
            "A third of the fund is held in bonds, which returned 4.4% over the year.\n\n"
            "Table 1. Holdings\n| Holding | Share of fund (%) | Return 2030 (%) |\n"
            "|---|---:|---:|\n| Bonds | 30.0 | 4.1 |\n| Shares | 60.0 | 9.3 |\n"
            "| Cash | 10.0 | 2.0 |\n")
    checked, _ = relations(tmp_path, text)
    assert ties_in(checked) == ["Bonds, Return 2030 (%): the table and the text"]


def test_a_like_for_like_measure_is_not_the_row_it_names(tmp_path: Path) -> None:
    """'like-for-like store sales' are the sales of the stores open in both years, another
    measure than the row 'Stores' (the last word of the modifier, "like", is no lead word
    here, as it is in "much like stores"); the total's change is still its row's."""
    text = ("Kettleby Hardware trading update\n\n"
            "Released: Tuesday, 14 October 2025\n\n"
            "Total sales rose 5.0% to £84.0m, and like-for-like store sales grew 2.7%.\n\n"
            "| £ million | 2025 | 2024 | Change % |\n"
            "| Stores | 60.0 | 57.6 | 4.2 |\n"
            "| Online | 24.0 | 22.4 | 7.1 |\n"
            "| Total | 84.0 | 80.0 | 5.0 |\n")
    checked, proposed = relations(tmp_path, text)
    assert not restated(tmp_path, "2.7%", checked + proposed)
    assert restated(tmp_path, "5.0%", checked)


TURNOVER = """Harrowgate Mills: results for the year ended 31 May 2027

All amounts in thousands of pounds.

{sentence}

| Line | Q4 FY2027 | Q4 FY2026 | FY2027 | FY2026 |
|:--|--:|--:|--:|--:|
| Flour | 3,150 | 2,900 | 11,800 | 11,200 |
| Bran | 640 | 610 | 2,520 | 2,480 |
| Total turnover | 3,790 | 3,510 | 14,320 | 13,680 |
"""


def test_a_quarter_s_change_runs_between_the_quarter_columns_beside_whole_years(
        tmp_path: Path) -> None:
    """A table of two fourth quarters and two fiscal years: "fourth-quarter turnover grew
    8.0%" runs between the quarters' cells of the total row, and a change the words give of
    the full year between the years' cells; a change whose words name no period of either
    kind is read between neither."""
    checked, _ = relations(tmp_path, TURNOVER.format(
        sentence="Fourth-quarter turnover grew 8.0% year on year."))
    [block] = _blocks(checked, "PercentChangeRelation").values()
    assert "Total turnover (the table): up 8.0%" in block
    assert "cg:initial :f-t1-r3-c2 ; cg:final :f-t1-r3-c1 ; cg:change " in block
    (tmp_path / "year").mkdir()
    (tmp_path / "none").mkdir()
    checked, _ = relations(tmp_path / "year", TURNOVER.format(
        sentence="Full-year turnover grew 4.7%."))
    [block] = _blocks(checked, "PercentChangeRelation").values()
    assert "cg:initial :f-t1-r3-c4 ; cg:final :f-t1-r3-c3 ; cg:change " in block
    checked, _ = relations(tmp_path / "none", TURNOVER.format(sentence="Turnover grew 8.0%."))
    assert not _blocks(checked, "PercentChangeRelation")


def test_a_fiscal_quarter_s_column_is_that_quarter_not_the_fiscal_year() -> None:
    """"Q4 FY2027" heads a quarter of the fiscal year: another period than the "FY2027"
    column beside it, and a later one than "Q4 FY2026"."""
    from kg.read.tables import column_period

    assert column_period("Q4 FY2027") == "2027-Q4"
    assert column_period("H1 FY2027") == "2027-H1"
    assert column_period("FY2027") == "2027"
    assert column_period("Q4 FY2026") < column_period("Q4 FY2027")


def test_a_grant_uprated_by_a_percent_is_said_to_rise_between_its_two_years(
        tmp_path: Path) -> None:
    """"Uprated" is a rise a formula makes (a grant, a pension, a fee): the row the words name
    moves from its earlier year's cell to its later one's."""
    checked, _ = relations(tmp_path, """Parish council accounts 2026/27

The core grant was uprated by 4.0 per cent under the county formula, and the precept
was unchanged.

Income (£)

  Item            2025/26     2026/27
  Core grant       12,500      13,000
  Precept          40,000      40,000
  Total income     52,500      53,000
""")
    [block] = _blocks(checked, "PercentChangeRelation").values()
    assert "Core grant (the table): up 4.0 per cent" in block
    assert "cg:initial :f-t1-r1-c1 ; cg:final :f-t1-r1-c2 ;" in block
