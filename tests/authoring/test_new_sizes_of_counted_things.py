"""kg new gives a bare number compared with a clause the unit of that clause's amount, never
the unit of a size written with a hyphen before the noun counted ("96,000 five-litre kegs,
against 88,300": the kegs are counted, five litres is what each holds)."""

from __future__ import annotations

import pytest

from kg.authoring.new import _drafts
from kg.numbers import find_mentions


def units(sentence: str) -> dict[str, str]:
    return {d.quote: d.unit for d in _drafts(sentence, find_mentions(sentence), "USD", {})}


@pytest.mark.parametrize("sentence,bare", [
    ("The brewery sold 96,000 five-litre kegs, against 88,300 in the first half of 2024, a "
     "rise of 8.7%.", "88,300"),
    ("The dairy filled 14,200 2-kg tubs, compared with 13,050 a year before.", "13,050"),
])
def test_a_size_before_the_noun_counted_lends_no_unit(sentence: str, bare: str) -> None:
    assert units(sentence)[bare] == "unit:NUM"


def test_an_amount_of_the_clause_still_lends_its_unit() -> None:
    # "booked 18,640 machine hours …, compared with 14,910": the hours are the amount
    sentence = "The lab booked 18,640 machine hours on the scheduler, compared with 14,910 in 2023."
    assert units(sentence)["14,910"] == "unit:HR"
