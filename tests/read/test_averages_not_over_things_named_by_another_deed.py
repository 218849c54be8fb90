"""kg read: "£480 for every dog taken in" names the things by what was done to them; a count
whose sentence says something else was done to them ("rehomed 2,150 dogs") may be of other
dogs, so it is no count the average is over; one whose sentence says the same is."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_dogs_rehomed_are_not_the_dogs_taken_in(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Kennel trust annual note, 8 May 2025",
        "The rescue centre rehomed 2,150 dogs in 2024. Its running costs of £1.9 million come "
        "to about £480 for every dog taken in.", "AverageRelation") == []


def test_dogs_rehomed_are_the_dogs_rehomed(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Kennel trust annual note, 8 May 2025",
        "The rescue centre rehomed 2,150 dogs in 2024. Its running costs of £1.9 million come "
        "to about £884 for every dog rehomed.", "AverageRelation") == [
            "£1.9 million ÷ 2,150 = about £884 each"]
