"""kg read: two values joined by "to" and paired with two things in turn by "respectively"
("grants of $6,000 to $2,500 for county and village clubs respectively") are no range: the
first need not be the smaller, so no order of the two is read. A range said plainly ("grants
of $2,500 to $6,000") still orders its ends."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_values_paired_respectively_are_not_ordered_as_a_range(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Sports council note", "Grants of $6,000 to $2,500 "
                           "will go to county and village clubs respectively.",
                           "ComparisonRelation") == []
    assert relation_labels(tmp_path / "b", "Sports council note", "Grants of $2,500 to "
                           "$6,000 will go to village clubs.",
                           "ComparisonRelation") == ["$6,000 > $2,500"]
