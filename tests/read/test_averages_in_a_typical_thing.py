"""kg read: "about 12 people in a typical class", "some 400 pupils in the average school"
is the number of things one typical thing holds: the things counted (the people) over the
count of the thing named after "typical"/"average" (the classes), both named by the words;
a thing not counted, or a period ("on a typical day"), reads nothing."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Learning centre review, 2025", text, "AverageRelation")


def test_people_in_a_typical_class(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Our tutors ran 90 classes, with 1,080 people attending, "
                               "about 12 people in a typical class.") == [
        "1,080 ÷ 90 = about 12 each"]
    assert violations(tmp_path) == []


def test_pupils_in_the_average_school(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The district runs 35 schools with 14,700 pupils, some 420 "
                               "pupils in the average school.") == ["14,700 ÷ 35 = some 420 each"]


def test_a_typical_thing_that_does_not_add_up_is_a_violation(tmp_path: Path) -> None:
    # 1,080 people over 90 classes is 12 a class, not 15
    assert _averages(tmp_path, "Our tutors ran 90 classes, with 1,080 people attending, "
                               "about 15 people in a typical class.") == [
        "1,080 ÷ 90 = about 15 each"]
    assert violations(tmp_path) == ["average"]


def test_a_typical_thing_not_counted_reads_nothing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Our tutors ran 90 classes, with 1,080 people attending, "
                               "about 12 people in a typical workshop.") == []


def test_a_typical_day_reads_nothing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The bakery opened 300 days and sold 30,000 loaves, about "
                               "100 loaves on a typical day.") == []


def test_at_an_average_price_is_no_typical_thing(tmp_path: Path) -> None:
    # ("at an average realised price of …" names a price, no thing the tonnes are in)
    assert _averages(tmp_path, "Sales of 2,000 tonnes at an average realised price of "
                               "US$1,100 per tonne generated US$2.2 million.") == [
        "US$2.2 million ÷ 2,000 tonnes = US$1,100 per tonne"]
