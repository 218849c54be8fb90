"""A saving between two prices the words set against each other ("compared with",
"against", "instead of"), one of them a price for a year: the dearer less the cheaper; and
"you save" as the verb of the same saving."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def test_a_saving_against_a_price_for_a_year(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Season ticket note",
        "A season ticket costs £1,150 a year, compared with £1,420 if you buy monthly "
        "passes, a saving of £270 per commuter.",
        "DifferenceRelation")
    assert labels == ["£1,420 - £1,150 = £270"]
    assert "difference" not in violations(tmp_path)


def test_a_saving_set_off_by_a_colon_after_a_yearly_price(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "District heating note",
        "Flats on the scheme will pay about £860 a year for heating, the trust says, against "
        "£1,040 for an electric storage system: a saving of £180.",
        "DifferenceRelation")
    assert labels == ["£1,040 - about £860 = £180"]


def test_you_save_between_two_prices_instead_of_each_other(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Bike hire prices",
        "Take a bike for the whole week for £95 instead of £133 for seven single days - you "
        "save £38.",
        "DifferenceRelation")
    assert labels == ["£133 - £95 = £38"]


def test_save_with_no_two_prices_set_against_reads_nothing(tmp_path: Path) -> None:
    # a third price in the clause (the yearly one restated per month) leaves open which two
    # the saving lies between
    labels = relation_labels(
        tmp_path, "Season ticket note",
        "A season ticket costs £1,150 a year, or £96 a month, compared with £1,420 for "
        "monthly passes, a saving of £270.",
        "DifferenceRelation")
    assert labels == []


def test_save_with_no_prices_set_against_reads_nothing(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Energy advice",
        "Households that insulate their lofts save £210 a year, and the council spent £4,000 "
        "on leaflets.", "DifferenceRelation")
    assert labels == []
