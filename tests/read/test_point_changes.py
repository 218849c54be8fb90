"""kg read: a rate's move written in basis points or as a fraction of a percentage point is
a percentage-point change between the two rates its sentence gives."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _point_changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Rates note", text, "PercentagePointChangeRelation")


def test_a_rate_cut_in_basis_points_is_a_point_change(tmp_path: Path) -> None:
    assert _point_changes(tmp_path, "The board voted to reduce its lending rate by 50 basis "
                                    "points, to 4.25 per cent from 4.75 per cent.") == [
        "4.75 per cent to 4.25 per cent: reduce 50 basis points"]


def test_half_a_percentage_point_is_a_point_change(tmp_path: Path) -> None:
    assert _point_changes(tmp_path, "Joblessness eased to 5.1 per cent in May from 5.6 per "
                                    "cent in April, a fall of half a percentage point.") == [
        "5.6 per cent to 5.1 per cent: fall half a percentage point"]
