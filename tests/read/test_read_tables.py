"""kg read's tables end to end: what a table implies is checked, with no false violation,
and a slip in one cell is found."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kg.read import read
from tests.inprocess import run_kg

REPORT = """Vaccination campaign: mid-year report

The campaign reached most of its target in the first half of the year.

Table 1. Doses by district, first half 2025 (thousands of doses)

  District          Target   Given   Remaining   % given
  Kanda              410.0   287.0       123.0      70.0
  Lubo               265.5   201.8        63.7      76.0
  All districts      675.5   488.8       186.7      72.4

Table 2. Programme summary (EUR thousand unless otherwise indicated)

  Item                      2023      2024
  Grants received          1,840     2,024
  Grant growth (%)            --      10.0
  Field spending           1,472     1,700
  Field share (%)           80.0      84.0
  Field staff                212       230

The next report is due in January.
"""


def test_a_report_s_tables_are_checked_with_no_false_violation_and_a_slip_found(
        tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    # the same report with one slip: Lubo's remaining doses 73.7 for 63.7
    (tmp_path / "slip.txt").write_text(REPORT.replace("        63.7", "        73.7"),
                                       encoding="utf-8")
    for name in ("report.txt", "slip.txt"):
        read(tmp_path / name, tmp_path / "c")
    relations = (tmp_path / "c" / "report" / "relations.ttl").read_text(encoding="utf-8")
    for kind in ("DifferenceRelation", "ShareRelation", "SumRelation", "PercentChangeRelation"):
        assert f"a cg:{kind} ;" in relations
    checked = run_kg("check", "--claims", "c", "--format", "json", "--no-cache", cwd=tmp_path)
    assert "Traceback" not in checked.stderr
    findings = json.loads(checked.stdout)["findings"]
    violations = [f for f in findings if f["severity"] == "violation"]
    assert [f for f in violations if f["document"] == "report"] == []
    slips = [f for f in violations if f["document"] == "slip"]
    assert slips and all(any(q["text"] == "73.7" for q in f["quotes"]) for f in slips)
    assert {f["check"] for f in slips} == {"difference", "sum"}
    passed = {f["check"] for f in findings if f["severity"] == "pass" and
              f["document"] == "report"}
    assert {"difference", "share", "sum", "percent-change"} <= passed


def test_an_accounting_negative_percentage_cell_builds(tmp_path: Path) -> None:
    """A change column's '(2.8)%' is read as a decrease of 2.8 percent and the build takes
    it (regression: its quote's number carries no percent sign, so the unit needs its
    note)."""
    from kg.build import build_corpus
    from kg.read import read
    source = tmp_path / "t.txt"
    source.write_text("Sales by segment\n\nTable 1. Sales (millions of dollars)\n\n"
                      "  Segment      2024      2023    % change\n"
                      "  Boots       428.9     441.2      (2.8)%\n"
                      "  Coats       612.4     575.0        6.5%\n", encoding="utf-8")
    read(source, tmp_path / "c")
    assert not build_corpus(tmp_path / "c").problems


def test_a_list_of_amounts_set_with_dot_leaders_adds_up_to_its_total(tmp_path: Path) -> None:
    """The rows of a headless list with dot leaders add up to its "Total" row, named by
    the heading above the list (the column has no head)."""
    (tmp_path / "gala.txt").write_text(
        "Summer gala accounts\n\nThe gala raised more than last year.\n\n"
        "Where the income came from\n\n  Ticket sales ........... £18,240\n"
        "  Programme adverts ...... £2,310\n  Raffle ................. £950\n"
        "  Total .................. £21,500\n\nWe thank every volunteer.\n", encoding="utf-8")
    read(tmp_path / "gala.txt", tmp_path / "c")
    relations = (tmp_path / "c" / "gala" / "relations.ttl").read_text(encoding="utf-8")
    assert relations.count("a cg:SumRelation ;") == 1
    assert 'rdfs:label "Where the income came from: the rows add up to Total"' in relations


def test_a_change_column_in_the_amounts_unit_adds_up_to_the_total_row_s_change(
        tmp_path: Path) -> None:
    """The rows' changes in the table's own unit add up to the total row's change, as the
    rows' amounts add up to its amount; a fall written with a minus sign is read as its
    size and direction, so a column with one is left unsummed."""
    table = ("Library loans by branch (thousands)\n\n"
             "  Branch            2024      2025    Change\n"
             "  Northgate         41.0      43.5      +2.5\n"
             "  Riverside         28.2      29.0      +0.8\n"
             "  Old Town          17.6      18.1      +0.5\n"
             "  Total             86.8      90.6      +3.8\n")
    (tmp_path / "loans.txt").write_text("Library loans\n\nLoans rose again.\n\n" + table,
                                        encoding="utf-8")
    (tmp_path / "fall.txt").write_text(
        "Library loans\n\nLoans rose again.\n\n" + table.replace("+0.5", "-0.5").replace(
            "18.1", "17.1").replace("90.6", "89.6").replace("+3.8", "+2.8"), encoding="utf-8")
    for name in ("loans.txt", "fall.txt"):
        read(tmp_path / name, tmp_path / "c")
    labels = {name: [line for line in (tmp_path / "c" / name / "relations.ttl").read_text(
        encoding="utf-8").splitlines() if "the rows add up to" in line]
        for name in ("loans", "fall")}
    assert [line.split('"')[1] for line in labels["loans"]] == [
        "2024: the rows add up to Total", "2025: the rows add up to Total",
        "Change: the rows add up to Total"]
    assert [line.split('"')[1] for line in labels["fall"]] == [
        "2024: the rows add up to Total", "2025: the rows add up to Total"]


def test_a_list_of_label_colon_amounts_adds_up_to_its_total_line(tmp_path: Path) -> None:
    (tmp_path / "club.md").write_text(
        "# Club accounts\n\nA quiet year.\n\n## What the season cost\n\n- Rent: £9,600\n"
        "- Coaching: £4,100\n- Kit: £1,750\n- **Total costs: £15,450**\n\n"
        "We ended the year with a small surplus.\n", encoding="utf-8")
    read(tmp_path / "club.md", tmp_path / "c")
    relations = (tmp_path / "c" / "club" / "relations.ttl").read_text(encoding="utf-8")
    assert 'rdfs:label "What the season cost: the rows add up to Total costs"' in relations


def test_a_change_on_year_is_checked_against_the_same_quarter_a_year_before(
        tmp_path: Path) -> None:
    """Each "Change on year" cell is between Q4 2025 and Q4 2024 (a difference in the
    thousands table, a change in points in the table of rates), not Q3 2025."""
    (tmp_path / "jobs.txt").write_text(
        "Jobs bulletin: fourth quarter 2025\n\n"
        "Table 1. Jobs by sector (thousands)\n\n"
        "  Sector        Q4 2024   Q3 2025   Q4 2025   Change on year\n"
        "  Farming         101.2     102.0     103.9        +2.7\n"
        "  Building         88.4      86.1      85.0        -3.4\n\n"
        "Table 2. Job vacancy rates (per cent; change in percentage points)\n\n"
        "  Sector        Q4 2024   Q3 2025   Q4 2025   Change on year\n"
        "  Farming           2.9       3.3       3.4        +0.5\n"
        "  Building          4.1       3.6       3.2        -0.9\n", encoding="utf-8")
    made = read(tmp_path / "jobs.txt", tmp_path / "claims")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert re.findall(r"a cg:(\w+Relation) ;.*?cg:(?:minuend|initial) (\S+) ; "
                      r"cg:(?:subtrahend|final) (\S+) ;", relations, re.S) == [
        ("DifferenceRelation", ":f-t1-r1-c3", ":f-t1-r1-c1"),
        ("DifferenceRelation", ":f-t1-r2-c1", ":f-t1-r2-c3"),
        ("PercentagePointChangeRelation", ":f-t2-r1-c1", ":f-t2-r1-c3"),
        ("PercentagePointChangeRelation", ":f-t2-r2-c1", ":f-t2-r2-c3")]
    checked = run_kg("check", "--claims", "claims", "--format", "json", "--no-cache",
                     cwd=tmp_path)
    findings = json.loads(checked.stdout)["findings"]
    assert [f for f in findings if f["severity"] == "violation"] == []
    assert {f["check"] for f in findings if f["severity"] == "pass"} >= {"difference"}


def test_a_round_total_closing_rows_written_to_the_unit_is_exact_to_the_unit(
        tmp_path: Path) -> None:
    """"60,000" under "21,315", "17,480" …: the total is as exact as its rows, so rows that
    add up to 60,600 break it (a slip of 600 in one row), not pass within ±5,000."""
    (tmp_path / "levy.txt").write_text(
        "Harbour board budget\n\nSpending by service (£000s)\n\n"
        "  Service                 2026\n  Dredging              21,315\n"
        "  Pilotage              17,480\n  Lights and buoys      12,905\n"
        "  Administration         8,900\n  Total                 60,000\n\n"
        "The board met in May.\n", encoding="utf-8")
    read(tmp_path / "levy.txt", tmp_path / "c")
    out = run_kg("check", "--claims", str(tmp_path / "c"), "--format", "json")
    sums = [f for f in json.loads(out.stdout)["findings"] if f["check"] == "sum"]
    assert [f["severity"] for f in sums] == ["violation"]


def _labels(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    read(tmp_path / f"{name}.txt", tmp_path / "c")
    relations = (tmp_path / "c" / name / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:(\w+Change\w*) ;.*\n.*\n\s+rdfs:label "([^"]+)"', relations)


def test_a_change_column_between_fiscal_halves_compares_the_earlier_with_the_later(
        tmp_path: Path) -> None:
    """"H1 FY26 | H1 FY25 | Change": the company's own years order the two columns (newer
    first here), though neither names a calendar period."""
    assert _labels(tmp_path, "mill", "Mill results\n\nA steady half.\n\n"
                   "  Item            H1 FY26   H1 FY25   Change\n"
                   "  Timber sawn        61.0      55.0   +10.9%\n"
                   "  Pallets made       20.4      24.0   -15.0%\n") == [
        ("PercentChangeRelation", "Timber sawn: H1 FY25 to H1 FY26, +10.9%"),
        ("PercentChangeRelation", "Pallets made: H1 FY25 to H1 FY26, -15.0%")]


def test_rate_rows_beside_a_column_of_changes_in_points_are_point_changes(
        tmp_path: Path) -> None:
    """A caption that says the changes are in percentage points makes each rate row's
    change a point change between its two periods, though no cell writes "pts"."""
    assert _labels(tmp_path, "rates", "School rates\n\nAttendance held up.\n\n"
                   "Table 3. Rates (per cent; change in percentage points)\n"
                   "  Rate                  2024     2025    Change\n"
                   "  Attendance rate       91.2     92.0      +0.8\n"
                   "  Exclusion rate         3.4      3.1      -0.3\n") == [
        ("PercentagePointChangeRelation", "Attendance rate: 2024 to 2025, +0.8"),
        ("PercentagePointChangeRelation", "Exclusion rate: 2024 to 2025, -0.3")]


def test_a_points_column_compares_two_columns_of_shares(tmp_path: Path) -> None:
    """"Share 2019 | Share 2024 | Change (pp)": a column of changes in points is between the
    two columns of shares before it, as between two of rates."""
    assert _labels(tmp_path, "shares", "Heat pumps\n\nUptake grew everywhere.\n\n"
                   "  Town         Share 2019   Share 2024   Change (pp)\n"
                   "  Ashby              2.1%         6.0%          3.9\n"
                   "  Brill              3.4%         5.2%          1.8\n") == [
        ("PercentagePointChangeRelation", "Ashby: Share 2019 to Share 2024, 3.9"),
        ("PercentagePointChangeRelation", "Brill: Share 2019 to Share 2024, 1.8")]


def test_a_labour_force_row_under_the_employed_and_the_unemployed_is_their_total(
        tmp_path: Path) -> None:
    """The labour force is the employed and the unemployed together: a row of it right
    under those two adds them up in each column, though its label says no "total"."""
    (tmp_path / "jobs.txt").write_text(
        "Island jobs\n\nWork held up.\n\nTable 1. Levels (thousands)\n"
        "  Group            2024     2025\n"
        "  Unemployed        6.2      5.8\n"
        "  Employed        140.1    142.0\n"
        "  Labour force    146.3    147.8\n", encoding="utf-8")
    read(tmp_path / "jobs.txt", tmp_path / "c")
    relations = (tmp_path / "c" / "jobs" / "relations.ttl").read_text(encoding="utf-8")
    assert re.findall(r'rdfs:label "([^"]*add up[^"]*)"', relations) == [
        "2024: the rows add up to Labour force", "2025: the rows add up to Labour force"]


def test_sections_named_on_lines_of_their_own_each_add_up_to_their_total(
        tmp_path: Path) -> None:
    """"RECEIPTS" under the column heads and "PAYMENTS" after the first section's total:
    section names, not heads; each section's rows add up to its own total row, under the
    heads above the first."""
    (tmp_path / "choir.txt").write_text(
        "Riverside Choir accounts\n\nThe choir ended the year in credit.\n\n"
        "RECEIPTS AND PAYMENTS\n\n"
        "                              2025 (£)    2024 (£)\n"
        "RECEIPTS\n"
        "  Subscriptions                  6,400       6,100\n"
        "  Concert tickets                9,850       8,720\n"
        "  Donations                      1,230       1,480\n"
        "                              --------    --------\n"
        "  Total receipts                17,480      16,300\n\n"
        "PAYMENTS\n"
        "  Hall hire                      4,200       4,050\n"
        "  Conductor's fees               7,500       7,200\n"
        "  Music and scores                 910         860\n"
        "                              --------    --------\n"
        "  Total payments                12,610      12,110\n\n"
        "Signed by the treasurer.\n", encoding="utf-8")
    read(tmp_path / "choir.txt", tmp_path / "c")
    relations = (tmp_path / "c" / "choir" / "relations.ttl").read_text(encoding="utf-8")
    assert sorted(re.findall(r'rdfs:label "([^"]+: the rows add up to [^"]+)"', relations)) == [
        "2024 (£): the rows add up to Total payments",
        "2024 (£): the rows add up to Total receipts",
        "2025 (£): the rows add up to Total payments",
        "2025 (£): the rows add up to Total receipts"]
