"""Slips: the usual ways a written figure goes wrong, tried against the value the
other figures imply.

Each pattern turns the stated figure into what it would have been without the
slip, with the precision that version would be written with; a pattern fits
when that lands in the implied interval.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from kg.interval import Interval, figure_interval, intersect
from kg.numbers import QuoteNumberError, canonical, parse_quantity

POWER_OF_TEN = "power of ten"
MILLION_BILLION = "million/billion mix-up"
TRANSPOSED = "transposed digits"
WRONG_DIGIT = "one wrong digit"
DROPPED = "dropped digit"
EXTRA = "extra digit"
WRONG_CURRENCY = "wrong currency"
SIGN_FLIP = "sign flip (rise vs fall)"
POINTS_AS_PERCENT = "percentage points read as percent"
PERCENT_AS_POINTS = "percent read as percentage points"


@dataclass(frozen=True)
class Fix:
    pattern: str
    value: Decimal
    decimals: int | None
    detail: str


def value_fixes(stated: Decimal, decimals: int | None, quote: str,
                rates: dict[str, Decimal]) -> Iterator[Fix]:
    """Candidate corrections of a stated value, the likeliest slips first: a shifted
    scale, then the document's own exchange rate, then single-digit typos (two digits
    swapped, one digit wrong, one dropped, one extra)."""
    scale_word = re.search(r"\b(thousand|million|billion|trillion)\b", quote, re.IGNORECASE)
    for k in (1, -1, 3, -3, 2, -2):
        name = MILLION_BILLION if abs(k) == 3 and scale_word else POWER_OF_TEN
        factor = Decimal(10) ** k
        yield Fix(name, canonical(stated * factor), None if decimals is None else decimals - k,
                  f"×{factor:f}" if k > 0 else f"÷{Decimal(10) ** -k:f}")
    for label, rate in sorted(rates.items()):
        yield Fix(WRONG_CURRENCY, canonical(stated * rate), decimals, f"×{label}")
        yield Fix(WRONG_CURRENCY, canonical(stated / rate), decimals, f"÷{label}")
    written = _written_digits(quote)
    if written is not None:
        digits, point, exponent = written
        for i in range(len(digits) - 1):
            if digits[i] != digits[i + 1]:
                swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
                yield _from_digits(TRANSPOSED, swapped, point, exponent,
                                   f"{digits[i]}{digits[i + 1]} → {digits[i + 1]}{digits[i]}")
        # the commonest typo: one digit mistyped ("4.2" for "6.2"); a number of one digit
        # would fit nearly any value that way, so it needs two
        for i, old in enumerate(digits if len(digits) > 1 else ""):
            for d in "0123456789":
                if d != old and not (i == 0 and d == "0" and len(digits) > 1):
                    yield _from_digits(WRONG_DIGIT, digits[:i] + d + digits[i + 1:], point,
                                       exponent, f"{old} → {d}")
        for i in range(len(digits) + 1):
            for d in "0123456789":
                longer = digits[:i] + d + digits[i:]
                if longer[0] != "0":
                    yield _from_digits(DROPPED, longer, point + (i <= point), exponent,
                                       f"missing {d}")
        for i in range(len(digits)):
            shorter = digits[:i] + digits[i + 1:]
            if shorter and shorter[0] != "0":
                yield _from_digits(EXTRA, shorter, point - (i < point), exponent,
                                   f"stray {digits[i]}")


def fits(fix: Fix, implied: Interval) -> bool:
    """Whether the corrected figure, with its own rounding, meets the implied interval."""
    own = figure_interval(fix.value, decimals=fix.decimals)
    return intersect(own, implied) is not None


def _written_digits(quote: str) -> tuple[str, int, int] | None:
    """The digits as written in the quote, where its point stands, and its scale's power."""
    try:
        mention = parse_quantity(quote)
    except QuoteNumberError:
        return None
    m = re.search(r"\d[\d,]*(?:\.\d+)?", mention.text)
    if m is None or mention.readings:
        return None
    written = m.group(0).replace(",", "")
    whole, _, fraction = written.partition(".")
    return whole + fraction, len(whole), mention.scale


def _from_digits(pattern: str, digits: str, point: int, exponent: int, detail: str) -> Fix:
    text = digits[:point] + ("." + digits[point:] if point < len(digits) else "")
    value = Decimal(text) * Decimal(10) ** exponent
    places = len(digits) - point
    return Fix(pattern, canonical(value), places - exponent, detail)
