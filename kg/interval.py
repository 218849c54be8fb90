"""The interval a written figure stands for.

A number written with digits stands for every value that rounds to it: "11.4
billion" is [11.35, 11.45] billion, the way XBRL reads ``decimals``.  A number in
words ("a quarter") is taken within a relative tolerance.  A hedge replaces the
rounding interval with its own: "close to 10 billion" is [9, 11] billion, "more
than 400" is [400, ∞).  "only" changes nothing.

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
        low = value * (1 - (hedge.widen_below or 0))
        high = top * (1 + (hedge.widen_above or 0))
        if hedge.open_above:
            high = None
        if hedge.open_below:
            low = Decimal(0)
    return Interval(canonical(low) if low is not None else None,
                    canonical(high) if high is not None else None)
