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


def test_a_fraction_set_off_after_n_of_those_things(tmp_path: Path) -> None:
    """"500,000 of those visitors, roughly one in four": the whole is the count of visitors
    the sentence before gives (the noun after "of those", not the word "of")."""
    found = suggested(tmp_path, "The park welcomed 2.0 million visitors. School groups brought "
                                "500,000 of those visitors, roughly one in four.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == [
        {"numerator": ("500,000",), "denominator": ("2.0 million",),
         "ratio": ("roughly one in four",)}]


def test_of_those_things_no_earlier_figure_counts_is_no_ratio(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The park welcomed 2.0 million visitors. School groups bought "
                                "500,000 of those tickets, roughly one in four.")
    assert [kind for kind, _, _ in found if kind == "RatioRelation"] == []
