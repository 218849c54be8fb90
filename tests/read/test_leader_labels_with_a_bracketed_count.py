"""kg read: a dot-leader list whose label ends in a count in brackets ("Member clubs (6)
...... $48,200") keeps the count in the label: the leader leads to the line's one amount, so
the list is still read as a table whose rows add up to its total."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_bracketed_count_before_a_leader_is_the_label_s(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Rowing association budget 2025", (
        "INCOME\n\n"
        "    Membership fees ............................ $91,400\n"
        "    Member clubs (6) ........................... $48,200\n"
        "    Regatta entries ............................ $23,900\n"
        "                                                 --------\n"
        "    Total income ............................... $163,500\n\n"
        "The association expects a small surplus.\n"), "SumRelation")
    assert found == ["INCOME: the rows add up to Total income"], found
