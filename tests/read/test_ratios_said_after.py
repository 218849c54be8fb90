"""kg read: a fraction in words that says what an amount comes to after a clause about it
("Of those flats, 1,080 were built for rent, meaning roughly two in three new flats will be
let") is the ratio of that amount to the count of the things the fraction names, said
before, a qualifier before the noun ("new flats") or not."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _ratios(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Housing note, 2025", text, "RatioRelation")


def test_a_fraction_after_what_an_amount_was_is_its_ratio_to_the_things_counted_before(
        tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The city counted 1,620 flats. Of those flats, 1,080 were "
                             "built for rent, meaning roughly two in three new flats will "
                             "be let.") == ["1,080 is roughly two in three of 1,620"]
    assert violations(tmp_path) == []
    # a hyphen joins the words of what the amount was ("council-owned")
    (tmp_path / "hyphen").mkdir()
    assert _ratios(tmp_path / "hyphen", "The town counted 1,620 flats. Of those flats, 540 "
                                        "were council-owned, so about one in three flats "
                                        "is social housing.") == [
        "540 is about one in three of 1,620"]


def test_a_fraction_after_what_an_amount_was_that_the_counts_do_not_make_is_a_violation(
        tmp_path: Path) -> None:
    # 1,080 of 2,430 is 44 per cent, not two in three
    assert _ratios(tmp_path, "The city counted 2,430 flats. Of those flats, 1,080 were "
                             "built for rent, meaning roughly two in three new flats will "
                             "be let.") == ["1,080 is roughly two in three of 2,430"]
    assert violations(tmp_path) == ["ratio"]
