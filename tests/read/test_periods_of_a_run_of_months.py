"""A run of months each written with its year ("from September 2026 through August 2027",
"between April 2027 and March 2028", "May 2025 to October 2026") is one period, the whole
run: the figures it dates are of it, not of the month that opens it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.read import read
from kg.read.periods import bounds, document_period, mentions, turtle


@pytest.mark.parametrize("words,key", [
    ("The pantry fed 4,100 families between April 2027 and March 2028.", "2027/28"),
    ("Rangers logged 212 sightings from September 2026 through August 2027.", "FY2027"),
    ("The kiosk sold 9,300 cones January 2026 to December 2026.", "2026"),
    ("Ferries carried 81,000 people July 2025 - December 2025.", "2025-H2"),
    ("The hall took 640 bookings October 2026 to December 2026.", "2026-Q4"),
    ("Wardens cleared 58 drains (May 2025 to October 2026).", "2025-05/2026-10"),
])
def test_a_run_of_months_with_their_years_is_one_period(words: str, key: str) -> None:
    got = [m for m in mentions(words) if m.key]
    assert [(m.key, m.base) for m in got] == [(key, False)]


def test_two_months_joined_by_and_without_between_stay_two() -> None:
    keys = [m.key for m in mentions("Rents rose in June 2025 and June 2026.")]
    assert keys == ["2025-06", "2026-06"]


def test_a_run_of_months_is_written_with_its_first_and_last_days() -> None:
    assert bounds("2025-05/2026-10")[0].isoformat() == "2025-05-01"
    assert bounds("2025-05/2026-10")[1].isoformat() == "2026-10-31"
    assert 'schema:endDate "2026-10-31"' in turtle("2025-05/2026-10")[1]


def test_a_head_s_run_of_months_names_the_year_reported_on() -> None:
    assert document_period("Orchard Trust\nYear in review, April 2027 to March 2028\n"
                           "Posted 2 June 2028") == "2027/28"


def test_kg_read_dates_a_sentence_s_figures_by_its_run_of_months(tmp_path: Path) -> None:
    source = tmp_path / "rink.txt"
    source.write_text("Skating rink season report\n\nThe rink sold 18,400 tickets between "
                      "April 2027 and March 2028, and 2,300 of them were to schools.\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    temporal = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                               r'([^ ;]+)', claims))
    assert temporal["18,400"] == "ent:period-2027-28"
