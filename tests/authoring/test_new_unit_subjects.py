"""kg new gives a bare number the unit its sentence names as the thing that moved ("weekly
hours fell from 38.9"), and no unit where the subject is no unit or a noun follows."""

from __future__ import annotations

import pytest

from kg.authoring.new import _drafts
from kg.numbers import find_mentions


def units(sentence: str) -> dict[str, str]:
    return {d.quote: d.unit for d in _drafts(sentence, find_mentions(sentence), "USD", {})}


@pytest.mark.parametrize("sentence,bare,unit", [
    ("Median daily minutes of screen time climbed to 212 in the spring.", "212", "unit:MIN"),
    ("Paid hours worked per nurse averaged 36.5 across the trust.", "36.5", "unit:HR"),
    ("Kilometres driven by the fleet dropped by 8,400 over the winter.", "8,400",
     "unit:KiloM"),
])
def test_a_unit_named_as_what_moved_is_the_number_s(sentence: str, bare: str,
                                                    unit: str) -> None:
    assert units(sentence)[bare] == unit


@pytest.mark.parametrize("sentence,bare", [
    ("Admissions rose to 4,120 over the winter.", "4,120"),
    ("Hours of home care rose to 5,100 visits.", "5,100"),
    ("Years of service averaged 12 among the drivers.", "12"),
])
def test_no_unit_where_the_subject_names_none(sentence: str, bare: str) -> None:
    assert units(sentence)[bare] == "unit:NUM"


def test_a_unit_the_sentence_says_it_is_measured_in() -> None:
    got = units("Patrol distance, measured in road kilometres, came to 812 million last year.")
    assert got["812 million"] == "unit:KiloM"


def test_measured_in_what_is_no_unit_leaves_the_number_bare() -> None:
    got = units("Output, measured in constant prices, rose to 4.1 million.")
    assert got["4.1 million"] == "unit:NUM"
