"""kg read: "in 40 trial fields …, of which 20 were ploughed" gives the fields and a part of
them; an average "per field" later is over all the fields the "which" stands for, never over
the part "of which" sets off."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    tmp_path.mkdir()
    return relation_labels(tmp_path, "Field note", text, "AverageRelation")


def test_an_average_per_thing_is_over_the_whole_not_the_part_of_which(tmp_path: Path) -> None:
    assert _averages(tmp_path / "fields", "We measured soil nitrate in 40 trial fields on a "
                     "chalk farm near Ludwell, of which 20 were ploughed and 20 were left "
                     "under grass. A total of 480 soil samples was taken, 12 per field.") == [
        "480 ÷ 40 = 12 each"]


def test_an_average_per_a_kind_of_thing_stays_over_the_part(tmp_path: Path) -> None:
    # "per treated pupil": the words name the part's kind, so the part is what is averaged
    assert _averages(tmp_path / "pupils", "The scheme covered 12,600 pupils in 40 schools, "
                     "of whom 6,300 attended funded schools. Lunches cost $252,000 a term, or "
                     "about $40 per funded pupil.") == ["$252,000 ÷ 6,300 = about $40 each"]
