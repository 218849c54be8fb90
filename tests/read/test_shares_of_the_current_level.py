"""kg read: "The new wing will lift beds from 400 to 520. Wards ran 348 patients a night, 87%
of current capacity": "current" names the level a planned change starts from, never the one
it will reach; once the change has happened ("lifted beds from 400 to 520"), the current
level is the one it reached."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_of_current_capacity_before_a_planned_rise_is_its_from_level(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Hospital extension", "The new wing, costing £60 million, "
                            "will add 120 beds and lift capacity from 400 to 520. Wards "
                            "held 348 a night last winter, 87% of current capacity.",
                            "ShareRelation")
    assert found == ["348 is 87% of 400"]


def test_of_current_capacity_after_a_rise_that_happened_is_its_to_level(
        tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Hospital extension", "The new wing, costing £60 million, "
                            "added 120 beds and lifted capacity from 400 to 520. Wards "
                            "held 416 a night last winter, 80% of current capacity.",
                            "ShareRelation")
    assert found == ["416 is 80% of 520"]
