"""A share an amount was drawn "from" ("harvested 8,100 tonnes … from 58.0% of the
farmland") is of the source, another measure: the amount is no portion of it, and no total
of the amount's column is its whole."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

_TEXT = """# Olive harvest 2025

The Coastal cooperative harvested 8,100 tonnes, or 61.5% of the region's crop, from 58.0% of
the farmland.

| Cooperative | Farmland (ha) | Harvest (tonnes) |
|---|---:|---:|
| Coastal | 2,320 | 8,100 |
| Hill | 1,100 | 3,200 |
| Valley | 580 | 1,870 |
| Total | 4,000 | 13,170 |
"""


def test_an_amount_drawn_from_a_share_is_not_its_portion(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "olives.md", _TEXT, "ShareRelation")
    assert not [label for label in labels if "8,100 tonnes is 58.0%" in label]
    # (the farmland share is the row's own: 2,320 of 4,000 hectares)
    assert "Coastal: 58.0% of the total (the table)" in labels
