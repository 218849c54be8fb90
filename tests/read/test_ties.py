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

