"""A count and its bracketed share whose whole the clause opens: "…, of which bulk grain
accounted for 9.8 million tonnes (39.8%)" (the part's name and verb may stand between "of
which" and the count), "Among the 418 pupils who sat the test, 233 (55.7%) …" ("among"
opens the whole as "Of the" does)."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Statistics", text, "ShareRelation")


def test_of_which_with_the_parts_name_and_verb_between(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "Total throughput reached 24.6 million tonnes, of which bulk grain accounted for 9.8 "
        "million tonnes (39.8%), coal for 6.1 million tonnes and other cargo for 8.7 million "
        "tonnes.")) == ["9.8 million tonnes is 39.8% of 24.6 million tonnes"]


def test_of_which_right_before_the_count_still_reads(tmp_path: Path) -> None:
    assert _shares(tmp_path, "The firm employs 5,240 people, of whom 1,310 (25.0%) work "
                   "abroad.") == ["1,310 is 25.0% of 5,240"]


def test_among_opens_the_whole(tmp_path: Path) -> None:
    assert _shares(tmp_path, "Among the 418 pupils who sat the test, 233 (55.7%) reached the "
                   "expected standard.") == ["233 is 55.7% of 418"]


def test_a_slip_in_the_share_is_still_tied(tmp_path: Path) -> None:
    assert _shares(tmp_path, "Among the 418 pupils who sat the test, 233 (57.5%) reached the "
                   "expected standard.") == ["233 is 57.5% of 418"]
