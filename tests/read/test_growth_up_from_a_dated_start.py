"""kg read: a compound growth whose start is "up from <amount> in <year>" after the level it
reached in the same clause ("were worth £48 million last year, up from £31 million in 2018"):
the end is that level, never an amount of another year an earlier sentence gives."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

KIND = "CompoundGrowthRelation"


def test_the_level_before_up_from_ends_the_growth(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Orchard exports 2024",
        "Apple exports rose by £9.1 million to £204.3 million, from £195.2 million in 2023. "
        "Sales to Asian buyers were worth £48 million last year, up from £31 million in "
        "2018 - growth of 7.6 per cent a year on average over six years.", KIND)
    assert len(labels) == 1 and "£48 million" in labels[0] and "£195.2" not in labels[0]
