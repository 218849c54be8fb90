"""The one reading of two prices the words set against each other, that the saving of a
difference and the cut of a percent change both take: the price before a cue ("compared
with", "against", "versus", "instead of", "rather than") in its clause and the first after
it, of one currency; the percent change asks the two to stand tight round "instead of"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.authoring.suggest.kinds.cues import INSTEAD, set_against
from kg.authoring.suggest.text import Sentence, sentence


_CODES = {"£": "GBP", "$": "USD", "€": "EUR"}


def _said(text: str, *prices: tuple[str, str]) -> Sentence:
    """``text`` with each (quote, currency sign) of ``prices`` a price where it first
    stands."""
    figures = []
    for k, (quote, sign) in enumerate(prices, start=1):
        unit = _CODES[sign]
        at = text.index(quote)
        value = Decimal("".join(c for c in quote if c.isdigit() or c == "."))
        figures.append((f"f-{k}", at, at + len(quote), unit, value, quote, ""))
    return sentence(0, "c-1", text, figures)


def _pairs(s: Sentence, *args) -> list[tuple[str, str]]:
    return [(a.text, b.text) for a, b in set_against(s, s.slots, *args)]


@pytest.mark.parametrize("text, first, second", [
    ("The annual permit is £410, compared with £492 for twelve monthly ones.", "£410", "£492"),
    ("Members pay $38 against $55 at the door.", "$38", "$55"),
    ("The rail fare is €64 versus €91 by air.", "€64", "€91"),
    ("A family ticket costs £29 instead of £36 bought singly.", "£29", "£36"),
    ("Renew online for €18 rather than €22 at the counter.", "€18", "€22"),
])
def test_a_cue_sets_the_price_before_it_against_the_one_after(text: str, first: str,
                                                             second: str) -> None:
    s = _said(text, (first, first[0]), (second, second[0]))
    assert _pairs(s) == [(first, second)]


def test_no_cue_sets_no_prices_against_each_other() -> None:
    s = _said("The annual permit is £410 and a day permit £12.", ("£410", "£"), ("£12", "£"))
    assert _pairs(s) == []


def test_prices_of_two_currencies_are_not_set_against_each_other() -> None:
    s = _said("The kayak costs £410, compared with $492 in Boston.", ("£410", "£"),
              ("$492", "$"))
    assert _pairs(s) == []


def test_a_price_in_another_clause_is_not_set_against() -> None:
    s = _said("The permit rose to £410; compared with last spring, £492 buys two.",
              ("£410", "£"), ("£492", "£"))
    assert _pairs(s) == []


def test_instead_of_holds_the_two_prices_tight() -> None:
    # the percent change's cue: "instead of" or "rather than" right before the dearer price
    # and the cheaper at most three words before the cue
    s = _said("Students pay £42 a term instead of £60.", ("£42", "£"), ("£60", "£"))
    assert _pairs(s, INSTEAD, 3) == [("£42", "£60")]
    far = _said("Students pay £42 for the whole of the term instead of £60.", ("£42", "£"),
                ("£60", "£"))
    assert _pairs(far, INSTEAD, 3) == []
    assert _pairs(far, INSTEAD) == [("£42", "£60")]
    loose = _said("Students pay £42 instead of the usual £60.", ("£42", "£"), ("£60", "£"))
    assert _pairs(loose, INSTEAD, 3) == []
    # "compared with" is no cue of the tight reading
    compared = _said("Students pay £42 compared with £60.", ("£42", "£"), ("£60", "£"))
    assert _pairs(compared, INSTEAD, 3) == []
    assert _pairs(compared) == [("£42", "£60")]
