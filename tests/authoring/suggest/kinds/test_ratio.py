"""A fraction "of all <things>" whose whole an earlier sentence counts with a longer noun
phrase ("3,200 licensed taxi drivers … one in eight of all drivers")."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def test_the_whole_named_by_the_head_of_a_longer_noun_phrase(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The city licensed 3,200 electric taxi vehicles in its fleet "
                                "by March. Wheelchair-accessible models, some 400, are about "
                                "one in eight of all vehicles.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == [
        {"numerator": ("some 400",), "denominator": ("3,200",),
         "ratio": ("about one in eight",)}]
