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
