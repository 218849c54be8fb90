"""An average whose clause names costs ("clinic costs work out to …") spreads the table row
of those costs, never a figure its other words name alone ("income is budgeted at …"): a
word that may be a verb or a noun is the noun before the clause's verb."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, violations

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
    averages = read_labels(tmp_path, "clinics.md", CLINICS, "AverageRelation")
    assert averages == ["412.8 ÷ 1,720 = about $240 each"]
    assert violations(tmp_path) == []
