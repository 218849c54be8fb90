"""An average whose clause names costs ("clinic costs work out to …") spreads the table row
of those costs, never a figure its other words name alone ("income is budgeted at …"): a
word that may be a verb or a noun is the noun before the clause's verb."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read

CLINICS = """Riverside Health Cooperative - budget for 2026

Income is budgeted at $640.0 thousand, against $602.5 thousand in 2025.

Budget statement ($ thousand)

| Item | 2025 Actual | 2026 Budget |
|---|---:|---:|
| Member fees | 402.5 | 430.0 |
| Grants | 200.0 | 210.0 |
| Total income | 602.5 | 640.0 |
| Clinics: nurses and running costs | 381.0 | 412.8 |
| Outreach vans | 150.2 | 161.0 |
| Total expenditure | 531.2 | 573.8 |

The clinics will see 1,720 patients in 2026. Budgeted clinic costs work out to about $240
per patient for the year.
"""


def test_an_average_of_costs_spreads_the_costs_row(tmp_path: Path) -> None:
    source = tmp_path / "clinics.md"
    source.write_text(CLINICS, encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    averages = re.findall(r"a cg:AverageRelation ;.*?rdfs:label \"([^\"]+)\"", relations, re.S)
    assert averages == ["412.8 ÷ 1,720 = about $240 each"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]
