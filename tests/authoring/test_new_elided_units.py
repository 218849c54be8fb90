"""kg new gives a bare number the unit of the parallel clause before it that leaves the
unit out ("... 3.4 million tonnes and barley to 1.2 million"), or of the whole it is counted
of ("318 of the 365 days"), and no other number."""

from __future__ import annotations

import pytest

from kg.authoring.new import _drafts
from kg.numbers import find_mentions


def units(sentence: str) -> dict[str, str]:
    return {d.quote: d.unit for d in _drafts(sentence, find_mentions(sentence), "USD", {})}


@pytest.mark.parametrize("sentence,bare,unit", [
    ("Wheat output climbed to 3.4 million tonnes, while barley output climbed to 1.2 million.",
     "1.2 million", "unit:TONNE"),
    ("Road freight accounted for 2.9 billion kWh and rail for 0.4 billion.", "0.4 billion",
     "unit:KiloW-HR"),
    ("The north paid in €6.5 million and the south in 3.1 million.", "3.1 million",
     "unit:CCY_EUR"),
])
def test_a_parallel_clause_takes_the_unit_it_leaves_out(sentence: str, bare: str,
                                                        unit: str) -> None:
    assert units(sentence)[bare] == unit


@pytest.mark.parametrize("sentence,bare", [
    # another preposition: not the same build
    ("Wheat output climbed to 3.4 million tonnes and barley stood at 1.2 million.", "1.2 million"),
    # another scale: a count of something else
    ("Sales rose to €6.5 million and the staff to 420.", "420"),
    # a noun after the number names what it counts
    ("Sales rose to €6.5 million and visits to 2.1 million people.", "2.1 million"),
    # a percentage lends no unit
    ("Turnout rose to 61% and membership to 48.", "48"),
])
def test_no_unit_where_the_clauses_are_not_built_alike(sentence: str, bare: str) -> None:
    assert units(sentence)[bare] == "unit:NUM"


def test_a_month_between_two_figures_of_a_series_keeps_them_one_series() -> None:
    got = units("Card spending reached £7.9 million in November, against 6.6 million in May.")
    assert got["6.6 million"] == "unit:CCY_GBP"


@pytest.mark.parametrize("sentence,bare,unit", [
    ("The ferry ran on time on 318 of the 365 days (87.1%).", "318", "unit:DAY"),
    ("Frost came in 9 of the 30 years on record.", "9", "unit:YR"),
    ("Volunteers cleared 12 of the 40 km of towpath.", "12", "unit:KiloM"),
])
def test_a_part_counted_of_a_whole_takes_the_whole_s_unit(sentence: str, bare: str,
                                                          unit: str) -> None:
    assert units(sentence)[bare] == unit


@pytest.mark.parametrize("sentence,bare", [
    # money "of the £10 million" may be in its millions: left a count
    ("The fund had spent 3 of the £10 million by June.", "3"),
    # a noun after the part names what it counts
    ("Crews cleared 12 sites of the 40 km bank.", "12"),
])
def test_no_unit_from_a_whole_of_money_or_past_a_noun(sentence: str, bare: str) -> None:
    assert units(sentence)[bare] == "unit:NUM"
