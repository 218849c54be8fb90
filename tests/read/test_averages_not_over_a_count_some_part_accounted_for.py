"""kg read: "The three largest faculties accounted for 2,960 graduates": a count the words
give as what some of the things accounted for (or made up) is a part of them, never the
number an average over all of them ("£3,000 per graduate") is spread over."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TITLE = "Carrow University: graduation statistics 2025"


def test_a_part_accounted_for_is_no_count_of_the_average(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, TITLE,
        "Carrow awarded degrees to 4,210 students in 2025. The three largest faculties "
        "accounted for 2,960 graduates. Degree fees came to £12.63 million in total, or "
        "£3,000 per graduate on average.", "AverageRelation")
    assert not any("2,960" in label for label in labels), labels
