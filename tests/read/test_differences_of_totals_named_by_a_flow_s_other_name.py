"""kg read: "Budgeted income exceeds spending by £21,500" under accounts whose tables total
"Total income" and "Total expenditure" in a budget column and an actual one: "spending" is
the expenditure's other name, and of the two columns' totals the gap's own year's is
taken."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

TEXT = """# Fenwick Canal Society: budget 2026

## Income

| Source | Budget 2026 (£) | Actual 2025 (£) |
|---|---:|---:|
| Memberships | 212,000 | 204,500 |
| Grants | 318,000 | 296,000 |
| Boat trips | 96,500 | 91,200 |
| Total income | 626,500 | 591,700 |

## Expenditure

| Line | Budget 2026 (£) | Actual 2025 (£) |
|---|---:|---:|
| Maintenance | 402,000 | 388,100 |
| Staff | 166,000 | 158,400 |
| Insurance | 37,000 | 35,900 |
| Total expenditure | 605,000 | 582,400 |

## Result

In 2026 budgeted income exceeds spending by £21,500.
"""


def test_the_gap_between_the_year_s_totals(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "budget.md", TEXT, "DifferenceRelation")
    assert "626,500 - 605,000 = £21,500" in labels, labels
