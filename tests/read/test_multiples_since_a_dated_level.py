"""kg read: "In 2017 the figure was 1,590, so the number has doubled": the sentence's one
figure, dated by its year, is the level the verb started from, and the multiple is the level
the sentence before gives, which the subject ("the number", "it") points back to."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

DEER = ("Collisions with red deer rose by 6.2 per cent to 3,180 last year. In 2017 the figure "
        "was 1,590, so the number has doubled in seven years.")
COMPLAINTS = ("Complaints to the ombudsman reached 4,800 in 2025. In 2021 the total was 1,600, "
              "so it has trebled.")
NAMED = ("The trust spent €240 million on staff in 2024, of which €60 million went on agency "
         "staff. In 2019 agency spending was €20 million, so agency spending has trebled.")


def test_the_number_has_doubled_from_a_dated_level(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Deer", DEER, "MultipleRelation") == [
        "1,590 × 2 = 3,180 (doubled)"]


def test_it_has_trebled_from_the_total_of_a_year(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Complaints", COMPLAINTS, "MultipleRelation") == [
        "1,600 × 3 = 4,800 (trebled)"]


def test_a_subject_naming_a_measure_leaves_the_level_open(tmp_path: Path) -> None:
    # which of the two amounts before is the agency's, the clause's words leave open
    assert relation_labels(tmp_path, "Staff", NAMED, "MultipleRelation") == []
