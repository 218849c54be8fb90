"""A signed percent in brackets after the level a verb moved a pronoun "to" ("Mulch raised
them to 6.6 t ha−1 (+10.0%)") is the move from the one level of that unit the pronoun stands
for (its clause before the verb, else the sentence before); in a list each bracket is the
move to the level right before it, a treatment named "at" a figure being no level."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Orchard trial, 2023", text, "PercentChangeRelation")


def test_each_bracket_moves_from_the_level_the_sentence_before_gave(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Apple yields averaged 30.0 t ha−1 on unpruned rows. Summer "
                              "pruning raised them to 33.6 t ha−1 at 10 cuts per tree "
                              "(+12.0%), 35.1 t ha−1 at 20 cuts (+17.0%) and 36.3 t ha−1 "
                              "at 40 cuts (+21.0%).") == [
        "30.0 t ha−1 to 33.6 t ha−1: + 12.0%", "30.0 t ha−1 to 35.1 t ha−1: + 17.0%",
        "30.0 t ha−1 to 36.3 t ha−1: + 21.0%"]
    assert violations(tmp_path) == []


def test_a_bracket_the_levels_do_not_make_is_a_violation(tmp_path: Path) -> None:
    # 1,240 to 1,050 is 15.3 per cent down, not 25.3
    assert _changes(tmp_path, "Scab lesions numbered 1,240 per plot in 2022, and copper "
                              "sprays cut them to 1,050 per plot (-25.3%).") == [
        "1,240 to 1,050: - 25.3%"]
    assert violations(tmp_path) == ["percent-change"]


def test_no_move_where_the_pronoun_has_two_levels_to_stand_for(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Losses were 410 kg in the east block and 380 kg in the west. "
                              "Netting reduced them to 300 kg (-26.8%).") == []
