"""kg read: "one teacher for every 28 pupils" is the pupils counted over the teachers
counted — each side's noun names its count (here or in a sentence before); the number after
"for every" is the average; with no count of either side, nothing is read."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Valley services review, 2025", text, "AverageRelation")


def test_both_sides_counted_in_the_same_sentence(tmp_path: Path) -> None:
    assert _averages(tmp_path, "With 45 teachers serving 1,260 pupils, the school has one "
                               "teacher for every 28 pupils.") == ["1,260 ÷ 45 = 28 each"]


def test_the_total_counted_in_a_sentence_before(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The town has 84,000 residents. It has 210 doctors, or one "
                               "doctor for every 400 residents.") == ["84,000 ÷ 210 = 400 each"]


def test_no_count_of_either_side_reads_nothing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The club has one coach for every 12 players.") == []
