"""A list carried on from the sentence before ("… 40 stayed. A further 25 moved away and 15
retired, 80 in all"): its total adds the earlier sentence's count, never only this one's."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def test_a_further_carries_the_list_on_from_the_sentence_before(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Half of last year's apprentices (40 people) stayed with the "
                                "firm. A further 25 moved to rivals and 15 retrained as "
                                "teachers, 80 in all.")
    sums = [roles for kind, roles, _ in found if kind == "SumRelation"]
    assert sums == [{"total": ("80",), "part": ("40", "25", "15")}]


def test_a_further_with_no_one_count_before_makes_no_sum(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Of 90 apprentices, 30 stayed and 10 left early. A further 25 "
                                "moved to rivals and 15 retrained, 90 in all.")
    assert not any(roles["total"] == ("90",) and roles["part"] == ("25", "15")
                   for kind, roles, _ in found if kind == "SumRelation")
