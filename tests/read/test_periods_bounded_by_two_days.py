"""A period written as its first and last days ("Budget, Financial Year 1 April 2027 - 31
March 2028", "the season from 1 July 2026 to 30 June 2027") is that year, half or quarter,
not two days: the report's figures are of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.read import read
from kg.read.periods import document_period, mentions


@pytest.mark.parametrize("head,key", [
    ("ORCHARD TRUST\nSpending Plan, Financial Year April 1, 2027 - March 31, 2028\n"
     "Adopted Monday, March 15, 2027", "2027/28"),
    ("Ferry Club accounts for 1 July 2026 to 30 June 2027\nAgreed 9 August 2027", "FY2027"),
    ("Kiln Guild statement, 1 January 2026 – 31 December 2026", "2026"),
    ("Pantry report: 1 October 2025 through 31 December 2025", "2025-Q4"),
    ("Choir half-year, 1 January 2026 - 30 June 2026", "2026-H1"),
])
def test_a_head_s_two_bounding_days_name_the_period_reported_on(head: str, key: str) -> None:
    assert document_period(head) == key


def test_two_days_that_bound_no_whole_period_stay_days() -> None:
    keys = [m.key for m in mentions("The fair ran 3 May 2026 to 9 June 2026.")]
    assert keys == ["2026-05-03", "2026-06-09"]


def test_a_span_after_from_is_the_period_itself_not_a_base() -> None:
    got = [m for m in mentions("Dues collected from 1 July 2026 to 30 June 2027 came to "
                               "$8,400.") if m.key]
    assert [(m.key, m.base) for m in got] == [("FY2027", False)]


def test_kg_read_dates_a_budget_s_figures_by_the_year_its_head_bounds(tmp_path: Path) -> None:
    source = tmp_path / "orchard.txt"
    source.write_text("ORCHARD TRUST\nSpending Plan, Financial Year April 1, 2027 - March 31, "
                      "2028\nAdopted Monday, March 15, 2027\n\nIncome is forecast at $312,000 "
                      "and costs at $305,500, leaving a surplus of $6,500.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["$312,000"] == temporal["$6,500"] == "ent:period-2027-28"
