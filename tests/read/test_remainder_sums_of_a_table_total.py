"""A remainder ("the balance, 41.3 thousand hours") adds up with the part before it to a
table's total cell; the cells after that total in its own row (hours per member, a change)
are its other columns, never parts of it."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels

TEXT = """Volunteer hours 2024

Hours given by volunteers, by region

| Region | Volunteers | Hours (thousand) | Hours per volunteer | Change |
|---|---|---|---|---|
| North | 4,120 | 180.4 | 43.8 | -1.2 |
| South | 3,870 | 162.9 | 42.1 | +0.4 |
| Total | 7,990 | 343.3 | 43.0 | -0.5 |

## How the hours were given

Hours on regular rotas accounted for 302.0 thousand hours, 88.0% of the total; the balance,
41.3 thousand hours (12.0%), was given at one-off events.
"""


def test_the_rest_and_its_part_add_up_to_the_total_cell_and_no_other_column(
        tmp_path: Path) -> None:
    labels = sum_labels(tmp_path, "hours.md", TEXT)
    assert "302.0 thousand hours + 41.3 thousand hours = 343.3" in labels, labels
    assert not any("43.0" in label or "-0.5" in label for label in labels), labels
