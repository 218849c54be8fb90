"""kg read: a margin's earlier level is a share of that year's revenue, never of a baseline
set against a per-unit amount ("about €410 a tonne, against €455 in 2023" is revenue for
each tonne, in both years): the table's revenue row of that year is the whole."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

_NOTE = """# Granary Mills plc: results for the year ended 31 December 2024

*Leeds, 11 March 2025*

Sales volumes rose to 2.0 million tonnes. Average realised revenue came to roughly €410 a
tonne, against €455 in 2023.

Gross margin narrowed to 18.0% from 20.0%, a fall of two percentage points, as costs rose.

| € million | FY2024 | FY2023 |
|---|---:|---:|
| Revenue | 820 | 910 |
| Gross profit | 147.6 | 182 |
"""


def test_a_margin_s_earlier_level_is_of_that_year_s_revenue(tmp_path: Path) -> None:
    assert read_labels(tmp_path, "results.md", _NOTE, "ShareRelation") == [
        "182 is 20.0% of 910", "147.6 is 18.0% of 820"]
