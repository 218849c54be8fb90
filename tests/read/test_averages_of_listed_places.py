"""kg read: "averaged £3.10 on the north line and £2.85 on the south line": each amount is
an average of its own place, never the other's aggregate, and is over that place's things,
never a figure of all of them."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_an_average_listed_by_place_takes_no_total_of_all_places(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Fares", "In the year, 16.4 million trips were made. The "
                           "fare per trip averaged £3.10 on the north line and £2.85 on the "
                           "south line.", "AverageRelation") == []


def test_an_average_listed_by_place_takes_that_places_figures(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Fares", "The north line carried 9.0 million trips and "
                           "took £27.9 million in fares. The fare per trip averaged £3.10 on the "
                           "north line and £2.85 on the south line.", "AverageRelation") == [
        "£27.9 million ÷ 9.0 million = £3.10 each"]
