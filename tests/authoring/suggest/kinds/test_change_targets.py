"""The level a later "to" reaches after a word of the other way ("up 12% …, but a loyalty
discount brings it down to …") is that other move's, never the end of this change."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def test_a_to_after_a_move_the_other_way_is_not_the_change_s_end(tmp_path: Path) -> None:
    found = suggested(tmp_path, "A season pass will cost £84, up 12% on the £75 charged in "
                                "2019, and members of the rowing club get a further £9 off, "
                                "cutting their pass down to £75.")
    changes = [roles for kind, roles, _ in found if kind == "PercentChangeRelation"]
    assert changes == [{"initial": ("£75",), "final": ("£84",), "change": ("12%",)}]


def test_a_to_of_the_same_way_is_still_the_end(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Membership rose 8% from 2,500 last spring, climbing to 2,700.")
    changes = [roles for kind, roles, _ in found if kind == "PercentChangeRelation"]
    assert changes == [{"initial": ("2,500",), "final": ("2,700",), "change": ("8%",)}]
