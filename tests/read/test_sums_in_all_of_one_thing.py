"""A total "in all" adds up the amounts of the thing it counts: never the whole a fraction or
share before it is taken of ("one in five of the 3,000 bulbs …, some 600 bulbs in all" is a
portion of the 3,000, not their sum with anything), nor a count of the periods the amounts
cover ("in its first two seasons")."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels, violations


def test_the_whole_a_fraction_is_of_is_no_part_of_the_total_in_all(tmp_path: Path) -> None:
    text = ("Volunteers say roughly one in five of the 3,000 bulbs set out in the first two "
            "springs never flowered, some 600 bulbs in all.\n")
    assert sum_labels(tmp_path, "park.txt", "Park report 2025\n\n" + text) == []
    assert violations(tmp_path) == []


def test_a_count_of_periods_is_no_part_of_the_total_in_all(tmp_path: Path) -> None:
    text = ("In its first two seasons the club ran 14 junior courses and 9 adult courses, "
            "23 courses in all.\n")
    assert sum_labels(tmp_path, "club.txt", "Club report 2025\n\n" + text) == [
        "14 + 9 = 23"]
    assert violations(tmp_path) == []
