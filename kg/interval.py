"""The interval a written figure stands for.

A number written with digits stands for every value that rounds to it: "11.4
billion" is [11.35, 11.45] billion, the way XBRL reads ``decimals``.  A number in
words ("a quarter") is taken within a relative tolerance.  A hedge replaces the
rounding interval with its own: "close to 10 billion" is [9, 11] billion, "more
than 400" is [400, ∞).  "only" changes nothing.  A fraction in words under a hedge that
points one way keeps its own tolerance on that side: "just over a fifth" is [0.2, 0.24].

>>> from decimal import Decimal as D
>>> figure_interval(D("11400000000"), decimals=-8)
Interval(low=Decimal('11350000000'), high=Decimal('11450000000'))
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kg.numbers import canonical
from kg.vocab import HedgeRule

#: Tolerance of a fraction written in words ("a quarter" is 0.225 to 0.275).
WORD_FRACTION_TOLERANCE = Decimal("0.1")


@dataclass(frozen=True)
class Interval:
    """A closed interval; ``None`` is an open end."""

    low: Decimal | None
    high: Decimal | None

    def __str__(self) -> str:
        low = "-∞" if self.low is None else f"{self.low:f}"
        high = "∞" if self.high is None else f"{self.high:f}"
        return f"[{low}, {high}]"


def half_unit(decimals: int) -> Decimal:
    """Half a unit of the last written digit: decimals -8 -> 50000000."""
    return Decimal(5) * Decimal(10) ** (-decimals - 1)


def figure_interval(value: Decimal, *, decimals: int | None = None,
                    relative_tolerance: Decimal | None = None,
                    hedge: HedgeRule | None = None,
                    range_to: Decimal | None = None) -> Interval:
    """The values a figure written as ``value`` (to ``range_to``) is compatible with."""
    top = range_to if range_to is not None else value
    if decimals is not None:
        slack = half_unit(decimals)
        low, high = value - slack, top + slack
    elif relative_tolerance is not None:
        low, high = value * (1 - relative_tolerance), top * (1 + relative_tolerance)
    else:
        low, high = value, top
    if hedge is not None and hedge.notation != "only":
        below, above = hedge.widen_below or 0, hedge.widen_above or 0
        if relative_tolerance is not None and decimals is None and \
                not hedge.open_above and not hedge.open_below and (below == 0) != (above == 0):
            # "just over a fifth" of 22.2%, "nearly a third" of 29%: a hedge that points one
            # way says on which side of the word the value lies, and a fraction in words is
            # as loose as words are before the hedge loosens it further on that side
            below += relative_tolerance if below else 0
            above += relative_tolerance if above else 0
        low = value * (1 - below)
        high = top * (1 + above)
        if hedge.open_above:
            high = None
        if hedge.open_below:
            low = Decimal(0)
    return Interval(canonical(low) if low is not None else None,
                    canonical(high) if high is not None else None)


# --- arithmetic on intervals (None is an open end) ---------------------------------


def add(a: Interval, b: Interval) -> Interval:
    return Interval(_op(a.low, b.low, lambda x, y: x + y), _op(a.high, b.high, lambda x, y: x + y))


def sub(a: Interval, b: Interval) -> Interval:
    return Interval(_op(a.low, b.high, lambda x, y: x - y), _op(a.high, b.low, lambda x, y: x - y))


def neg(a: Interval) -> Interval:
    return Interval(-a.high if a.high is not None else None, -a.low if a.low is not None else None)


def mul(a: Interval, b: Interval) -> Interval:
    """Product of two non-negative intervals."""
    return Interval(_op(a.low, b.low, lambda x, y: x * y), _op(a.high, b.high, lambda x, y: x * y))


def div(a: Interval, b: Interval) -> Interval | None:
    """Quotient of a non-negative interval by a positive one; None if ``b`` may be zero."""
    if b.low is None or b.low <= 0:
        return None
    low = Decimal(0) if b.high is None else _op(a.low, b.high, lambda x, y: x / y)
    return Interval(low, _op(a.high, b.low, lambda x, y: x / y))


def scale(a: Interval, k: Decimal) -> Interval:
    """``a`` times a positive constant."""
    return Interval(a.low * k if a.low is not None else None, a.high * k if a.high is not None else None)


def intersect(a: Interval, b: Interval) -> Interval | None:
    """The common part of two intervals, or None when they do not meet."""
    low = a.low if b.low is None else b.low if a.low is None else max(a.low, b.low)
    high = a.high if b.high is None else b.high if a.high is None else min(a.high, b.high)
    if low is not None and high is not None and low > high:
        return None
    return Interval(low, high)


def midpoint(a: Interval) -> Decimal | None:
    if a.low is None or a.high is None:
        return a.low if a.high is None else a.high
    return (a.low + a.high) / 2


def _op(x: Decimal | None, y: Decimal | None, f) -> Decimal | None:
    return None if x is None or y is None else f(x, y)
