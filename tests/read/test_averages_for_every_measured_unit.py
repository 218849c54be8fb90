"""kg read: an amount "for every kilometre" (or "for each tonne") is per that measured unit,
as "per km" is: the average of the total spent over the length the words measured."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_an_amount_for_every_kilometre_is_per_the_measured_length(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Countryside access report, 6 January 2026",
        "The levy pays for clearing 2,200 km of footpath across the county. Clearing and "
        "signposting cost the council $1.1 million last year, or about $500 for every "
        "kilometre of footpath.", "AverageRelation") == [
            "$1.1 million ÷ 2,200 km = about $500 per kilometre"]


def test_an_amount_for_each_tonne_is_per_the_measured_mass(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Countryside access report, 6 January 2026",
        "The depot gritted the roads with 3,000 tonnes of salt. The salt cost the council "
        "$240,000, or $80 for each tonne.", "AverageRelation") == [
            "$240,000 ÷ 3,000 tonnes = $80 per tonne"]
