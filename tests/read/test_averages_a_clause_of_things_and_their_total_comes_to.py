"""kg read: "The 30 heats produced 90 records between them, which works out at 3.0 a race"
is an average of the total over the things the clause counts first, though the noun the
average is "a"/"per" names them otherwise (a race, a heat); one per a period ("a day") is
no average over them."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(folder: Path, text: str) -> list[str]:
    return relation_labels(folder, "County athletics season review, 2025", text,
                           "AverageRelation")


def test_a_total_the_things_counted_first_came_to_works_out_per_thing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The 30 heats produced 90 records between them, which works "
                               "out at 3.0 a race.") == ["90 ÷ 30 = 3.0 each"]
    assert _averages(tmp_path / "day", "The 30 heats drew 6,000 spectators, which works out "
                                       "at 200 a day.") == []
