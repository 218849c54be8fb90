"""A table whose rows are spans of months ("Jan–Mar", "Apr–Jun", …) above a "Year" row:
each span is one period of the series and a part of the year's total, no total itself; a
span of months under the single months it covers ("Jan–Dec" under "January" …) is still
their total."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels

QUARTERS = """Riverside pool: swims by quarter

| Quarter | 2023 | 2024 |
|---|---|---|
| Jan–Mar | 6,120 | 6,480 |
| Apr–Jun | 7,340 | 7,910 |
| Jul–Sep | 9,050 | 9,600 |
| Oct–Dec | 5,210 | 5,530 |
| Year | 27,720 | 29,520 |
"""

MONTHS = """Riverside pool: swims in the first quarter

| Month | 2024 |
|---|---|
| January | 2,010 |
| February | 2,140 |
| March | 2,330 |
| Jan–Mar | 6,480 |
"""


def test_quarter_spans_add_up_to_the_year_row(tmp_path: Path) -> None:
    labels = sum_labels(tmp_path, "pool.md", QUARTERS)
    assert len(labels) == 2, labels
    assert all("Year" in label for label in labels)


def test_a_span_of_months_under_its_single_months_is_their_total(tmp_path: Path) -> None:
    labels = sum_labels(tmp_path, "months.md", MONTHS)
    assert len(labels) == 1 and "Jan–Mar" in labels[0], labels
