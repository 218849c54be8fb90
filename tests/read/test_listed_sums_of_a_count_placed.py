"""A count, the place or time it is of, and after a colon its parts: "The council keeps 412
allotments in the north and south wards: 230 full plots, 150 half plots and 32 raised
beds" adds up as "412 allotments: …" does."""

from __future__ import annotations

from tests.read import relation_labels


def test_the_parts_after_the_colon_past_the_place(tmp_path) -> None:
    assert relation_labels(
        tmp_path, "Allotments 2026",
        "The council keeps 412 allotments in the north and south wards: 230 full plots, 150 "
        "half plots and 32 raised beds.", "SumRelation") == ["230 + 150 + 32 = 412"]


def test_a_level_plus_a_further_amount_after_the_colon(tmp_path) -> None:
    assert relation_labels(
        tmp_path, "Crew report",
        "The crew numbered 52 at the start of the season: the 40 regulars hired in spring "
        "plus a further 12 trainees.", "SumRelation") == ["40 + 12 = 52"]
