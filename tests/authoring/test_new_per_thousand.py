"""kg new reads a bare number that a rate per thousand follows ("9.8 deaths per 1,000 live
births", "63 books for every 1,000 pupils") in per mille, and a bare number compared with
it right after its thousand too; a number with a unit of its own, or a scale word, keeps
it."""

from __future__ import annotations

import pytest

from kg.authoring.new import _drafts
from kg.numbers import find_mentions


def units(sentence: str) -> dict[str, str]:
    return {d.quote: d.unit for d in _drafts(sentence, find_mentions(sentence), "USD", {})}


@pytest.mark.parametrize("sentence,rate", [
    ("The district recorded 9.8 deaths per 1,000 live births last winter.", "9.8"),
    ("Libraries there hold 63 books for every 1,000 pupils.", "63"),
    ("Its stillbirth rate, 4.5 per thousand, is the region's lowest.", "4.5"),
    ("Complaints ran at 2.7 per 1,000 passengers carried.", "2.7"),
])
def test_a_rate_per_thousand_is_per_mille(sentence: str, rate: str) -> None:
    assert units(sentence)[rate] == "unit:PERMILLE"


def test_the_number_a_rate_per_thousand_is_compared_with_is_per_mille_too() -> None:
    got = units("Appeals came to 6.2 appeals per 1,000 decisions, against 8.9 the year before.")
    assert got["6.2"] == "unit:PERMILLE" and got["8.9"] == "unit:PERMILLE"


def test_the_first_end_of_a_move_in_a_rate_per_thousand_takes_its_unit() -> None:
    got = units("The rate eased from 14.2 to 12.6 per 1,000 occupied beds.")
    assert got["14.2"] == "unit:PERMILLE" and got["12.6"] == "unit:PERMILLE"


@pytest.mark.parametrize("sentence,bare,unit", [
    # money per thousand of something is money
    ("Printing cost £38 per 1,000 leaflets.", "£38", "unit:CCY_GBP"),
    # a scale word makes it an amount, not a rate
    ("Revenue was 2.4 million per 1,000 stores opened.", "2.4 million", "unit:NUM"),
    # per a million is no per mille
    ("Injuries fell to 31 per 1,000,000 journeys.", "31", "unit:NUM"),
    # a count in a clause of its own before the thousand
    ("We trained 40 volunteers and spent nothing per 1,000 hours.", "40", "unit:NUM"),
])
def test_no_per_mille_for_other_amounts(sentence: str, bare: str, unit: str) -> None:
    assert units(sentence)[bare] == unit
