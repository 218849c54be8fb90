"""kg read: a row whose label opens on "Annual" sums the year's rows only where the word
stands alone or before "total" ("Annual", "Annual total", "Annual (Jan–Dec)"); "Annual
passes" or "Annual (adults and seniors)" is one product among the rows, which the table's
own total row ("All passes") adds up with the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.read.tables import TOTAL_LABEL
from tests.read import sum_labels

PASSES = """Riverside Gardens: visitor passes sold, 2024 and 2025

Pass type                          2024      2025
Annual (adults and seniors)       3,140     3,420
Season (April to October)         5,260     5,110
Day ticket                       18,900    19,640
Group booking                     1,150     1,230
All passes                       28,450    29,400

Sales of passes rose in 2025, led by day tickets.
"""


@pytest.mark.parametrize("label", ["Annual (adults and seniors)", "Annual passes",
                                   "Annual licences", "Annualised rate"])
def test_a_product_named_annual_is_no_total(label: str) -> None:
    assert TOTAL_LABEL.search(label) is None


@pytest.mark.parametrize("label", ["Annual", "Annual total", "Annual (Jan–Dec)", "Annual:"])
def test_a_year_s_total_named_annual_still_is_one(label: str) -> None:
    assert TOTAL_LABEL.search(label) is not None


def test_the_all_row_adds_up_the_annual_product_with_the_others(tmp_path: Path) -> None:
    found = sum_labels(tmp_path, "passes.txt", PASSES)
    assert "2025: the rows add up to All passes" in found, found
    assert "2024: the rows add up to All passes" in found, found
