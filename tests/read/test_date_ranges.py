"""A date without a year that opens a range ("from Tuesday 3 March to Friday 24 April 2026")
is in the year the range's end gives, not the document's own year."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

TEXT = """Parish survey report

Published Wednesday 14 January 2026

Volunteers knocked on doors from Tuesday 4 November to Friday 19 December 2025, and the
winter count ran from Monday 29 December to Friday 9 January 2026.
"""


def dates(tmp_path: Path) -> dict[str, str]:
    source = tmp_path / "survey.txt"
    source.write_text(TEXT, encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    return dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    cg:monthDay [^\n]*\n)?'
                           r'    cg:date "([\d-]+)"', claims))


def test_a_range_s_start_takes_the_year_of_its_end(tmp_path: Path) -> None:
    got = dates(tmp_path)
    assert got["4 November"] == "2025-11-04"
    assert got["19 December 2025"] == "2025-12-19"


def test_a_start_after_the_end_s_day_is_in_the_year_before(tmp_path: Path) -> None:
    assert dates(tmp_path)["29 December"] == "2025-12-29"


def test_the_range_s_weekdays_check_clean(tmp_path: Path) -> None:
    from kg.build import build_corpus
    from kg.check import check_corpus

    source = tmp_path / "survey.txt"
    source.write_text(TEXT, encoding="utf-8")
    read(source, tmp_path / "c")
    report = check_corpus(build_corpus(tmp_path / "c"))
    dated = [f for f in report.findings if f.check == "date"]
    assert len(dated) == 5 and all(f.severity != "violation" for f in report.findings)


UNDATED = """Hedgerow bird census

Summary

The census counts breeding birds along farm hedges.
Twelve transects of one kilometre each are walked at dawn.
Each transect is walked by the same two counters.
Counts stop in rain or strong wind.
Songs and calls are logged as well as sightings.
Nests are not searched for.
The method follows the national hedgerow protocol.
Results are shared with the landowners.

Counters walked the same 12 transects from 6 April to 27 July 2025 and logged 1,940
birds. The hedges are cut every year on 15 September, and the next count starts on 2 March.
"""


def test_a_range_s_start_and_a_day_of_every_year_in_a_text_with_no_date(
        tmp_path: Path) -> None:
    """A text that gives no date of its own: a range's start still takes its end's year and
    a day of every year needs none; only a day with no year at all is waived, and the
    claims parse (both were once made waivers that cut their own statement in two)."""
    from rdflib import Graph

    source = tmp_path / "census.txt"
    source.write_text(UNDATED, encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    Graph().parse(data=claims, format="turtle")
    got = dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    cg:monthDay [^\n]*\n)?'
                          r'    cg:date "([\d-]+)"', claims))
    assert got["6 April"] == "2025-04-06" and got["27 July 2025"] == "2025-07-27"
    assert re.search(r'cg:quote "15 September" ;\n    cg:monthDay "--09-15"\^\^xsd:gMonthDay ;'
                     r'\n    schema:repeatFrequency "P1Y"', claims)
    waived = re.findall(r"a cg:Waiver ;[^\n]*\n    cg:quote \"([^\"]+)\" ;\n    cg:reason "
                        r"'a date without a year", claims)
    assert waived == ["2 March"]
