"""kg read: a change "by" an amount whose words give both ends ("rose by £1.4 million to
£18.2 million, from £16.8 million") keeps its level reached when a later "to" in the same
sentence moves another thing ("…, pushing the average fare to about £12.40"): the level is
the "to" between the change and its start."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

KIND = "DifferenceRelation"


def test_a_later_to_of_another_thing_leaves_the_change_its_level(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Kellan ferry results, 2 April 2025",
        "Ticket income rose by £1.4 million to £18.2 million, from £16.8 million in 2023, "
        "pushing the average fare paid on the crossing to about £12.40.", KIND) == [
        "£18.2 million - £16.8 million = £1.4 million"]


def test_from_then_to_then_by_is_read_as_before(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Kellan ferry results, 2 April 2025",
        "Ticket income rose from £16.8 million to £18.2 million, by £1.4 million, pushing the "
        "average fare to about £12.40.", KIND) == [
        "£18.2 million - £16.8 million = £1.4 million"]
