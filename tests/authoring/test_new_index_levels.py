"""kg new reads the level of an index in index points (cg:IndexPoint): after its base
period ("104.2 (2010 = 100)"), or where the sentence names the index and its verb; an
index's change in points and a count after an index's verb stay as they were."""

from __future__ import annotations

import pytest

from kg.authoring.new import _drafts
from kg.numbers import find_mentions, parse_quantity


def units(sentence: str, indexed: bool = True) -> dict[str, str]:
    """The drafts' units, in a text that gives its index's base period (``indexed``)."""
    return {d.quote: d.unit for d in _drafts(sentence, find_mentions(sentence), "USD", {},
                                             indexed)}


def test_a_base_period_after_a_number_makes_it_an_index_level() -> None:
    m = parse_quantity("house prices at 212.7 (2005=100)")
    assert (str(m.value), m.unit) == ("212.7", "INDEX")


@pytest.mark.parametrize("sentence,level", [
    ("The producer price index ended the year at 96.3, down from 98.8.", "96.3"),
    ("Our wage index reached 141.02 points in March.", "141.02 points"),
    ("The services index fell 1.2%, from 107.5.", "107.5"),
])
def test_an_index_named_before_its_verb_gives_its_level(sentence: str, level: str) -> None:
    assert units(sentence)[level] == "cg:IndexPoint"


def test_the_level_it_is_compared_with_is_one_too() -> None:
    got = units("The producer price index ended the year at 96.3, down from 98.8.")
    assert got["98.8"] == "cg:IndexPoint"


@pytest.mark.parametrize("sentence,bare", [
    ("The index of leading firms rose to 412 firms.", "412"),
    ("The housing index gained 6 points.", "6"),
])
def test_no_index_level_where_the_words_say_otherwise(sentence: str, bare: str) -> None:
    assert units(sentence)[bare] == "unit:NUM"


def test_a_span_in_words_after_the_level_compared_is_no_counted_noun() -> None:
    got = units("The rent index stood at 104.9 (2019=100), against 101.3 six months before.")
    assert got["101.3"] == "cg:IndexPoint"


def test_no_index_level_from_words_where_the_text_gives_no_base_period() -> None:
    # a table of the same levels would read them as bare numbers, and no longer agree
    got = units("The producer price index ended the year at 96.3, down from 98.8.",
                indexed=False)
    assert got["96.3"] == "unit:NUM"
