"""Each figure kg read writes is dated as a careful reader dates it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.read import read
from kg.read.periods import (back, bounds, caption_own_period, cell_period, document_period,
                             fiscal_year_end, mentions, on_calendar, sentence_periods, turtle)


def test_the_document_s_period_is_the_first_its_head_names_not_its_date() -> None:
    assert document_period("Freight, second quarter 2025\nPublished 2 August 2025") == "2025-Q2"
    assert document_period("ANNUAL REVIEW 2023/24\nIssued: 3 June 2024") == "2023/24"
    # a study of a span of years is about the span (not the month it came out); a study
    # with no period names none
    assert document_period("Ten years of cycling, 2014-2024\nMay 2025") == "2014/2024"
    assert document_period("A trial of balance training\n12 June 2024") is None


@pytest.mark.parametrize(("text", "keys"), [
    ("in the third quarter of 2024", ["2024-Q3"]),
    ("Q1 2023 and 2022 Q4", ["2023-Q1", "2022-Q4"]),
    ("in the first half of 2021", ["2021-H1"]),
    ("January-June 2024", ["2024-H1"]),
    ("fiscal 2025-26 and 2024/25", ["2025/26", "2024/25"]),
    ("in March 2024, on 31 March", ["2024-03"]),
    ("between 2013 and 2023", ["2013/2023"]),  # a span: a document's, no single figure's
    ("sales in Sept 2024", ["2024-09"]),  # "Sept", as well as "Sep", is September
    ("prices may rise", []),
])
def test_a_text_s_periods(text: str, keys: list[str]) -> None:
    assert [m.key for m in mentions(text) if m.key] == keys


def test_a_step_back_keeps_the_grain() -> None:
    assert back("2024-Q3", "year") == "2023-Q3"
    assert back("2024-Q1", "quarter") == "2023-Q4"
    assert back("2024/25", "year") == "2023/24"
    assert back("2024-01", "month") == "2023-12"
    assert bounds("2024-H2")[0].isoformat() == "2024-07-01"
    assert bounds("2023/24")[1].isoformat() == "2024-03-31"


def periods(sentence: str, quotes: dict[str, str], current: str | None,
            today: str | None = None) -> dict[str, str]:
    spans, at = [], 0
    for local, quote in quotes.items():
        start = sentence.index(quote, at)
        spans.append((start, start + len(quote), local))
        at = start + len(quote)
    kinds = {local: "change" if "%" in q or "percent" in q else "amount"
             for local, q in quotes.items()}
    return sentence_periods(sentence, spans, kinds, current, today)


def test_a_base_period_after_a_change_is_the_change_s_and_dates_no_amount() -> None:
    """"X, or Y, up 3.2% on the year before": the year before is the change's base, which goes
    unsaid; it dated Y, the amount nearest it, as the year before."""
    got = periods("The mill ground 2,150 tonnes in 2025, or 2.15 million kilograms, up 3.2% on "
                  "the year before.", {"a": "2,150 tonnes", "b": "2.15 million kilograms",
                                       "c": "3.2%"}, "2025")
    assert got == {"a": "2025", "b": "2025", "c": "2025"}


def test_a_base_period_s_possessive_after_its_grain_dates_the_figure_it_introduces() -> None:
    """"the prior-year quarter's 9.4%": the period's words are "the prior-year", its grain and
    possessive follow; the 9.4% it introduces is the quarter a year back."""
    got = periods("The margin reached 10.1%, up 0.7 percentage points on the prior-year "
                  "quarter's 9.4%.", {"a": "10.1%", "b": "0.7 percentage points", "c": "9.4%"},
                  "2026-Q2")
    assert got["c"] == "2025-Q2"
    assert got["a"] == "2026-Q2"


def test_a_period_dates_the_figure_in_its_clause_and_a_change_by_its_end() -> None:
    got = periods("Freight rose from 41.0 million tonnes in 2019 to 52.5 million tonnes in 2024, "
                  "a gain of 28.0 percent, its best since records began in 1950.",
                  {"a": "41.0 million tonnes", "b": "52.5 million tonnes", "c": "28.0 percent"},
                  "2025-Q1")
    assert got == {"a": "2019", "b": "2024", "c": "2024"}


def test_a_change_between_two_dated_rates_is_dated_by_the_later() -> None:
    got = periods("Turnout was 61.3% in 2021-22, against 58.8% in 2019-20, a rise of 2.5 "
                  "percentage points.",
                  {"a": "61.3%", "b": "58.8%", "c": "2.5 percentage points"}, "2023")
    assert got == {"a": "2021/22", "b": "2019/20", "c": "2021/22"}
    # one dated rate may be the base the words compare with: it dates no change
    got = periods("Occupancy reached 84.0%, against 80.5% in 2022, up 3.5 percentage points.",
                  {"a": "84.0%", "b": "80.5%", "c": "3.5 percentage points"}, "2023")
    assert got == {"a": "2023", "b": "2022", "c": "2023"}


def test_a_base_and_a_step_back_date_the_amount_beside_them_never_the_change() -> None:
    got = periods("Exports reached €3.2 billion, up 4.1% on the same quarter a year earlier, "
                  "when they stood at €3.07 billion.",
                  {"a": "€3.2 billion", "b": "4.1%", "c": "€3.07 billion"}, "2025-Q2")
    assert got == {"a": "2025-Q2", "b": "2025-Q2", "c": "2024-Q2"}


def test_an_opening_period_dates_every_figure() -> None:
    got = periods("In April, bookings fell 6.5% to 88,200.", {"a": "6.5%", "b": "88,200"},
                  "2023-H1")
    assert got == {"a": "2023-04", "b": "2023-04"}


def test_a_cell_takes_its_column_s_and_its_row_s_period() -> None:
    assert cell_period("2024", "March", "2024-H1") == "2024-03"
    assert cell_period("2023", "Jan-Jun", "2024-H1") == "2023-H1"
    # a fiscal year is the company's or the government's, not the calendar year
    assert cell_period("FY2024 Actual", "Mali", None) == "FY2024"
    # a year's column in a table of "three months ended" is the document's quarter that year
    assert cell_period("2024", "Revenue", "2025-Q2", "Three months ended June 30") == "2024-Q2"
    assert cell_period("% change", "Revenue", "2025-Q2") == "2025-Q2"


def test_kg_read_writes_each_figure_s_period_as_the_model_says_it(tmp_path: Path) -> None:
    source = tmp_path / "ports.txt"
    source.write_text("Port traffic, second quarter 2025\n\nPublished 5 August 2025\n\n"
                      "Container volumes rose 3.5% to 412,000 units in the second quarter of 2025."
                      " In 2024 the port handled 1.6 million units. Traffic on 4 July 2025 "
                      "reached 5,100 units.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["3.5%"] == temporal["412,000"] == "ent:period-2025-Q2"
    assert temporal["1.6 million"] == '"2024"^^xsd:gYear'
    assert temporal["5,100"] == '"2025-07-04"^^xsd:date'
    assert 'ent:period-2025-Q2 a dcterms:PeriodOfTime ; rdfs:label "2025-Q2" ;\n    ' \
        'schema:startDate "2025-04-01"^^xsd:date ; schema:endDate "2025-06-30"^^xsd:date .' \
        in claims


@pytest.mark.parametrize("text,key", [
    ("The board approved spending for fiscal 2026.", "FY2026"),
    ("Sales in the second quarter of fiscal 2023 were flat.", "FY2023-Q2"),
    ("Q4 FY2022 bookings hit a record.", "FY2022-Q4"),
    ("Margins widened in the first half of fiscal 2021.", "FY2021-H1"),
])
def test_a_fiscal_period_is_no_calendar_period(text: str, key: str) -> None:
    """'fiscal 2025' was dated 2025: a fiscal year may end in June or September."""
    assert [m.key for m in mentions(text)] == [key]


@pytest.mark.parametrize("text,key", [
    ("Board report, Quarter 3, 2025/26 (October to December 2025)", "FY2026-Q3"),
    ("| Indicator | Q2 2023/24 | Q2 2024/25 |", "FY2024-Q2"),
    ("Trading update: second quarter of 2025/26", "FY2026-Q2"),
    ("in the first half of 2022-23", "FY2023-H1"),
])
def test_a_part_of_a_year_written_across_two_is_that_fiscal_year_s_part(text: str,
                                                                         key: str) -> None:
    """'Quarter 3, 2025/26' and a table's 'Q3 2024/25' were read as calendar quarters of
    2025 and 2024 (the /26 left over)."""
    assert [m.key for m in mentions(text)][0] == key
    assert document_period(text + "\n") == key
    # its calendar months beside it imply no end month that would rename it 2025-Q4: the
    # text's own name stays (as "2025/26" does for the year)
    assert fiscal_year_end(text + ".") is None


def test_a_fiscal_report_s_bare_quarter_is_its_fiscal_quarter_and_steps_back_a_year() -> None:
    assert [m.key for m in mentions("in the third quarter", "FY2024")] == ["FY2024-Q3"]
    assert [m.key for m in mentions("in May", "FY2024")] == ["2024-05"]
    assert back("FY2024-Q3", "year") == "FY2023-Q3" and back("FY2025", "year") == "FY2024"
    assert turtle("FY2024-Q3") == ("ent:period-FY2024-Q3", 'ent:period-FY2024-Q3 a '
                                   'dcterms:PeriodOfTime ; rdfs:label "FY2024-Q3" .\n')


def test_a_fiscal_period_that_ends_with_the_calendar_s_is_the_calendar_s() -> None:
    from kg.read.periods import fiscal_is_calendar
    assert fiscal_is_calendar("Results for the first quarter of fiscal 2026, which ended "
                              "March 31, 2026, were strong.")
    assert not fiscal_is_calendar("Results for the first quarter of fiscal 2026, which ended "
                                  "December 27, 2025, were strong.")
    assert fiscal_is_calendar("In fiscal 2023, which ended on 31 December 2023, sales rose.")
    assert not fiscal_is_calendar("Spending for fiscal 2023 rose.")


@pytest.mark.parametrize("ended,key,before", [
    ("which ended August 31, 2025", "ent:period-FY2025-Q4", "ent:period-FY2024-Q4"),
    ("which ended December 31, 2025", "ent:period-2025-Q4", "ent:period-2024-Q4")])
def test_kg_read_dates_a_fiscal_quarter_as_the_calendar_s_only_where_it_ends_with_it(
        tmp_path: Path, ended: str, key: str, before: str) -> None:
    source = tmp_path / "mill.txt"
    source.write_text("Millbrook Paper: fourth quarter fiscal 2025 results\n\n"
                      f"Millbrook reported results for the fourth quarter of fiscal 2025, {ended}."
                      " Shipments rose 2.2% to 381,000 tonnes, against 372,800 tonnes a year "
                      "earlier.\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["381,000 tonnes"] == temporal["2.2%"] == key
    assert temporal["372,800 tonnes"] == before


def test_a_bare_year_in_a_report_on_a_fiscal_year_is_that_year_of_its_accounts(
        tmp_path: Path) -> None:
    """'Year ended 30 April 2025' over a table of '2025 | 2024' and '(2024: £35.1 million)':
    the bare years were dated as calendar years, not the fiscal years the report is on."""
    source = tmp_path / "choir.md"
    source.write_text("# Fenwick Choral Society: accounts for the year ended 31 August 2025\n\n"
                      "Ticket sales rose to £18,400 (2024: £16,950). Concerts held: 9.\n\n"
                      "| Income (£) | 2025 | 2024 |\n|---|---|---|\n"
                      "| Tickets | 18,400 | 16,950 |\n| Subscriptions | 7,220 | 7,080 |\n"
                      "| Total | 25,620 | 24,030 |\n\nThe choir was founded in 1998.\n",
                      encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["£18,400"] == temporal["9"] == "ent:period-FY2025"
    assert temporal["£16,950"] == "ent:period-FY2024"
    cells = re.findall(r'cg:quote "(25,620|24,030)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                       r'([^ ;]+)', claims)
    assert dict(cells) == {"25,620": "ent:period-FY2025", "24,030": "ent:period-FY2024"}


@pytest.mark.parametrize("ended,key", [
    ("its second quarter ended June 30, 2026", "ent:period-2026-Q2"),
    ("its second quarter ended July 3, 2026", "ent:period-FY2026-Q2")])
def test_a_fiscal_quarter_whose_sentence_names_only_its_end_day_is_the_calendar_s_if_it_ends_it(
        tmp_path: Path, ended: str, key: str) -> None:
    """The title names "Q2 fiscal 2026" and the body "the quarter ended <day>" with no fiscal
    year: dated FY2026-Q2 (a fiscal label with no days) though the day ends a calendar one."""
    source = tmp_path / "ovens.txt"
    source.write_text("Tallis Ovens posts second quarter fiscal 2026 results\n\n"
                      f"Tallis Ovens, a maker of kitchen ranges, reported results for {ended}. "
                      "Orders grew 4.0% to 6,240 units.\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["6,240"] == temporal["4.0%"] == key


def test_a_quarter_named_without_its_year_takes_the_year_of_its_column_or_table() -> None:
    """'Q1' rows under a '2023' column were dated 2023, and 'Q1 (Jan-Mar)' the month 2023-01."""
    assert cell_period("2021", "Q2", "2021") == "2021-Q2"
    assert cell_period("2020", "Q4 (Oct-Dec)", "2021") == "2020-Q4"
    assert cell_period("2022", "Third quarter", None) == "2022-Q3"
    assert cell_period("2019", "H2", "2019") == "2019-H2"
    assert cell_period("Q3", "Northern region", "2018") == "2018-Q3"  # the table's year
    assert cell_period("2021", "Full year", "2021") == "2021"


def test_a_quarter_in_a_title_takes_the_title_s_year_not_the_publication_s() -> None:
    """'FOURTH QUARTER AND FULL-YEAR 2023 RESULTS', published in February 2024, was 2024-Q4."""
    assert document_period("NORDFJORD FERRIES: SECOND QUARTER AND HALF-YEAR 2022 REPORT\n\n"
                           "Bergen, 18 August 2022\n", "2022-08-18") == "2022-Q2"
    # a report on a quarter and its full year is dated the year (sections name the quarter)
    assert document_period("Fourth quarter and full-year 2021 results\n\nOslo, 9 February 2022\n",
                           "2022-02-09") == "2021"
    assert document_period("Quarterly bulletin: third quarter\n\nPublished 3 November 2025\n",
                           "2025-11-03") == "2025-Q3"


def test_a_section_heading_s_period_dates_the_sentences_under_it(tmp_path: Path) -> None:
    """Under 'Full year 2023' of a fourth-quarter report, 'EBITDA was NOK 4,038 million' was
    dated the quarter; under a heading of no period the document's own period is back."""
    source = tmp_path / "fjord.txt"
    source.write_text("Fjordline Cargo: fourth quarter 2021 report\n\n"
                      "Volumes rose 4.0% to 91,000 units in the quarter.\n\n"
                      "Whole year 2021\n"
                      "Sales were NOK 812 million. Costs came to NOK 640 million.\n\n"
                      "Staff and fleet\n"
                      "The fleet carried 23,500 units a week.\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["91,000"] == "ent:period-2021-Q4"
    assert temporal["NOK 812 million"] == temporal["NOK 640 million"] == '"2021"^^xsd:gYear'
    assert temporal["23,500"] == "ent:period-2021-Q4"


def test_a_dateline_s_day_dates_no_figure() -> None:
    sentence = "NAIROBI, March 3, 2025 -- The board sold 9,100 tonnes in the 2023/24 season."
    got = sentence_periods(sentence, [(sentence.index("9,100"), sentence.index(" in the"), "a")],
                           {"a": "amount"}, "2023/24")
    assert got == {"a": "2023/24"}


def test_a_journal_s_volume_year_is_no_period_of_the_paper() -> None:
    """A paper's head 'Journal of Coastal Studies, Vol. 8 (2023)' dated all its figures 2023."""
    assert document_period("Journal of Coastal Studies, Vol. 8 (2023), pp. 12-30\n"
                           "Published online: 2 May 2023\n\nDune erosion on three islands\n",
                           "2023-05-02") is None
    assert document_period("Working Paper No. 2021-07\n\nHousing starts in the third quarter "
                           "of 2020\n", "2021-02-01") == "2020-Q3"


def test_a_year_ended_after_published_is_the_period_reported_on() -> None:
    """A results story whose first sentence 'published its results for the year ended 31
    July 2025' was dated by its posting day's year, as if 'published' named when it came
    out."""
    assert document_period("Brewery results\nPosted Monday 3 November 2025\n"
                           "The brewery has published its accounts for the year ended 31 August "
                           "2025. Sales grew 4% to £12 million.", "2025-11-03") == "FY2025"
    assert document_period("Mill co-op figures out\nThe mill today published figures for the "
                           "twelve months ended 30 September 2024.", "2024-11-20") == "FY2024"
    # a volume's year after "Published" is still the publication's
    assert document_period("Bulletin of Fen Studies\nPublished in Vol. 4 (2022)\n",
                           "2022-05-02") is None


def test_a_span_of_years_in_the_title_is_the_document_s_period_and_a_period_of_time() -> None:
    """'Three decades of glacier shrinkage, 1990-2020': its undated changes are the span's."""
    assert document_period("Harbour silting in the Lanna estuary, 2001-2021\n\nA. Writer\n",
                           "2022-06-01") == "2001/2021"
    assert turtle("2001/2021") == ("ent:period-2001-2021", 'ent:period-2001-2021 a '
                                   'dcterms:PeriodOfTime ; rdfs:label "2001/2021" ;\n    '
                                   'schema:startDate "2001-01-01"^^xsd:date ; schema:endDate '
                                   '"2021-12-31"^^xsd:date .\n')
    # in a sentence a span dates no single figure: each end dates its own amount
    sentence = "Silt rose from 1.2 million tonnes in 2001 to 2.0 million tonnes in 2021."
    spans = [(sentence.index("1.2"), sentence.index(" in 2001"), "a"),
             (sentence.index("2.0"), sentence.index(" in 2021"), "b")]
    assert sentence_periods(sentence, spans, {"a": "amount", "b": "amount"}, "2001/2021") == \
        {"a": "2001", "b": "2021"}


def test_last_year_counts_back_from_when_the_text_was_written() -> None:
    """A January 2025 review of 2024: 'last year's passengers' are 2024's, not 2023's; a
    November report on October: the rate cut 'last month' was October's."""
    sentence = "Foreign visitors made up 3.1 million of last year's guests."
    spans = [(sentence.index("3.1"), sentence.index(" of last"), "a")]
    assert sentence_periods(sentence, spans, {"a": "amount"}, "2024", "2025-01-20") == {"a": "2024"}
    sentence = "The bank trimmed its rate to 3.50 percent last month."
    spans = [(sentence.index("3.50"), sentence.index(" last"), "a")]
    assert sentence_periods(sentence, spans, {"a": "amount"}, "2023-10", "2023-11-08") == \
        {"a": "2023-10"}
    # "a year earlier" still counts back from the period the text reports on
    sentence = "Sales were 410 units, against 380 units a year earlier."
    spans = [(sentence.index("410"), sentence.index(" units,"), "a"),
             (sentence.index("380"), sentence.index(" units a"), "b")]
    assert sentence_periods(sentence, spans, {"a": "amount", "b": "amount"}, "2023-Q3",
                            "2023-11-02") == {"a": "2023-Q3", "b": "2022-Q3"}


def test_last_year_in_a_text_about_school_years_is_the_last_school_year() -> None:
    sentence = "The library lent 2.2 million books last year."
    spans = [(sentence.index("2.2"), sentence.index(" books"), "a")]
    assert sentence_periods(sentence, spans, {"a": "amount"}, "2024/25", "2025-02-03") == \
        {"a": "2023/24"}


def test_last_year_opening_a_sentence_dates_its_undated_figures() -> None:
    sentence = "Last year we hosted 1,900 guests from 41 countries, 12% more than in 2021."
    spans = [(sentence.index("1,900"), sentence.index(" guests"), "a"),
             (sentence.index("41"), sentence.index(" countries"), "b"),
             (sentence.index("12%"), sentence.index(" more"), "c")]
    got = sentence_periods(sentence, spans, {"a": "amount", "b": "amount", "c": "change"},
                           "2023", "2023-05-02")
    assert got == {"a": "2022", "b": "2022", "c": "2022"}


def test_a_heading_names_a_section_s_period_but_a_caption_none() -> None:
    from kg.read.periods import headings
    text = ("Harbour report, first half 2022\n\nCargo rose.\n\nOutlook for 2023\nMore ships.\n\n"
            "Table 2. Tonnage, 2021\n| a | 1 |\n\nStaff\nSix joined.\n")
    got = [key for _, key in headings(text, "2022-H1")]
    assert got == ["2023", None]


def test_a_month_the_head_gives_as_when_it_came_out_is_no_period_reported_on() -> None:
    """'Next update: September 2025' under a 2024 annual summary dated its figures 2025-09."""
    assert document_period("Harbour Board Statistics\nShipping movements: 2023 yearbook\n"
                           "Issued 14 April 2024 | Next release: October 2024\n") == "2023"
    assert document_period("Discussion Paper 12\nRegional Policy Unit\nNovember 2024\n"
                           "Do ferry subsidies pay?\n") is None


def test_a_head_s_comparison_base_or_deadline_is_not_the_document_s_period() -> None:
    """'... rose from 4.69 million in 2021 to 5.25 billion in 2025' dated a brief 2021."""
    assert document_period("WATCHDOG NOTE 4\nMonday, 3 March 2025\nThe county's road budget "
                           "grew from $31.0 million in 2019 to $44.2 million in 2024.\n",
                           "2025-03-03") == "2024"
    # neither 2016 nor 2022 (nor June): the dateline's year
    assert document_period("Cheese exports\nFriday, 7 June 2024\nDairies shipped 8,100 tonnes, "
                           "the most since 2016 and far more than in 2022.\n",
                           "2024-06-07") == "2024"
    assert document_period("Relief update\nMonday, 10 February 2025\nThe charity must spend "
                           "$2.2 million before the end of the programme in June.\n",
                           "2025-02-10") == "2025"
    assert document_period("Cheese exports\n7 June 2024\nDairies shipped 8,100 tonnes, the "
                           "most since 2016 and far more than in 2022.\n", "2024-06-07") is None


@pytest.mark.parametrize(("text", "key"), [
    ("Half-year report for the six months ended 30 June 2023", "2023-H1"),
    ("sales in the three months to 30 September 2022 were", "2022-Q3"),
    ("Annual report for the year ended 31 March 2021", "2020/21"),
    ("results for the year ended 31 December 2020", "2020"),
    ("Third-quarter 2022 sales update", "2022-Q3"),
    ("a second-half 2021 recovery", "2021-H2"),
    ("visits between April and June 2023 rose", "2023-Q2"),
    ("Oct–Dec 2020 shipments", "2020-Q4"),
])
def test_a_run_of_months_ending_on_a_day_or_month_is_its_quarter_half_or_year(
        text: str, key: str) -> None:
    assert [m.key for m in mentions(text) if m.key] == [key]


def test_a_run_of_months_that_is_no_quarter_names_no_month_of_it() -> None:
    """'between June and August' dated a summer's figures June."""
    assert [m.key for m in mentions("between June and August 2022, 4.1 million trips")
            if m.key] == []
    # a year to the end of June is a fiscal year, never its last month
    assert [m.key for m in mentions("the year to 30 June 2022") if m.key] == ["FY2022"]
    # two months joined by "and" without "between" stay two months
    assert [m.key for m in mentions("in May and June 2022", "2022") if m.key] == \
        ["2022-05", "2022-06"]


def test_the_first_six_months_of_a_year_are_its_first_half() -> None:
    assert [m.key for m in mentions("profit in the first six months of 2022 rose") if m.key] == \
        ["2022-H1"]
    assert [m.key for m in mentions("in the last three months of the year", "2021")
            if m.key] == ["2021-Q4"]


def test_this_year_in_a_text_about_next_fiscal_year_is_the_year_it_was_written_in() -> None:
    """'up from $298.1 million this year' in a March 2025 story on the 2025/26 budget was
    dated 2025/26, the year of the new budget."""
    sentence = "Parks get $40.2 million, up from $38.0 million this year."
    spans = [(sentence.index("$40.2"), sentence.index(", up"), "new"),
             (sentence.index("$38.0"), sentence.index(" this year"), "old")]
    got = sentence_periods(sentence, spans, {"new": "amount", "old": "amount"}, "2026/27",
                           "2026-02-10")
    assert got == {"new": "2026/27", "old": "2025/26"}
    # "on the current year" is the base of a change: the report's own year still
    sentence = "Spending rises by £3.1 million on the current year."
    spans = [(sentence.index("£3.1"), sentence.index(" on the"), "rise")]
    assert sentence_periods(sentence, spans, {"rise": "amount"}, "2026/27", "2026-02-10") == \
        {"rise": "2026/27"}


def test_a_story_s_lead_that_names_a_year_by_its_end_names_the_period_it_reports_on() -> None:
    """A city story dated 'Friday, August 29, 2025' whose lead said '... in the fiscal year
    that ended June 30' was dated 2025, the dateline's calendar year."""
    head = ("THE HARBOR GAZETTE · Tuesday, September 16, 2025\nPools cost more to run\n"
            "By A. Writer\nThe county spent $8.2 million on its eleven public pools in the "
            "fiscal year that ended June 30, up from $7.6 million.\n")
    assert document_period(head, "2025-09-16") == "FY2025"
    # past the head's lines: a subhead, a standfirst and a byline before the lead
    long = head.replace("By A. Writer\n", "Heating bills and lifeguards' pay drove the rise\n"
                        "Swimmers paid no more\nCounty hall\nBy A. Writer\n")
    assert document_period(long, "2025-09-16") == "FY2025"
    # its end past the story's own month is the year before's
    head = head.replace("Tuesday, September 16, 2025", "Friday, February 6, 2026")
    assert document_period(head, "2026-02-06") == "FY2025"
    # a year ended that is only a comparison's base is not it; with none the dateline's year
    assert document_period(head.replace("in the fiscal year that ended June 30, up from "
                                        "$7.6 million", "this winter, more than in the year "
                                        "ended June 30"), "2026-02-06") == "2026"


def test_a_deadline_dates_no_figure() -> None:
    """'$1.74 million to commit before the end of the relief phase in March' was March's."""
    sentence = "The charity has $0.9 million left to spend before the end of the programme in June."
    spans = [(sentence.index("$0.9"), sentence.index(" left"), "left")]
    assert sentence_periods(sentence, spans, {"left": "amount"}, "2023") == {"left": "2023"}
    # "a year before in May" is the figure's own month still
    sentence = "Fuel had been cheaper than a year before in May (a fall of 0.4%)."
    spans = [(sentence.index("0.4%"), sentence.index(")."), "fall")]
    assert sentence_periods(sentence, spans, {"fall": "change"}, "2023-06") == {"fall": "2023-05"}


def test_a_bylined_story_s_date_is_its_year_after_published_or_on_its_masthead() -> None:
    """A story 'By Dana Whitlock, Staff Writer · Published October 19, 2026' or under a
    masthead's 'WEEKLY | Industry | 14 May 2026' dated none of its figures: only a weekday's
    or a place's dateline counted."""
    assert document_period("Lake swim draws record field\nBy Priya Mand, Sports Desk · "
                           "Published June 2, 2025, 7:10 a.m.\nSome 1,240 swimmers took part.\n",
                           "2025-06-02") == "2025"
    assert document_period("THE FARM LEDGER | Dairy | 3 March 2024\nCreamery adds a line\n"
                           "By Tomas Ek\nThe creamery will hire 30 people.\n",
                           "2024-03-03") == "2024"
    # with no byline a page's "Published" day still dates nothing
    assert document_period("Trail guide\nPublished 2 June 2025\nThe loop is 14 km long.\n",
                           "2025-06-02") is None


def test_a_story_s_lead_that_reports_on_last_year_is_the_year_before_its_date() -> None:
    """'Tea exports from the highlands reached a record 384,600 tonnes last year, up 8.6 per
    cent on 2023's 354,200 tonnes' was dated 2023, the comparison's base."""
    head = ("Wool sales at a high\n\nBy Ada Brenn\n\nTARAVAL, Monday 10 February 2025 - Fleece "
            "sales from the upland farms reached 9,120 tonnes last year, up 4.2 per cent on "
            "2023's 8,750 tonnes.\n")
    assert document_period(head, "2025-02-10") == "2024"
    # no date, no "last year": a base's year after "on" is still no period of the document
    assert document_period("Wool sales at a high\n\nFleece sales reached 9,120 tonnes, 4.2% "
                           "up on 2023.\n") is None
    # "last year" only as a base ("than last year") leaves the dateline's year
    assert document_period("Wool sales at a high\nTARAVAL, Monday 10 February 2025 - Fleece "
                           "sales are running ahead of last year.\n", "2025-02-10") == "2025"


def test_a_news_dateline_s_year_is_the_period_of_a_head_that_names_none() -> None:
    """'Record summer at Karsk airport ... Thursday, 11 September 2025' dated nothing."""
    assert document_period("Ferry firm carries record numbers\nBy A. Writer\n"
                           "Tuesday, 4 March 2025\nThe ferries carried 1.2 million people.\n",
                           "2025-03-04") == "2025"
    assert document_period("Storm appeal: budget\nNAIROBI, 9 May 2023\nThe appeal seeks $4 "
                           "million.\n", "2023-05-09") == "2023"
    # a page's "updated" day or a rate's "effective from" day is no dateline
    assert document_period("Savings rates\nPage updated Monday, 3 June 2024\n") is None
    assert document_period("Bond rates\nRates effective from Monday 1 July 2024.\n") is None


def test_a_period_under_an_abstract_or_summary_is_the_body_s_not_the_document_s() -> None:
    """'ABSTRACT / Between 2021 and 2024 a social landlord ...' dated a study's every
    figure 2021/2024."""
    assert document_period("Solar roofs on council schools\nJ. Author and K. Author\nAbstract\n"
                           "Between 2017 and 2022 the council fitted panels on 61 schools.\n") is None
    assert document_period("Food bank network: annual review 2023\nSummary\nIn March 2023 we "
                           "opened 4 new sites.\n") == "2023"


def test_an_aside_in_brackets_does_not_part_a_figure_from_its_period() -> None:
    """'£214.6 million (about €251 million) in 2023/24, up 9.3% from £186.3 million the year
    before' dated the amount and the change the document's year."""
    sentence = ("Grant income came to $88.0 million (roughly €81 million) in 2021/22, up 4.0% "
                "from $84.6 million the year before.")
    spans = [(sentence.index(q), sentence.index(q) + len(q), q)
             for q in ("$88.0 million", "€81 million", "4.0%", "$84.6 million")]
    got = sentence_periods(sentence, spans, {"4.0%": "change"}, "2022/23")
    assert got == {"$88.0 million": "2021/22", "€81 million": "2021/22", "4.0%": "2021/22",
                   "$84.6 million": "2020/21"}
    # an aside that names its own period keeps it
    sentence = "Sales rose to $9.1 million (2020/21: $8.4 million)."
    spans = [(sentence.index(q), sentence.index(q) + len(q), q)
             for q in ("$9.1 million", "$8.4 million")]
    assert sentence_periods(sentence, spans, {}, "2021/22") == {"$9.1 million": "2021/22",
                                                               "$8.4 million": "2020/21"}


def _spans(sentence: str, *quotes: str) -> list[tuple[int, int, str]]:
    return [(sentence.index(q), sentence.index(q) + len(q), q) for q in quotes]


def test_the_figure_a_yearly_rate_moved_from_is_the_year_before_s() -> None:
    """'Their share rose to 38.3 percent from 32.8 percent' dated both 2023."""
    sentence = "Recycling reached 47.5% of waste, up from 44.1% of waste."
    assert sentence_periods(sentence, _spans(sentence, "47.5%", "44.1%"),
                            {"47.5%": "change", "44.1%": "change"}, "2021") == \
        {"47.5%": "2021", "44.1%": "2020"}  # "up from" with no "to" is the same move
    sentence = "The vacancy rate edged up to 6.2% of homes from 5.8% as builders slowed."
    assert sentence_periods(sentence, _spans(sentence, "6.2%", "5.8%"),
                            {"6.2%": "change", "5.8%": "change"}, "2021/22") == \
        {"6.2%": "2021/22", "5.8%": "2020/21"}
    sentence = "Fees go to $1,210 from $1,150 next year."
    assert sentence_periods(sentence, _spans(sentence, "$1,210", "$1,150"), {}, "FY2026") == \
        {"$1,210": "FY2026", "$1,150": "FY2025"}


def test_the_figure_a_half_year_s_rate_moved_from_is_the_same_half_a_year_before() -> None:
    """An interim report's 'the margin widened to 12.8% from 8.4%' dated the earlier margin
    by the report's own half: a half is set against the same half of the year before."""
    sentence = "Gross yield on the portfolio improved to 6.35% from 5.90% in the period."
    assert sentence_periods(sentence, _spans(sentence, "6.35%", "5.90%"),
                            {"6.35%": "change", "5.90%": "change"}, "2023-H2") == \
        {"6.35%": "2023-H2", "5.90%": "2022-H2"}
    sentence = "Occupancy of the depots climbed to 91 percent from 87 percent."
    assert sentence_periods(sentence, _spans(sentence, "91 percent", "87 percent"),
                            {"91 percent": "change", "87 percent": "change"}, "FY2026-H1") == \
        {"91 percent": "FY2026-H1", "87 percent": "FY2025-H1"}


def test_from_and_to_in_a_study_of_a_span_of_years_are_its_first_and_last_years() -> None:
    """A ten-year study's 'grew from about 184,000 to 392,000' dated both the span
    '2014/2024', and the change with them: the start is the span's first year, the end its
    last, the change the end's."""
    sentence = "Ferry crossings rose from about 61,000 to 97,500, an increase of 60%."
    got = sentence_periods(sentence, _spans(sentence, "61,000", "97,500", "60%"),
                           {"61,000": "amount", "97,500": "amount", "60%": "change"},
                           "2012/2022")
    assert got == {"61,000": "2012", "97,500": "2022", "60%": "2022"}
    # a year named keeps its own; "since" bounds another run; a single year's document is
    # not a span
    sentence = "Ferry crossings rose from 61,000 in 2015 to 97,500."
    assert sentence_periods(sentence, _spans(sentence, "61,000", "97,500"), {},
                            "2012/2022")["61,000"] == "2015"
    sentence = "Since the new pier opened, crossings rose from 61,000 to 97,500."
    assert sentence_periods(sentence, _spans(sentence, "61,000", "97,500"), {},
                            "2012/2022") == {"61,000": "2012/2022", "97,500": "2012/2022"}
    # a single year's document is not a span: its move is from the year before (since
    # round 21; both were the document's year before)
    sentence = "Crossings rose from 61,000 to 97,500."
    assert sentence_periods(sentence, _spans(sentence, "61,000", "97,500"), {}, "2022") == \
        {"61,000": "2021", "97,500": "2022"}


def test_a_period_dates_the_amount_its_when_clause_introduces() -> None:
    """'Student numbers have grown 4.6% a year since 2020/21, when we taught 19,900' dated
    19,900 by the report's own year: a period named in another clause dated nothing."""
    sentence = "Members have grown by 3.2% a year since 2019, when the club had 410."
    got = sentence_periods(sentence, _spans(sentence, "3.2%", "410"),
                           {"3.2%": "change", "410": "amount"}, "2025")
    assert got == {"3.2%": "2025", "410": "2019"}
    sentence = ("Fees are now £12.4 million, twice the level of 2016/17, when the school "
                "charged £6.2 million.")
    got = sentence_periods(sentence, _spans(sentence, "£12.4 million", "twice", "£6.2 million"),
                           {"£12.4 million": "amount", "twice": "change",
                            "£6.2 million": "amount"}, "2024/25")
    assert got == {"£12.4 million": "2024/25", "twice": "2024/25", "£6.2 million": "2016/17"}


def test_a_quarter_s_from_is_the_year_before_s_quarter_and_a_span_s_is_left() -> None:
    """'to 8.1% from 7.7%' in a quarter is set against the same quarter a year before (as a
    quarter's report compares; "sequentially" would make it the quarter before; until round
    21 it was left to the document); 'over the past ten years' spans many."""
    sentence = "Margin widened to 8.1% from 7.7%."
    assert sentence_periods(sentence, _spans(sentence, "8.1%", "7.7%"),
                            {"8.1%": "change", "7.7%": "change"}, "2022-Q3") == \
        {"8.1%": "2022-Q3", "7.7%": "2021-Q3"}
    sentence = "Membership grew to 9,100 from 2,300 over the past ten years."
    assert sentence_periods(sentence, _spans(sentence, "9,100", "2,300"), {}, "2022") == \
        {"9,100": "2022", "2,300": "2022"}


def test_this_year_in_a_text_written_after_its_year_is_that_year() -> None:
    """Results for the year to March 2024, out in May 2024: 'this year' is 2023/24 still."""
    sentence = "Revenue grew to £61.0 million this year."
    spans = [(sentence.index("£61.0"), sentence.index(" this"), "r")]
    assert sentence_periods(sentence, spans, {"r": "amount"}, "2023/24", "2024-05-21") == \
        {"r": "2023/24"}


def test_a_period_s_end_in_the_head_is_not_the_document_s_date() -> None:
    """'Preliminary results for the year ended 31 March 2024 / Cambridge, 21 May 2024' was
    dated 31 March."""
    from kg.read import _stated_date
    assert _stated_date("Orbis plc\nResults for the six months ended 30 June 2023\n"
                        "Leeds, 2 August 2023 -- Orbis plc today ...") == "2023-08-02"
    # with no other day in the head, the period's end is better than none
    assert _stated_date("Orbis plc\nResults for the year ended 31 December 2022\n") == \
        "2022-12-31"


def test_a_head_s_day_run_into_the_first_sentence_dates_no_figure() -> None:
    """'Interim results for the six months ended 30 June 2025 Issued Wednesday, 23 July 2025
    Group revenue reached £412.6 million in the first half' dated the revenue 23 July."""
    sentence = ("Half-year report for the six months ended 30 June 2022 Published Tuesday, "
                "26 July 2022 Sales came to $51.3 million, against the prior-year figure of "
                "$47.0 million.")
    spans = _spans(sentence, "six months", "$51.3 million", "$47.0 million")
    got = sentence_periods(sentence, spans, {}, "2022-H1")
    assert got["$51.3 million"] == "2022-H1"
    assert got["$47.0 million"] == "2021-H1"  # "the prior-year figure"
    # a day the words introduce is the figure's own
    sentence = "On 30 June 2022 net debt stood at $12.0 million."
    assert sentence_periods(sentence, _spans(sentence, "$12.0 million"), {}, "2022-H1") == \
        {"$12.0 million": "2022-06-30"}


def test_a_period_s_possessive_dates_the_figure_it_introduces() -> None:
    """'£25 more than last year's payment of £300' dated the £25 last year, the £300 this."""
    sentence = "The grant is $40 more than last year's award of $610."
    got = sentence_periods(sentence, _spans(sentence, "$40", "$610"), {}, "2023", "2023-04-02")
    assert got == {"$40": "2023", "$610": "2022"}
    sentence = "Prices rose 2.2 percent in May, down from April's 2.6 percent."
    got = sentence_periods(sentence, _spans(sentence, "2.2 percent", "2.6 percent"),
                           {"2.2 percent": "change", "2.6 percent": "change"}, "2023-05")
    assert got == {"2.2 percent": "2023-05", "2.6 percent": "2023-04"}


def test_than_in_the_same_quarter_of_a_year_is_a_comparison_s_base() -> None:
    """'5.3 percent more than in the same quarter of 2023' dated the change 2023."""
    sentence = "Exports rose to 812 containers in the third quarter, 4.1 percent more than in " \
               "the same quarter of 2021."
    got = sentence_periods(sentence, _spans(sentence, "812", "4.1 percent"),
                           {"812": "amount", "4.1 percent": "change"}, "2022-Q3")
    assert got == {"812": "2022-Q3", "4.1 percent": "2022-Q3"}


def test_the_base_of_a_difference_whose_other_amount_goes_unsaid_dates_nothing() -> None:
    """'€19.10 a month, 70 cents more than a year earlier' dated the 70 cents a year back."""
    sentence = "Fares averaged $4.25, 15 cents more than a year earlier."
    got = sentence_periods(sentence, _spans(sentence, "$4.25", "15 cents"), {}, "2022-Q2")
    assert got == {"$4.25": "2022-Q2", "15 cents": "2022-Q2"}


def test_a_day_a_caption_names_without_its_year_dates_each_year_column_at_that_day() -> None:
    """"Reservoir storage at 1 October (million m3)" over "2025 | 2024": the cells are
    1 October of each column's year, not the whole year; a span's end ("the year to 31
    March", "ended 30 June") is no such day."""
    words = "Reservoir storage at 1 October (million m3) | Reservoir | 2025 | 2024 |"
    assert cell_period("2025", "Ashdale", None, words) == "2025-10-01"
    assert cell_period("2024", "Ashdale", "2025", words) == "2024-10-01"
    assert cell_period("2025", "Ashdale", None, "Income for the year to 31 March (£000)") == "2025"
    assert cell_period("2025", "Ashdale", None, "Six months ended 30 June (£m)") == "2025"
    assert cell_period("2025", "Ashdale", None, "Inflows, 1 April to 30 September") == "2025"


def test_a_year_before_a_figure_s_own_day_is_that_day_a_year_back() -> None:
    """"stood at 1,420 on 30 September 2025, against 1,385 a year earlier": the base is 30
    September 2024 (it was read as the whole year 2024)."""
    assert back("2025-09-30", "year") == "2024-09-30"
    assert back("2024-02-29", "year") == "2023-02-28"
    got = periods("The waiting list stood at 1,420 families on 30 September 2025, against 1,385 "
                  "a year earlier.", {"a": "1,420", "b": "1,385"}, "2025")
    assert got == {"a": "2025-09-30", "b": "2024-09-30"}


def test_a_change_column_between_dated_columns_takes_the_latest_s_period(tmp_path: Path) -> None:
    """Under "stock at 1 October" with "2025 | 2024 | Change" heads, the change is to
    1 October 2025 (it fell back on the document's year); a unit after "per" in the caption
    is a rate's denominator, not the cells' unit (they were read as megawatt-hours)."""
    source = tmp_path / "grain.md"
    source.write_text("# Grain stores report 2025\n\nStores held less grain this autumn.\n\n"
                      "Table 1. Storage fees at 1 October (pence per MWh)\n\n"
                      "| Store | 2025 | 2024 | Change |\n|---|---|---|---|\n"
                      "| Hythe | 412 | 398 | +14 |\n| Marsh | 377 | 380 | -3 |\n",
                      encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["412"] == temporal["+14"] == temporal["-3"] == '"2025-10-01"^^xsd:date'
    assert temporal["398"] == '"2024-10-01"^^xsd:date'
    assert "unit:MegaW-HR" not in claims


def test_the_final_quarter_of_a_year_is_its_fourth_and_last_quarter_alone_is_relative() -> None:
    """"in the final quarter of 2023" was read as the whole year 2023."""
    assert [m.key for m in mentions("orders in the final quarter of 2022 rose")] == ["2022-Q4"]
    assert [m.key for m in mentions("the last quarter of fiscal 2025")] == ["FY2025-Q4"]
    assert [(m.key, m.step) for m in mentions("orders fell last quarter")] == \
        [(None, "last-quarter")]


def test_a_base_with_its_own_figure_before_its_period_is_still_the_base() -> None:
    """"up from 1,180 in 2024, a rise of 6.8 per cent": the rise is to the report's year,
    not the base's (it took the base's year, 2024)."""
    got = periods("Ferry crossings are up from 1,180 in 2024, a rise of 6.8 per cent.",
                  {"a": "1,180", "b": "6.8 per cent"}, "2025")
    assert got == {"a": "2024", "b": "2025"}


def test_a_factor_is_dated_by_its_end_not_by_the_period_of_its_base(tmp_path: Path) -> None:
    """"three times as many as in 2020", "1.8 times their 2021 level": the base's year dates
    the base, and the factor is the report's (it took the base's year)."""
    source = tmp_path / "club.txt"
    source.write_text("Rowing club annual report 2025\n\nThe club signed up 2,400 juniors, three "
                      "times as many as in 2020. Boat hire ran at 1.8 times its 2021 level.\n",
                      encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["three times"] == temporal["1.8 times"] == '"2025"^^xsd:gYear'


def test_a_day_that_opens_a_sentence_as_its_figures_day_dates_them() -> None:
    """"As at 30 September 2025, the fund held £8.4m": the stock is that day's (the comma
    cut the day off from the figure, which fell back on the report's year); "Since 1 April
    2025, ..." starts a span and dates nothing."""
    assert periods("As at 30 September 2025, the fund held £8.4m in cash.", {"a": "£8.4m"},
                   "2025/26") == {"a": "2025-09-30"}
    assert periods("Since 1 April 2025, the fund has paid out £8.4m.", {"a": "£8.4m"},
                   "2025/26") == {"a": "2025/26"}


def test_twelve_months_earlier_is_a_year_back() -> None:
    """"from 3,150 twelve months ago" was no period at all: the base took the report's."""
    assert periods("Members numbered 3,420 in March 2026, up from 3,150 twelve months ago.",
                   {"a": "3,420", "b": "3,150"}, "2026") == {"a": "2026-03", "b": "2025-03"}


def test_the_year_before_last_year_is_two_years_back() -> None:
    """"£4.2m last year, up from £3.9m the year before" (written in 2026): the year before is
    2024, a year back from last year (it was read as a year back from the report's)."""
    got = periods("The charity spent £4.2m last year, up from £3.9m the year before.",
                  {"a": "£4.2m", "b": "£3.9m"}, "2026", today="2026-03-02")
    assert got == {"a": "2025", "b": "2024"}


def test_a_cell_whose_column_and_row_name_no_period_takes_its_caption_s() -> None:
    assert cell_period("Won", "Ashby", "2026", "Final table 2025/26 Club Won", "2025/26") == \
        "2025/26"
    assert cell_period("2024", "Ashby", "2026", "Wins by year", "2025/26") == "2024"
    assert cell_period("Won", "Ashby", "2026") == "2026"


def test_an_index_base_or_a_day_s_year_in_a_caption_is_no_period_of_its_cells() -> None:
    assert caption_own_period("Fares index by route (2015 = 100)", "2015") is None
    assert caption_own_period("Accounts for the year to 31 March 2025", "2025") is None
    assert caption_own_period("Balance sheet as at June 30, 2024", "2024") is None
    assert caption_own_period("Ferry crossings, 2023/24", "2023/24") == "2023/24"


def test_kg_read_dates_a_table_s_cells_by_its_caption_before_the_document(tmp_path: Path) -> None:
    source = tmp_path / "bowls.txt"
    source.write_text("COUNTY BOWLS ROUND-UP\n\nSaturday 9 May 2026\n\n"
                      "Eastfield won the county bowls league on Saturday 2 May 2026, two games "
                      "clear\nof Westbrook, who had led the table until the spring.\n\n"
                      "Northgate, bottom with six points, will play in the second division next "
                      "year.\n\nThe league thanked its umpires and the green keepers at every "
                      "club.\n\n"
                      "LEAGUE TABLE 2025/26\n\n"
                      "Club          Played   Won   Points\n"
                      "Eastfield       12       9     27\n"
                      "Westbrook       12       7     21\n"
                      "Northgate       12       2      6\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    # the story names the season and no calendar year: its prose is the season's too
    # (a story that names a calendar year keeps its dateline's: see
    # test_periods_of_a_dated_story_s_season.py)
    assert temporal["two"] == "ent:period-2025-26"
    assert temporal["27"] == temporal["21"] == "ent:period-2025-26"


def test_the_month_a_report_was_presented_is_not_the_period_it_reports_on() -> None:
    text = ("Harbour Trust\n\nAnnual Review 2024 - presented to the Trustees, February 2025\n\n"
            "In 2024 the Trust repaired 14 moorings.\n")
    assert document_period(text) == "2024"
    assert document_period("Harbour Trust\n\nReview prepared for the council, June 2025\n\n"
                           "The Trust repaired 14 moorings.\n") is None


def test_a_fiscal_year_written_with_two_digits_is_read() -> None:
    """"H1 FY26", "Q3 FY25" and "FY27" named no period."""
    assert [m.key for m in mentions("H1 FY26 against H2 FY25, Q3 FY25 and the FY27 plan")] == [
        "FY2026-H1", "FY2025-H2", "FY2025-Q3", "FY2027"]


def test_a_run_of_months_with_to_is_a_quarter_or_half_where_it_makes_one() -> None:
    """"April to June 2024" named the month June 2024 (a bulletin's head: its period)."""
    assert [m.key for m in mentions("Household survey, April to June 2024")] == ["2024-Q2"]
    assert [m.key for m in mentions("January to June\n2023")] == ["2023-H1"]
    assert document_period("Port traffic: October to December 2024\nIssued 3 March 2025") == \
        "2024-Q4"
    # a run that makes no quarter is two months, as before
    assert [m.key for m in mentions("prices rose from March to June 2024")] == ["2024-06"]


@pytest.mark.parametrize("text,end", [
    ("Results for the fiscal year ended September 30, 2025.", 9),
    ("Our financial year runs from 1 April to 31 March.", 3),
    ("H1 FY26 is the six months to 31 December 2025.", 6),
    ("Q1 FY2025 covers the three months ended 30 June 2024.", 3),
    ("Results for the fiscal year ended September 28, 2025.", None),  # a 52-week year
    ("Sales rose 4% in fiscal 2025.", None)])
def test_the_month_a_text_s_fiscal_years_end_in(text: str, end: int | None) -> None:
    assert fiscal_year_end(text) == end


def test_a_fiscal_quarter_or_half_is_the_calendar_s_when_the_year_end_is_known() -> None:
    assert on_calendar("FY2026-H1", 6) == "2025-H2"
    assert on_calendar("FY2026-H2", 6) == "2026-H1"
    assert on_calendar("FY2025-Q4", 9) == "2025-Q3"
    assert on_calendar("FY2025-Q1", 3) == "2024-Q2"
    assert on_calendar("FY2025-H1", 9) == "FY2025-H1"  # October to March: no calendar half
    assert on_calendar("FY2025", 6) == "FY2025"


def test_kg_read_dates_a_two_digit_fiscal_half_s_table_by_the_calendar_half_it_says_it_is(
        tmp_path: Path) -> None:
    """The columns "H1 FY26" and "H1 FY25" were dated as the document's half, both alike."""
    source = tmp_path / "orchard.md"
    source.write_text("# Greyfield Orchards: half-year report\n\n"
                      "| Six months to 31 December | Unit | H1 FY26 | H1 FY25 |\n"
                      "|---|---|---|---|\n"
                      "| Apples packed | t | 12,480 | 11,920 |\n"
                      "| Revenue | A$m | 41.7 | 38.2 |\n\n"
                      "H1 FY26 is the six months to 31 December 2025; H1 FY25 the six months to "
                      "31 December 2024.\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["12,480"] == temporal["41.7"] == "ent:period-2025-H2"
    assert temporal["11,920"] == temporal["38.2"] == "ent:period-2024-H2"


def test_a_change_column_is_dated_by_its_latest_column_even_the_document_s_own(
        tmp_path: Path) -> None:
    """A bulletin on Q4 2025 whose table has a "Q4 2025" column: the change column beside
    it was dated by the one column left that named a period, Q3 2025."""
    source = tmp_path / "jobs.txt"
    source.write_text("Jobs bulletin: fourth quarter 2025\n\n"
                      "Table 1. Jobs by sector (thousands)\n\n"
                      "  Sector        Q4 2024   Q3 2025   Q4 2025   Change on year\n"
                      "  Farming         101.2     102.0     103.9        +2.7\n"
                      "  Building         88.4      86.1      85.0        -3.4\n\n"
                      "Jobs in farming grew over the year.\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["+2.7"] == temporal["-3.4"] == temporal["103.9"] == "ent:period-2025-Q4"


def test_the_same_quarter_of_a_year_is_the_sentence_s_quarter_in_that_year() -> None:
    """"in the same quarter of 2023" names a year and, by "same", the quarter the sentence
    names: the second quarter of 2023, not the whole year."""
    got = periods("The museum had 48,200 visitors in the second quarter of 2024, against "
                  "45,900 in the same quarter of 2023.", {"a": "48,200", "b": "45,900"},
                  "2024-Q2")
    assert got == {"a": "2024-Q2", "b": "2023-Q2"}


def test_the_same_month_of_a_year_takes_the_text_s_month_where_the_sentence_names_none(
        ) -> None:
    """No month in the sentence: "the same month of 2022" is the text's own month, in 2022;
    the text's month is not the sentence's "same period" where the text is a whole year."""
    got = periods("Trains ran 3,140 services, up from 2,990 in the same month of 2022.",
                  {"a": "3,140", "b": "2,990"}, "2023-06")
    assert got == {"a": "2023-06", "b": "2022-06"}
    got = periods("Trains ran 3,140 services, up from 2,990 in the same period of 2022.",
                  {"a": "3,140", "b": "2,990"}, "2023")
    assert got["b"] == "2022"


def test_a_quarter_named_without_its_year_is_of_the_year_the_text_is_about() -> None:
    """"(Q1: …; Q2: …)" in a text about 2026: the first and second quarters of 2026, as
    "the first quarter" would be; "Q4 2025" keeps its own year."""
    keys = [m.key for m in mentions("sales by quarter (Q1: 40 units; Q2: 52 units) against "
                                    "Q4 2025", year="2026")]
    assert keys == ["2026-Q1", "2026-Q2", "2025-Q4"]


def test_the_first_nine_months_after_over_date_the_figure_by_their_year() -> None:
    """'Over the first nine months of 2031' is the span the tonnes accrued in, no base they
    are compared with and no quarter: the year it runs in dates them (the 'nine' read as a
    number is inside the period's words), and a bare 'Q1' after it is that year's."""
    assert [(m.key, m.base) for m in mentions("over the first nine months of 2031")] == \
        [("2031", False)]
    got = periods("Over the first nine months of 2031 the mill sold 4,210 tonnes of pulp "
                  "(Q1: 1,380 tonnes).", {"n": "nine", "a": "4,210 tonnes", "b": "1,380 tonnes"},
                  "2031-Q3")
    assert (got["a"], got["b"]) == ("2031", "2031-Q1")


@pytest.mark.parametrize("text,key", [
    ("Harbourside Rowing Trust\nAccounts for the year ended 31 August 2026\n", "FY2026"),
    ("KESTREL BUSES LTD - ANNUAL REPORT, YEAR TO 30 SEPTEMBER 2025\n", "FY2025"),
    ("Figures for the financial year that ended June 30, 2024, show", "FY2024"),
    ("Council tax for the year ended 31 March 2026\n", "2025/26"),
    ("Annual review: the year ended 31 December 2025\n", "2025"),
])
def test_a_year_ending_in_another_month_than_december_or_march_is_a_fiscal_year(
        text: str, key: str) -> None:
    """A year that ends with a month other than December (the calendar's) or March (April to
    March, "2025/26") is the organisation's own fiscal year, named by the year it ends in."""
    assert document_period(text) == key


def test_a_list_of_words_between_a_figure_and_its_period_ends_no_clause() -> None:
    # the commas of "lost, stray or abandoned" close no clause: 2025-26 is the figure's
    sentence = "The shelter took in 2,960 lost, stray or abandoned dogs in 2025-26."
    at = sentence.index("2,960")
    assert sentence_periods(sentence, [(at, at + 5, "a")], {}, "2026/27") == {"a": "2025/26"}


def test_a_quarter_s_figure_moved_from_is_the_same_quarter_a_year_before() -> None:
    sentence = "Operating profit climbed to $27.3 million from $22.8 million."
    spans = [(sentence.index(f), sentence.index(f) + len(f), f)
             for f in ("$27.3 million", "$22.8 million")]
    assert sentence_periods(sentence, spans, {}, "2026-Q2") == {
        "$27.3 million": "2026-Q2", "$22.8 million": "2025-Q2"}
    assert sentence_periods(sentence, spans, {}, "FY2026-Q2")["$22.8 million"] == "FY2025-Q2"


def test_a_quarter_s_figure_moved_from_sequentially_is_not_dated_a_year_back() -> None:
    sentence = "Operating profit climbed sequentially to $27.3 million from $22.8 million."
    spans = [(sentence.index(f), sentence.index(f) + len(f), f)
             for f in ("$27.3 million", "$22.8 million")]
    assert sentence_periods(sentence, spans, {}, "2026-Q2")["$22.8 million"] != "2025-Q2"


@pytest.mark.parametrize("words", ["the season before", "last season", "the previous season"])
def test_a_season_before_is_a_year_back_from_the_season_reported_on(words: str) -> None:
    # a club's or a harvest's "last season" is the one before the season the text is about,
    # not the calendar year before the text was written
    sentence = f"Gate receipts reached £61,900, up from £48,200 {words}."
    spans = [(sentence.index(f), sentence.index(f) + len(f), f) for f in ("£61,900", "£48,200")]
    assert sentence_periods(sentence, spans, {}, "2026/27", "2027-06-02") == {
        "£61,900": "2026/27", "£48,200": "2025/26"}


def test_this_season_is_the_season_reported_on() -> None:
    assert [(m.key, m.step) for m in mentions("Beech made up 22 per cent of this season's "
                                              "planting.")] == [(None, "now-year")]


def test_a_figure_moved_from_before_the_one_moved_to_is_the_year_before() -> None:
    # "rises from X to Y" with no period of either: X is the year's before Y's
    sentence = "The average annual fee will rise from £212 to £236, an increase of 11.3%."
    spans = [(sentence.index(f), sentence.index(f) + len(f), f) for f in ("£212", "£236", "11.3%")]
    got = sentence_periods(sentence, spans, {"£212": "amount", "£236": "amount",
                                             "11.3%": "change"}, "2027/28")
    assert got == {"£212": "2026/27", "£236": "2027/28", "11.3%": "2027/28"}


def test_a_range_from_one_figure_to_another_is_no_move() -> None:
    sentence = "Fees are expected to range from £212 to £236."
    spans = [(sentence.index(f), sentence.index(f) + len(f), f) for f in ("£212", "£236")]
    assert sentence_periods(sentence, spans, {}, "2027/28") == {"£212": "2027/28",
                                                                "£236": "2027/28"}


def test_the_figure_a_change_is_from_after_the_change_is_the_year_before_s() -> None:
    """'Operating revenue totalled NOK 7.86 billion, up 9.2 percent from NOK 7.20 billion'
    dated the earlier revenue by the report's own quarter: the change stood between the two
    figures, so the move 'to X from Y' was not seen."""
    sentence = "Turnover came to £41.3m, up 6.1% from £38.9m, as the new depot opened."
    assert sentence_periods(sentence, _spans(sentence, "£41.3m", "6.1%", "£38.9m"),
                            {"6.1%": "change"}, "2023-Q2") == \
        {"£41.3m": "2023-Q2", "6.1%": "2023-Q2", "£38.9m": "2022-Q2"}
    sentence = "The loss ratio was 58.2%, down 3.4 percentage points on 61.6%."
    assert sentence_periods(sentence, _spans(sentence, "58.2%", "3.4 percentage points", "61.6%"),
                            {"58.2%": "change", "3.4 percentage points": "change",
                             "61.6%": "change"}, "2022/23") == \
        {"58.2%": "2022/23", "3.4 percentage points": "2022/23", "61.6%": "2021/22"}
    sentence = "Members numbered 2,315 at the year end, down from 2,402."
    assert sentence_periods(sentence, _spans(sentence, "2,315", "2,402"), {}, "2026") == \
        {"2,315": "2026", "2,402": "2025"}
    # a base that names its own period, or a quarter set against the one before, keeps it
    sentence = "Orders reached 1,940, up 8% from 1,796 in the previous quarter."
    got = sentence_periods(sentence, _spans(sentence, "1,940", "8%", "1,796"),
                           {"8%": "change"}, "2024-Q3")
    assert got["1,796"] == "2024-Q2"


@pytest.mark.parametrize(("written", "key"), [("Friday 6 February 2026", "2025"),
                                              ("Friday 9 October 2026", "2026")])
def test_last_summer_is_the_summer_before_the_text_was_written(
        tmp_path: Path, written: str, key: str) -> None:
    """'Last summer we recorded 5,208 overnight stays' was dated the text's own year: 'last
    summer' was no period at all; in October it is that year's summer, in February the
    year's before."""
    source = tmp_path / "lido.txt"
    source.write_text(f"BRAXTON LIDO NEWS\n{written}\n\nThe pool holds 1,300 swimmers. Last "
                      "summer it sold 48,600 tickets, an average of 520 a day.\n",
                      encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["48,600"] == temporal["520"] == f'"{key}"^^xsd:gYear'


def test_last_summer_in_a_school_year_s_report_or_a_reason_s_clause_dates_no_figure(
        tmp_path: Path) -> None:
    """A school year's report's 'last summer's leavers' is of that school year, and 'Since
    the appeal opened last spring, gifts rise to 9.5%' dates the appeal, not the gifts: both
    keep the text's own period."""
    source = tmp_path / "college.txt"
    source.write_text("HOLMFIRTH COLLEGE\nReview of the Year 2023/24\nThursday 10 October 2024"
                      "\n\nOf last summer's 240 leavers, 198 went on to university.\n",
                      encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["198"] == temporal["240"] == "ent:period-2023-24"
    sentence = "Since the appeal opened last spring, gifts rise to 9.5% of income."
    assert sentence_periods(sentence, _spans(sentence, "9.5%"), {"9.5%": "change"}, "2024",
                            "2024-10-10") == {"9.5%": "2024"}
