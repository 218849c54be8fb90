"""Units the vocabulary has (QUDT's, ontology/qudt-units.ttl) read after a number by their
symbol or their English name, with no hand list in the number reader."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.numbers import find_mentions, parse_quantity


@pytest.mark.parametrize("quote,value,unit", [
    ("a field of 3,120 ha", D("3120"), "HECTARE"),
    ("only 14 mm of rain fell", D("14"), "MM"),
    ("a further 27 millimetres overnight", D("27"), "MM"),
    ("systolic pressure dropped 6.2 mmHg", D("6.2"), "MMHG"),
    ("11 millimetres of mercury", D("11"), "MMHG"),
    ("1.9 million twenty-foot equivalent units", D("1900000"), "TEU"),
    ("4 Mt of clinker", D("4"), "MEGATONNE"),
    ("some 38 kilotonnes a year", D("38"), "KILOTONNE"),
])
def test_a_vocabulary_unit_after_a_number(quote: str, value: D, unit: str) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_a_range_takes_the_symbol_of_its_upper_end() -> None:
    (ci,) = [m for m in find_mentions("(95% CI 2.2 to 4.8 mmHg)") if m.kind == "range"]
    assert (ci.value, ci.upper, ci.unit) == (D("2.2"), D("4.8"), "MMHG")


@pytest.mark.parametrize("quote", ["Route 9 to Mt Hood", "platform 5 L"])
def test_no_unit_from_a_word_that_only_looks_like_a_symbol(quote: str) -> None:
    assert find_mentions(quote)[0].unit is None


def test_an_alternative_name_of_a_vocabulary_unit_is_read_too() -> None:
    m = parse_quantity("a weight of 91 parts per thousand")
    assert (m.value, m.unit) == (D("91"), "PERMILLE")
