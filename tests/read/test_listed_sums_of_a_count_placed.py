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
