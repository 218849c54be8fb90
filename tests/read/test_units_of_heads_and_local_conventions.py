"""Units a reader takes from where a document puts them: the rand of a results table's rows
head ("R million"), cents written "(c)", a whole rand amount glued to its "R" where the text
writes decimal commas, the unit of time a bracketed scale's head counts ("Days lost (000)"),
and the Australian dollar of a text that cites its state's law ("Act 2005 (Vic)")."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib.namespace import RDF

from kg.authoring.new import local_dollar
from kg.build import build_document
from kg.corpus import read_document
from kg.namespaces import CG, QUDT
from kg.numbers import decimal_commas, find_mentions, number_conventions
from kg.read import read
from kg.read.tables import _head_unit


def figures(tmp_path: Path, text: str, name: str = "doc.txt") -> dict[str, tuple[str, str]]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    g = build_document(read_document(made.folder)).graph
    return {str(g.value(f, CG.quote)): (str(g.value(f, QUDT.numericValue)),
                                        str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1])
            for f in g.subjects(RDF.type, CG.Figure)}


QUARRY = """BUSHVELD AGGREGATES LIMITED
(Incorporated in the Republic of South Africa)

Interim results

Revenue climbed 7,2 % to R2 415 million while the sand division added R318 million.
For investors abroad, revenue came to about US$131 million.

Group summary

R million                       2025      2024   Change %
Revenue                        2 415     2 253       +7,2
Operating profit                 402       371       +8,4
Earnings per share (c)          84,5      77,9       +8,5
"""


def test_a_rows_head_of_rand_millions_gives_its_cells_the_rand(tmp_path: Path) -> None:
    """The text writes two currencies, so the head alone says the cells are rands."""
    got = figures(tmp_path, QUARRY)
    assert got["2 253"] == ("2253000000", "CCY_ZAR")
    assert got["402"] == ("402000000", "CCY_ZAR")


def test_a_row_in_cents_written_c_is_hundredths_of_the_rand(tmp_path: Path) -> None:
    got = figures(tmp_path, QUARRY)
    assert got["84,5"] == ("0.845", "CCY_ZAR")


def test_a_whole_rand_amount_with_its_scale_is_read_where_commas_are_decimal() -> None:
    with decimal_commas(True), number_conventions(rand=True):
        read = [(m.text, m.value, m.unit) for m in
                find_mentions("the sand division added R318 million, or 13,2 %.")]
    assert read[0][0] == "R318 million" and read[0][1] == 318_000_000 and read[0][2] == "ZAR"


def test_a_bracketed_scale_over_a_head_counting_days_is_thousands_of_days() -> None:
    assert _head_unit("Days lost (000)") == (3, "DAY")
    assert _head_unit("Hours worked (millions)") == (6, "HOUR")
    assert _head_unit("Visitors (000)") == (3, None)  # thousands of what the label counts


def test_an_act_of_an_australian_state_makes_the_bare_dollar_australian() -> None:
    assert local_dollar("A club incorporated under the Associations Incorporation Reform "
                        "Act 2012 (Vic). Membership is $45 a year.") == "AUD"
    assert local_dollar("Post: PO Box 12, Toowoomba QLD 4350. Entry $10.") == "AUD"
    # an unrelated bracketed acronym, a US state's address: no local dollar
    assert local_dollar("Acceptance and commitment therapy (ACT) sessions cost $90.") is None
    assert local_dollar("Mail to 5 Oak St, Columbus, IN 47201. Tickets $12.") is None


def test_an_average_per_thing_of_another_year_is_not_tied_to_this_years_amount(
        tmp_path: Path) -> None:
    """"Days per employee, 2024" beside "Days lost (000)" in a table of 2025 is last year's
    average: only the 2025 column is the days lost over the employees."""
    source = tmp_path / "leave.md"
    source.write_text(
        "# Absence in the county's services\n\nAbsence fell again in 2025.\n\n"
        "Table 2: Absence by service, 2025\n\n"
        "| Service | Employees | Days lost (000) | Days per employee, 2025 | "
        "Days per employee, 2024 |\n|---|---|---|---|---|\n"
        "| Roads | 2,000 | 18.0 | 9.0 | 9.8 |\n| Libraries | 500 | 3.5 | 7.0 | 7.4 |\n",
        encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    averages = relations.split("a cg:AverageRelation")[1:]
    assert len(averages) == 2
    assert all(re.search(r"cg:average :f-t1-r\d-c3 \.", a) for a in averages)


def test_a_sentence_with_a_bracketed_amount_above_a_table_is_no_caption(
        tmp_path: Path) -> None:
    """"... rose 4.1% to $88.2 million (2024: $84.7 million)." above a table's caption is
    the running text's sentence: its figures are read, not swallowed by the caption."""
    got = figures(tmp_path, "# Chapel Hill Memorial Parks results\n\n"
                  "Revenue rose 6.0% to $53.0 million.\n\n"
                  "Monies held for pre-need plots rose 4.1% to $88.2 million "
                  "(30 June 2024: $84.7 million).\n\n"
                  "FY25 summary ($ million unless stated)\n\n"
                  "| | FY25 | FY24 | Change % |\n|---|---|---|---|\n"
                  "| Revenue | 53.0 | 50.0 | +6.0 |\n| Plots sold | 1,220 | 1,190 | +2.5 |\n",
                  name="parks.md")
    assert {"4.1%", "$88.2 million", "$84.7 million"} <= set(got)


def test_things_a_sentence_names_after_for_are_not_the_rows_counted(tmp_path: Path) -> None:
    """"Monies held for pre-need plots rose 4.1%" is no restatement of the change in the
    row "Plots sold"."""
    source = tmp_path / "parks.md"
    source.write_text(
        "# Chapel Hill Memorial Parks results\n\nMonies held for pre-need plots rose 4.1% "
        "this year.\n\n| | FY25 | FY24 | Change % |\n|---|---|---|---|\n"
        "| Revenue ($m) | 53.0 | 50.0 | +6.0 |\n| Plots sold | 1,220 | 1,190 | +2.5 |\n",
        encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert "Plots sold, Change %: the table and the text" not in relations


def test_days_and_hours_of_a_kind_are_days_and_hours() -> None:
    got = [(m.text, m.value, m.unit) for m in find_mentions(
        "Staff lost 2.4 million working days, and volunteers gave 8,500 volunteer hours.")]
    assert got == [("2.4 million working days", 2_400_000, "DAY"),
                   ("8,500 volunteer hours", 8500, "HOUR")]


def test_an_amount_in_brackets_in_a_rows_label_is_not_its_cells_currency(
        tmp_path: Path) -> None:
    """"Ferry pass (EUR 140)" in a table in NZ dollars: the row's cells are NZ dollars."""
    got = figures(tmp_path, "# Club tour budget\n\nEach rider pays NZ$2,950 and the ferry "
                  "pass costs EUR 140.\n\nTour budget (NZ dollars)\n\n"
                  "| Item | Per rider | Group |\n|---|---|---|\n"
                  "| Flights | 2,450 | 49,000 |\n| Ferry pass (EUR 140) | 255 | 5,100 |\n"
                  "| Total | 2,705 | 54,100 |\n", name="tour.md")
    assert got["255"] == ("255", "CCY_NZD") and got["5,100"] == ("5100", "CCY_NZD")
