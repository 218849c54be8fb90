"""kg read: a figure written below zero ("-1.8", "−0.9") keeps only its size as its value, so
an interval round a negative estimate ("a mean change of -1.8 (95% CI -2.6 to -1.0)") orders
no ends where the larger side is written below zero: by their sizes they stand the other way
round from the order the words give. A side above zero is still larger than one below ("0.4
(95% CI -0.3 to 1.1)": 0.4 > -0.3), and an interval of figures above zero still orders its
ends around the estimate."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_an_interval_below_zero_orders_no_ends(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Sleep study", "Fasting glucose fell by 0.9 points with "
                           "the new regimen and by 0.2 points with usual care, a between-arm "
                           "difference of -0.7 (95% confidence interval -1.1 to -0.3).",
                           "ComparisonRelation") == []


def test_an_interval_across_zero_orders_only_a_larger_side_above_zero(tmp_path: Path) -> None:
    # (an interval of figures above zero still brackets its estimate)
    assert relation_labels(tmp_path, "Sleep study", "The between-arm gap in sleep time was "
                           "-0.2 (95% CI -0.9 to 0.5). The odds ratio for waking before dawn "
                           "was 0.72 (95% CI 0.55 to 0.94).",
                           "ComparisonRelation") == ["0.5 > 0.2", "0.72 > 0.55", "0.94 > 0.72"]
    assert relation_labels(tmp_path / "b", "Sleep study", "The gap was 0.4 (95% CI -0.3 to "
                           "1.1).", "ComparisonRelation") == ["0.4 > 0.3", "1.1 > 0.4"]
