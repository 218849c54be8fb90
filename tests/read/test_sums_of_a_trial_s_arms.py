"""A trial's units split between its arms add up to the units allocated: the next arm after
"or"/"and" with its "to" left out ("to a reading programme (206) or usual teaching (204)"),
and the units counted first with the first arm's count set off after them ("36 rural
clinics, 18 allocated to the intervention and 18 to usual care")."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_the_next_arms_to_left_out(tmp_path: Path) -> None:
    text = "We randomised 410 pupils to a reading programme (206) or usual teaching (204)."
    assert relation_labels(tmp_path, "Trial", text, "SumRelation") == ["206 + 204 = 410"]


def test_the_first_arm_set_off_after_the_units(tmp_path: Path) -> None:
    text = "Cluster trial in 36 rural clinics, 18 allocated to the intervention and 18 to usual care."
    assert relation_labels(tmp_path, "Trial", text, "SumRelation") == ["18 + 18 = 36"]




def test_figures_of_the_units_phrase_or_of_another_unit_name_no_arm(tmp_path: Path) -> None:
    text = ("We randomised 410 pupils at four rural schools to a 10-week reading programme "
            "(206) or usual teaching (204).")
    assert relation_labels(tmp_path, "Trial", text, "SumRelation") == ["206 + 204 = 410"]


def test_the_units_named_at_length_before_the_first_arm(tmp_path: Path) -> None:
    text = ("Cluster trial in 36 rural clinics in the Lowland Valley, 18 allocated to the "
            "intervention and 18 to usual care.")
    assert relation_labels(tmp_path, "Trial", text, "SumRelation") == ["18 + 18 = 36"]


def test_the_first_arm_after_the_verb_of_the_units_taken_in(tmp_path: Path) -> None:
    text = "We enrolled 520 adults and randomly assigned 260 to the app and 260 to the clinic."
    assert relation_labels(tmp_path, "Trial", text, "SumRelation") == ["260 + 260 = 520"]


def test_the_units_taken_in_the_sentence_before(tmp_path: Path) -> None:
    text = ("A total of 520 adults were enrolled. Participants were randomized 1:1, with 260 "
            "assigned to the app and 260 to the clinic.")
    assert relation_labels(tmp_path, "Trial", text, "SumRelation") == ["260 + 260 = 520"]


def test_no_units_taken_in_no_total(tmp_path: Path) -> None:
    text = "The council bought 40 new buses and assigned 12 to the north depot and 28 to the south."
    assert relation_labels(tmp_path, "Fleet", text, "SumRelation") == []


def test_the_units_of_the_verbs_own_clause_not_the_next(tmp_path: Path) -> None:
    text = ("A total of 312 adults aged 50 to 85 years were enrolled; 168 (53.8%) were women. "
            "Participants were randomized 1:1, with 156 assigned to self-fitting and 156 to "
            "clinic fitting.")
    assert relation_labels(tmp_path, "Trial", text, "SumRelation") == ["156 + 156 = 312"]
