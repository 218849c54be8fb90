"""A change by an amount "on" a baseline dated on an earlier day of the same year than the
level before it ("… at 31 December 2024, an increase of $5.1m on the $43.1m held at 30
June 2024"), as a half-year report compares a balance with the year-end before."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def test_a_rise_on_a_balance_held_at_an_earlier_date(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Half-year report",
        "Net cash stood at $48.2m at 31 December 2024, an increase of $5.1m on the $43.1m "
        "held at 30 June 2024.",
        "DifferenceRelation")
    assert labels == ["$48.2m - $43.1m = $5.1m"]
    assert "difference" not in violations(tmp_path)


def test_a_fall_on_a_balance_at_an_earlier_date(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Interim statement",
        "Borrowings were £71.4 million at 30 September 2025, a reduction of £6.2 million on "
        "the £77.6 million owed at 31 March 2025.",
        "DifferenceRelation")
    assert labels == ["£77.6 million - £71.4 million = £6.2 million"]


def test_a_baseline_dated_later_is_no_start(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Interim statement",
        "Borrowings were £71.4 million at 31 March 2025, an increase of £6.2 million on the "
        "£77.6 million forecast for 30 September 2025.",
        "DifferenceRelation")
    assert labels == []
