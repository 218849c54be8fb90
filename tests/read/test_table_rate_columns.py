"""kg read: a table column whose unit is one quantity per another ("Yield (t/ha)", "Speed
(km/h)") does not add up to its total row: that row gives the whole's rate, a weighted
mean of the rows, while the columns of amounts beside it still add up."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels

ORCHARD = """# Orchard survey, autumn

## Apples by variety

| Variety | Area (ha) | Crop (t) | Yield (t/ha) |
|---|---:|---:|---:|
| Bramley | 120 | 2,400 | 20.0 |
| Cox | 80 | 1,200 | 15.0 |
| Gala | 50 | 1,100 | 22.0 |
| **All apples** | **250** | **4,700** | **18.8** |

Bramley was again the largest crop of the autumn.
"""


def test_a_column_of_a_rate_per_hectare_is_no_sum_of_the_rows(tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "orchard.md", ORCHARD) == [
        "Area (ha): the rows add up to All apples",
        "Crop (t): the rows add up to All apples"]
