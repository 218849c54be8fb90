"""kg read: a number in words after "the" ("the three routes") only says how many things a
known set holds; it is never the level a change reaches nor a side of a comparison."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

_FERRIES = ("The ferries carried 4.12 million passengers on the three routes last year, up "
            "2.5% on the 4.02 million of 2024.")


def test_a_change_reaches_the_level_not_the_size_of_a_known_set(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Ferry note", _FERRIES, "PercentChangeRelation") == [
        "4.02 million to 4.12 million: up 2.5%"]


def test_a_known_sets_size_is_no_side_of_a_comparison(tmp_path: Path) -> None:
    (tmp_path / "level").mkdir()
    (tmp_path / "none").mkdir()
    assert relation_labels(tmp_path / "level", "Ferry note", "The ferries carried 4.12 million "
                           "passengers on the three routes last year, up from the 4.02 million "
                           "of 2024.", "ComparisonRelation") == ["4.12 million > 4.02 million"]
    # no level said: the set's size stands in for none
    assert relation_labels(tmp_path / "none", "Ferry note", "Passengers on the three routes "
                           "were up on the 4.02 million of 2024.", "ComparisonRelation") == []
