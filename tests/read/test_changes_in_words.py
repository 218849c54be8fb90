"""kg read: a move said with a fraction in words after the thing moved ("cut its orders by
a third, to …"), and a move whose two levels are set off after its size ("were down by a
fifth: 480 this year against 600 …"), are percent changes the check holds the levels to."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Mill note, 2025", text, "PercentChangeRelation")


def test_a_fraction_after_the_thing_a_verb_moved_is_a_percent_change(tmp_path: Path) -> None:
    assert _changes(tmp_path, "The bakery cut its flour orders by a third, to 2,040 sacks "
                              "from 3,060 sacks, after the harvest failed.") == [
        "3,060 to 2,040: cut a third"]
    assert violations(tmp_path) == []
    # "…, driven by a quarter of the mills": who moved it, not by how much
    (tmp_path / "cause").mkdir()
    assert _changes(tmp_path / "cause", "Output rose 6%, driven by a quarter of the mills, "
                                        "to 2,120 sacks from 2,000 sacks.") == [
        "2,000 to 2,120: rose 6%"]


def test_a_move_by_a_fraction_after_its_object_the_levels_do_not_make_is_a_violation(
        tmp_path: Path) -> None:
    # 3,610 to 2,040 is a cut of 43 per cent, not a third
    assert _changes(tmp_path, "The bakery cut its flour orders by a third, to 2,040 sacks "
                              "from 3,610 sacks, after the harvest failed.") == [
        "3,610 to 2,040: cut a third"]
    assert violations(tmp_path) == ["percent-change"]


def test_levels_set_off_after_a_change_run_from_the_one_set_against(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Late deliveries were down by a fifth: 480 this year against "
                              "600 in 2024.") == ["600 to 480: down a fifth"]
    assert violations(tmp_path) == []
    (tmp_path / "digits").mkdir()
    assert _changes(tmp_path / "digits", "Complaints rose 15% - 230 this spring, compared "
                                         "with 200 a year earlier.") == ["200 to 230: rose 15%"]


def test_levels_set_off_that_a_change_does_not_make_are_a_violation(tmp_path: Path) -> None:
    # 640 to 480 is a fall of a quarter, not a fifth
    assert _changes(tmp_path, "Late deliveries were down by a fifth: 480 this year against "
                              "640 in 2024.") == ["640 to 480: down a fifth"]
    assert violations(tmp_path) == ["percent-change"]


def test_a_fraction_before_a_comparative_is_a_percent_change(tmp_path: Path) -> None:
    # "a quarter more than …", "a third fewer": the fraction says how far one level stands
    # above or below the other, as "25% more" does
    assert _changes(tmp_path, "The mill ground 4,500 sacks in the spring, a quarter more than "
                              "the 3,600 sacks of a year before.") == [
        "3,600 to 4,500: more a quarter"]
    assert violations(tmp_path) == []
    (tmp_path / "fewer").mkdir()
    assert _changes(tmp_path / "fewer", "The fair drew 40 carts, down from 60 the summer "
                                        "before, a third fewer.") == [
        "60 to 40: fewer a third"]
    assert violations(tmp_path / "fewer") == []


def test_a_fraction_before_a_comparative_the_levels_do_not_make_is_a_violation(
        tmp_path: Path) -> None:
    # 3,620 to 5,140 sacks is 42 per cent more, not a quarter
    assert _changes(tmp_path, "The mill ground 5,140 sacks in the spring, a quarter more than "
                              "the 3,620 sacks of a year before.") == [
        "3,620 to 5,140: more a quarter"]
    assert violations(tmp_path) == ["percent-change"]
    # "half as many", "a third more likely": a multiple and a likelihood, no move in percent
    (tmp_path / "likely").mkdir()
    assert _changes(tmp_path / "likely", "Riders on the new route were a third more likely "
                                         "to return, 44 against 33.") == []


def test_a_fraction_after_the_noun_of_a_move_is_a_percent_change(tmp_path: Path) -> None:
    # "a fall of a third", "an increase of about a quarter": the noun's size, as "by" gives a
    # verb's
    assert _changes(tmp_path, "The ferry carried 2,600 cyclists in 2024, down from 3,900 "
                              "in 2023 -- a fall of a third.") == ["3,900 to 2,600: fall a third"]
    assert violations(tmp_path) == []
    (tmp_path / "hedged").mkdir()
    assert _changes(tmp_path / "hedged", "Allotment lets rose to 410 from 328, an increase "
                                         "of about a quarter.") == [
        "328 to 410: increase about a quarter"]
    assert violations(tmp_path / "hedged") == []


def test_a_fraction_after_the_noun_of_a_move_the_levels_do_not_make_is_a_violation(
        tmp_path: Path) -> None:
    # 3,900 to 3,100 is a fall of a fifth, not a third
    assert _changes(tmp_path, "The ferry carried 3,100 cyclists in 2024, down from 3,900 "
                              "in 2023 -- a fall of a third.") == ["3,900 to 3,100: fall a third"]
    assert violations(tmp_path) == ["percent-change"]
    # "a third of the riders": a share of them, no move
    (tmp_path / "share").mkdir()
    assert _changes(tmp_path / "share", "The ferry carried 3,900 cyclists, a third of them "
                                        "from abroad.") == []
