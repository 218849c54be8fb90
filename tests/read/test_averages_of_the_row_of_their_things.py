"""An amount per thing ("average revenue per sailing") whose total in the words is the whole
group's, beside a table that restates that total and splits it into a row named by the
things ("Sailing fares"), is of that row's amount; and a table row of things and what was
done to each ("Sailings completed") counts them, whatever the caption's currency."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read

FERRY = """# Islands Ferry Group results

Islands Ferry Group today reported its results for the financial year ended 30 June 2025
(FY25).

Group revenue rose 6.5% to A$96.0 million. The group completed 48,000 sailings, up from
46,500, with average revenue per sailing of about A$1,400.

| FY25 summary (A$ million unless stated) | FY25 | FY24 |
|:--|--:|--:|
| Revenue | 96.0 | 90.1 |
| Sailing fares | 67.2 | 63.0 |
| Freight and charters | 28.8 | 27.1 |
| Sailings completed | 48,000 | 46,500 |
"""


def test_an_amount_per_thing_is_of_the_row_of_those_things(tmp_path: Path) -> None:
    source = tmp_path / "ferry.md"
    source.write_text(FERRY, encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    averages = re.findall(r"a cg:AverageRelation ;.*?rdfs:label \"([^\"]+)\"", relations, re.S)
    assert averages == ["67.2 ÷ 48,000 = about A$1,400 each"]
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    # the table's count of sailings is no amount of money
    assert re.search(r'cg:quote "48,000" ;[^.]*?qudt:numericValue 48000 ;\s+qudt:unit unit:NUM',
                     claims)
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]
