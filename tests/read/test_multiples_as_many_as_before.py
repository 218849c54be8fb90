"""kg read: "N times as many as …" with its base said in an earlier sentence: "five times as
many as the nets" is of the level of the same things the nets' sentence gives; "three times as
many as in 2015" of the one level that year's sentence gives; a count the words name but of
other things ("Nets strung along 40 beaches") is no base."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _multiples(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Coast note, 2025", text, "MultipleRelation")


def test_as_many_as_the_named_thing_said_before(tmp_path: Path) -> None:
    assert _multiples(tmp_path, "The nets caught 58 sharks over the season. The drumlines "
                                "caught 290 sharks over the same months, five times as many "
                                "as the nets.") == ["58 × 5 = 290 (five times)"]


def test_as_many_as_in_a_year_said_before(tmp_path: Path) -> None:
    assert _multiples(tmp_path, "The club had 120 members in 2015. It now has 360 members, "
                                "three times as many as in 2015.") == [
        "120 × 3 = 360 (three times)"]


def test_a_count_of_other_things_the_name_fits_is_no_base(tmp_path: Path) -> None:
    assert _multiples(tmp_path, "Nets strung along 40 beaches stayed in the water all "
                                "season. The drumlines caught 290 sharks over the same "
                                "months, five times as many as the nets.") == []
