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
