"""kg read: a count of things with their own noun before "per"/"for every" and a unit
("about 45 posts per kilometre", "12 nests for every hectare") is the count of those things
the sentence gives over the one amount of that unit it gives, as where the noun is left
unsaid ("about 45 per kilometre"); with two counts of things to choose from, nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Moorland fencing report, 2025", text, "AverageRelation")


@pytest.mark.parametrize("text, label", [
    ("Contractors set 1,890 posts along 42 km of boundary, about 45 posts per kilometre.",
     "1,890 ÷ 42 km = about 45 per kilometre"),
    ("Surveyors found 372 nests across 31 hectares of heath, 12 nests for every hectare.",
     "372 ÷ 31 hectares = 12 per hectare"),
])
def test_things_per_a_measured_unit(tmp_path: Path, text: str, label: str) -> None:
    assert _averages(tmp_path, text) == [label]
    assert violations(tmp_path) == []


def test_things_per_a_unit_the_amounts_do_not_make_is_a_violation(tmp_path: Path) -> None:
    # 1,890 posts over 42 km is 45 a kilometre, not 54
    assert _averages(tmp_path, "Contractors set 1,890 posts along 42 km of boundary, about 54 "
                               "posts per kilometre.") == ["1,890 ÷ 42 km = about 54 per kilometre"]
    assert violations(tmp_path) == ["average"]


def test_two_counts_of_things_read_nothing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The 14 crews set 1,890 posts along 42 km of boundary, about 45 "
                               "posts per kilometre.") == []
