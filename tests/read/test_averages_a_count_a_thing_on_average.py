"""kg read: "36 pupils a school on average" is a count of one thing per another ("a", with
"on average" to say so), spread over the schools the sentence counts; "a week on average"
is a rate over time, no such average."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TITLE = "Reading programme plan 2025-26"


def test_a_count_a_thing_on_average(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        "The reading programme will run in 45 schools and reach about 1,620 pupils -- 36 "
        "pupils a school on average.", "AverageRelation") == [
        "about 1,620 ÷ 45 = 36 each"]


def test_a_count_a_week_on_average_is_no_such_average(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        "The reading programme will run in 45 schools, with 3 sessions a week on average.",
        "AverageRelation") == []
