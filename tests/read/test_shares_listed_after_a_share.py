"""A list of counts with bracketed shares, the first said "of" its whole and the rest left
elliptical: "gulls made up 15,210 of the birds counted (36.4%), terns 9,140 (21.9%) …".
Each later item is a share of the first's whole (whatever its arithmetic)."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

COUNT = "The count fell from 52,300 birds in 2015 to 41,800 in 2024. "


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Bird survey", text, "ShareRelation")


def test_the_second_item_shares_the_first_items_whole(tmp_path: Path) -> None:
    assert _shares(tmp_path, COUNT + (
        "In 2024 gulls made up 15,210 of the birds counted (36.4%), terns 9,140 (21.9%), ducks "
        "7,650 and other species 9,800.")) == ["15,210 is 36.4% of 41,800",
                                                "9,140 is 21.9% of 41,800"]


def test_an_item_after_and_shares_it_too(tmp_path: Path) -> None:
    assert _shares(tmp_path, COUNT + (
        "In 2024 gulls made up 15,210 of the birds counted (36.4%) and terns 9,140 (23.9%).")) \
        == ["15,210 is 36.4% of 41,800", "9,140 is 23.9% of 41,800"]


def test_no_shared_whole_after_a_clause_of_its_own(tmp_path: Path) -> None:
    """"…; in 2015 terns numbered 9,140 (21.9%)": a clause with its own verb and period is
    no item of the list."""
    assert _shares(tmp_path, COUNT + (
        "In 2024 gulls made up 15,210 of the birds counted (36.4%); in 2015 terns numbered "
        "9,140 (21.9%).")) == ["15,210 is 36.4% of 41,800"]
