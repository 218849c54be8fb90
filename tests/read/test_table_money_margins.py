"""A row a margin or rate names by its word alone ("Gross margin") holds the table's money
where the table's head or caption gives a currency and the row writes no percent sign; a row
whose label or cells write "%" stays a percent (the cells of a change column beside it do
not count)."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_local_dollars import units

ACCOUNTS = """# Tollan Mills: the year to June 2026

| € thousand | 2026 | 2025 | Change |
|---|--:|--:|--:|
| Sales | 8,412 | 7,960 | +5.7% |
| Cost of goods | 6,105 | 5,877 | +3.9% |
| Gross margin | 2,307 | 2,083 | +10.8% |
| Margin on sales | 27.4% | 26.2% | |
| Return rate (%) | 3.1 | 2.9 | |

Sales grew by 5.7%.
"""


def test_a_margin_row_in_a_table_of_money_is_money_and_a_percent_row_stays_percent(
        tmp_path: Path) -> None:
    read_as = units(tmp_path, ACCOUNTS)
    assert {q: read_as[q] for q in ("2,307", "2,083", "27.4%", "26.2%", "3.1", "2.9")} == {
        "2,307": "CCY_EUR", "2,083": "CCY_EUR", "27.4%": "PERCENT", "26.2%": "PERCENT",
        "3.1": "PERCENT", "2.9": "PERCENT"}
