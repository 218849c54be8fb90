"""kg read: a verb of exceeding between two counts of different things ("27 smaller clubs,
none of which exceeded 40 anglers") orders no one quantity, so no comparison is read; a
count set against a bound ("the 2,500 tree target") still is."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_counts_of_other_things_are_never_compared(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Angling federation report", (
        "The remaining 310 members were spread across 27 smaller clubs, none of which "
        "exceeded 40 anglers. Volunteers planted 2,640 riverbank trees, exceeding the 2,500 "
        "tree target."), "ComparisonRelation")
    assert found == ["2,640 > 2,500"], found
