"""A rate's row named by its measure, then by its head noun alone: "operating profit rose to
£18.2m, taking the margin to 11.4%" names the "Operating profit margin" row; "the gross
margin" is another margin, which names no such row."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, ties_in

RESULTS = """Pellham Instruments half-year results

Published Monday 2 March 2026

Operating profit rose to £18.2m, taking the margin to 11.4%, 0.9 percentage points higher
than a year earlier.

Table 1. Half-year summary
| Measure | H1 2025/26 | H1 2024/25 | Change |
| Revenue (£m) | 159.6 | 151.8 | +5.1% |
| Operating profit (£m) | 18.2 | 15.9 | +14.5% |
| Operating profit margin (%) | 11.4 | 10.5 | +0.9 pts |
"""


def test_a_rate_taken_up_by_its_head_noun_is_the_row_of_the_measure_named_before(
        tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, RESULTS)
    tied = ties_in(checked)
    assert "Operating profit margin (%), H1 2025/26: the table and the text" in tied
    assert "Operating profit margin (%), Change: the table and the text" in tied

    # "the gross margin" is another margin, with a word of its own: no such row
    (tmp_path / "gross").mkdir()
    checked, _ = relations(tmp_path / "gross", RESULTS.replace("taking the margin",
                                                               "taking the gross margin"))
    assert not any(t.startswith("Operating profit margin") for t in ties_in(checked))
