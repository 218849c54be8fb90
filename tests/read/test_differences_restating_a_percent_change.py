"""A change in percent restated as an amount after "or": "fell from 42.6 kg to 27.9 kg, a
reduction of 34.5%, or 14.7 kg". The amount is the gap between the two ends the words
give, the way of the change (a reduction) saying which end is the larger."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _differences(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Field trial", text, "DifferenceRelation")


def test_a_reduction_in_percent_or_an_amount(tmp_path: Path) -> None:
    assert _differences(tmp_path, (
        "Runoff fell from 42.6 kg per hectare under bare soil to 27.9 kg per hectare after "
        "clover, a reduction of 34.5%, or 14.7 kg.")) == ["42.6 kg - 27.9 kg = 14.7 kg"]


def test_a_rise_in_percent_or_an_amount_puts_the_later_end_first(tmp_path: Path) -> None:
    assert _differences(tmp_path, (
        "Weekly visits went up from 1,250 to 1,410, an increase of 12.8%, or 160 visits.")) \
        == ["1,410 - 1,250 = 160"]


def test_a_slip_in_the_amount_is_still_tied(tmp_path: Path) -> None:
    assert _differences(tmp_path, (
        "Runoff fell from 42.6 kg to 27.9 kg, a reduction of 34.5%, or 17.4 kg.")) == \
        ["42.6 kg - 27.9 kg = 17.4 kg"]
