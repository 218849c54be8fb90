"""A count "on each of" so many things is a count for each one: its total is a product
("three shifts on each of the six wards, 18 in all"), never their sum."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def test_a_count_on_each_of_several_is_no_part_of_a_sum(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The hospital runs three cleaning shifts on each of the six "
                                "wards, 18 in all, plus 4 in theatres.")
    assert [roles for kind, roles, _ in found if kind == "SumRelation"] == []


def test_counts_listed_before_in_all_still_add_up(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The hospital runs three cleaning shifts on the wards and six "
                                "in theatres, 9 in all.")
    assert [roles for kind, roles, _ in found if kind == "SumRelation"] == [
        {"total": ("9",), "part": ("three", "six")}]
