"""kg read: "The 12 branches lent 84,000 books, which comes to 7,000 a branch" — a bare
number (no unit, no noun of its own) that a verb of coming to ("works out at", "comes to",
"amounts to") puts "a"/"per" one of the things the clause counts is the average of the other
number over those things; "a day" (a period) or "per cent" is no thing counted."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Parish lending note, 2025", text, "AverageRelation")


def test_works_out_at_a_bare_number_per_thing_counted(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The 40 matches produced 118 goals between them, which works "
                               "out at 2.95 a match.") == ["118 ÷ 40 = 2.95 each"]


def test_comes_to_a_hedged_number_per_thing_counted(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Our 35 volunteers knitted 910 blankets, which comes to about "
                               "26 per volunteer.") == ["910 ÷ 35 = about 26 each"]


def test_a_number_a_day_is_no_thing_counted(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The hospital treated 5,200 patients, which works out at 14 "
                               "a day.") == []


def test_a_number_per_cent_is_no_thing_counted(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The 40 stalls took 2,600 orders, and the levy comes to 4 per "
                               "cent.") == []


def test_things_counted_only_in_another_sentence_are_not_the_count(tmp_path: Path) -> None:
    # the games another sentence counts are no count a bare number of this clause is per:
    # the clause's own things (the fixtures, games by another name) are
    assert _averages(tmp_path, "Every club played 12 games. The 48 fixtures produced 130 goals "
                               "between them, which works out at 2.7 a game.") == [
        "130 ÷ 48 = 2.7 each"]
