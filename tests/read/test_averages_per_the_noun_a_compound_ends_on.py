"""An average per the noun a count's compound ends on ("9,600 pupil workshops … per
workshop") is of the row the words name for those things, never moved to a row the
compound's first word names ("Pupil mentoring"): that word says which workshops, and the
row of it counts other things."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, violations

MUSEUMS = """# Valley Museums Trust - plans for 2026

## Spending

| £ thousand | 2026 budget |
|---|---:|
| Museum workshops (3 sites) | 139.2 |
| Pupil mentoring | 58.0 |
| Collections care | 74.5 |
| **Total spending** | **271.7** |

## What the money buys

- **Museum workshops.** We plan to run 9,600 pupil workshops across the three museums, at a cost of £14.50 per workshop.
- **Collections care.** Conservation of the textile collection continues.
"""


def test_an_average_per_the_compound_s_noun_stays_on_its_row(tmp_path: Path) -> None:
    averages = read_labels(tmp_path, "museums.md", MUSEUMS, "AverageRelation")
    assert averages == ["139.2 ÷ 9,600 = £14.50 each"]
    assert violations(tmp_path) == []
