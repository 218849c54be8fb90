"""kg read: a discount cut from a price an earlier sentence names, however the words put
it: "Members get 25% off adult tickets, paying £13.50" (no article before the price's
noun) and "Students receive a 25% discount on the standard fare, bringing it to €18" (the
percent before "discount") are each a percent change from the price named so to the one
paid."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_off_a_price_named_with_no_article(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Harrowby Planetarium: tickets",
        "Adult tickets cost £18.00 for the evening show. Members get 25% off adult tickets, "
        "paying £13.50.", "PercentChangeRelation") == ["£18.00 to £13.50: 25% off"]


def test_a_percent_discount_on_the_named_price(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Lenmore Ferries: fares",
        "The standard fare is €24. Students receive a 25% discount on the standard "
        "fare, bringing it to €18.", "PercentChangeRelation") == ["€24 to €18: 25% off"]
