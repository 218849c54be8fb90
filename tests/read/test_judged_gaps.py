"""A figure that measures how much better or worse one value stands than another ("2.1
points better than …") is the gap between them: the words state a change or a difference,
never a bare comparison of the two values."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read import relation_blocks


def _comparisons(tmp_path: Path, text: str) -> list[str]:
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    return relation_blocks(read(source, tmp_path / "c").folder, "ComparisonRelation")


def test_points_better_than_an_earlier_value_is_no_comparison(tmp_path: Path) -> None:
    text = ("Rail punctuality bulletin, 12 March 2025\n\n"
            "On-time departures reached 88.4 per cent in February, above the operator's "
            "goal of 88.0 per cent and 2.1 percentage points better than in February 2024 "
            "(86.3 per cent).\n")
    # the goal is a bound the words set the value above: that comparison stays
    found = _comparisons(tmp_path, text)
    assert len(found) == 1 and '"88.4 per cent > 88.0 per cent"' in found[0]


def test_a_comparison_without_a_measured_gap_is_still_read(tmp_path: Path) -> None:
    text = ("Rail punctuality bulletin, 12 March 2025\n\n"
            "On-time departures reached 88.4 per cent in February, higher than the "
            "86.3 per cent of February 2024.\n")
    found = _comparisons(tmp_path, text)
    assert len(found) == 1 and '"88.4 per cent > 86.3 per cent"' in found[0]
