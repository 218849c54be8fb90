"""The reader's patterns built around every currency or place name are compiled only for a
text that holds what they look for (a pattern holding the currency names takes some 15 ms to
compile, the dollar regions' several hundred 40 ms together): what is read is the same."""

from __future__ import annotations

import re

import pytest

from kg.authoring.new import local_dollar
from kg.read import conversions
from kg.read.conversions import rate_currencies


@pytest.fixture(autouse=True)
def _rate_caches_emptied() -> None:
    """The reader's own caches of its rate patterns emptied, so each test sees what it
    compiles (the re module's cache is emptied by the ``compiles`` fixture)."""
    conversions._names.cache_clear()
    conversions._rate_pattern.cache_clear()


def test_a_rate_per_a_named_currency_compiles_only_the_patterns_it_needs(
        compiles: list[str]) -> None:
    sentence = "Exports came to NOK 118.3 billion, at an average of NOK 10.9 per euro."
    assert rate_currencies(sentence, "10.9") == ("NOK", "EUR")
    # the currency names, the name before the rate and the one it is per: no equation ("="),
    # no "one euro bought", no list of rates
    assert len([p for p in compiles if len(p) > 2000]) == 3


_RATES = [
    ("Guide prices assume £1 = US$1.27 and £1 = €1.17 throughout.", "1.27"),
    ("Guide prices assume 1 CHF = 1.04 EUR this year.", "1.04 EUR"),
    ("In March one euro bought 0.86 pounds at the airport kiosk.", "0.86 pounds"),
    ("Each Swiss franc was worth €1.06 when the invoice was paid.", "€1.06"),
    ("The fund converts at US$1.08, £0.86 or ₹93.6 per euro.", "US$1.08"),
    ("The fund converts at US$1.08 and ₹93.6 to the euro.", "US$1.08"),
    ("Shown at 0.64 US dollars per Australian dollar.", "0.64"),
    ("A rate of NZ$1.80 to £1 applies to all fares.", "1.80"),
    ("Rates were 11.2 kroner for each euro in June.", "11.2"),
    ("Prices rose 1.27 times over the decade.", "1.27"),
    ("At 132 yen to the US dollar, the fare is affordable.", "132"),
    ("The exchange rate was 7.3 per dollar and fees rose.", "7.3"),
]


def test_a_rate_s_currencies_are_those_every_pattern_tried_gives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pattern skipped for lacking its words would have found nothing."""
    found = [rate_currencies(s, q) for s, q in _RATES]

    def every(name: str, text: str, *, search: bool = True) -> re.Match[str] | None:
        pattern = conversions._rate_pattern(name)
        return pattern.search(text) if search else pattern.match(text)

    monkeypatch.setattr(conversions, "_rate_match", every)
    assert found == [rate_currencies(s, q) for s, q in _RATES]
    assert found[:9] == [("USD", "GBP"), ("EUR", "CHF"), ("GBP", "EUR"), ("EUR", "CHF"),
                         ("USD", "EUR"), ("USD", "EUR"), ("USD", "AUD"), ("NZD", "GBP"),
                         ("NOK", "EUR")]


def test_a_dollar_placed_by_its_region_compiles_no_other_region_s_pattern(
        compiles: list[str]) -> None:
    text = "WHANGAREI, Northland - The marina board set berth fees at $30 a night."
    assert local_dollar(text) == "NZD"
    assert [p for p in compiles if "Northland" in p] != []
    assert [p for p in compiles if "Ontario" in p or "Queensland" in p] == []
