"""Where ``kg check`` will place each quote drafted from one source, asked as it is drafted.

``kg check`` anchors a claim's quote in the source (:func:`kg.anchor.anchor`), then each of
its figures' and dates' quotes inside that claim's span. A quote that stands more than once
is told apart by the fewest characters before it (``cg:quotePrefix``), or after it where
nothing before does (``cg:quoteSuffix``): the n-th claim drafted with a quote is its n-th
occurrence in the source, the n-th figure drafted with a quote in a claim its n-th in the
claim's quote. Drafting asks :class:`Placing` for that selector, and whether the figure's
quote then places at all: one that does not (a number read out of a longer one: "4" of
"4.5") is never drafted, so nothing names it.

>>> p = Placing("The crane lifted 4.5 tonnes.")
>>> told, span = p.claim("The crane lifted 4.5 tonnes.")
>>> p.figure(":c-1", "The crane lifted 4.5 tonnes.", span, "4.5 tonnes")
('', True)
>>> p.figure(":c-1", "The crane lifted 4.5 tonnes.", span, "4")
('', False)
"""

from __future__ import annotations

import json

from kg.anchor import AnchorError, NormalizedText, anchor, normalize
from kg.anchor import occurrences


def telling_prefix(text: str, hits: list[int], at: int) -> str | None:
    """The fewest characters before ``at`` that no other of ``hits`` has before it, as
    kg.anchor compares a prefix (white space around it ignored)."""
    for start in range(at - 1, -1, -1):
        prefix = text[start:at].strip()
        if prefix and sum(text[max(0, h - len(prefix) - 1):h].rstrip().endswith(prefix)
                          for h in hits) == 1:
            return prefix
    return None


def telling_suffix(text: str, hits: list[int], at: int, length: int) -> str | None:
    """The fewest characters after the quote of ``length`` at ``at`` that no other of
    ``hits`` has after it, as kg.anchor compares a suffix (white space around it ignored):
    for an occurrence nothing before tells apart (the first cell of a table's row)."""
    end = at + length
    for stop in range(end + 1, len(text) + 1):
        suffix = text[end:stop].strip()
        if suffix and sum(text[h + length:h + length + len(suffix) + 1].lstrip()
                          .startswith(suffix) for h in hits) == 1:
            return suffix
    return None


def nth_selector(text: str, quote: str, seen: dict, key: object
                 ) -> tuple[str | None, str | None]:
    """The prefix or suffix that tells this quote's occurrence in ``text`` from its others,
    where it stands more than once: the n-th time a quote is met (``seen[key]`` counts) is
    its n-th occurrence; (None, None) where it stands once (or nothing tells it apart)."""
    hits = occurrences(text, quote, 0, len(text)) if quote else []
    if len(hits) < 2:
        return None, None
    n = seen[key] = seen.get(key, -1) + 1
    if n >= len(hits):
        return None, None
    prefix = telling_prefix(text, hits, hits[n])
    if prefix:
        return prefix, None
    return None, telling_suffix(text, hits, hits[n], len(quote))


def selector_turtle(prefix: str | None, suffix: str | None) -> str:
    """The Turtle line of a selector (with its newline), "" for none."""
    if prefix:
        return f"    cg:quotePrefix {json.dumps(prefix, ensure_ascii=False)} ;\n"
    return f"    cg:quoteSuffix {json.dumps(suffix, ensure_ascii=False)} ;\n" if suffix else ""


class Placing:
    """The quotes drafted from one source, in the order they are written: each claim's
    selector and span, each figure's selector and whether its quote places in that span.
    ``undated``: the document's date is not known, so a day and month without a year is
    left a waiver (it names no quote kg check places inside a claim)."""

    def __init__(self, source: str, *, undated: bool = False) -> None:
        self.norm = NormalizedText(source)
        self.folded = normalize(source)
        self.undated = undated
        self._claims: dict[str, int] = {}
        #: where each claim placed so far opens (in the folded text), and its quote's length
        self._opened: dict[int, int] = {}
        self._quotes: dict[tuple[str, str], int] = {}

    def claim(self, quote: str) -> tuple[str, tuple[int, int] | None]:
        """The selector Turtle that tells this claim's quote apart (the n-th claim drafted
        with it is its n-th occurrence), and the span kg check places it at (None where it
        cannot: the claim's own problem, not its figures')."""
        said = " ".join(quote.split())
        hits = occurrences(self.folded, said, 0, len(self.folded)) if said else []
        # "| Total | 48.6 |" under a table whose own total row "| Total | 48.6 | 100 |"
        # was drafted first: an occurrence that opens a longer claim already placed there
        # is that claim's, not one of this quote's to count
        free = [h for h in hits if self._opened.get(h, 0) <= len(said)]
        if len(free) < len(hits) and len(hits) > 1:
            n = self._claims[said] = self._claims.get(said, -1) + 1
            prefix = suffix = None
            if n < len(free):
                prefix = telling_prefix(self.folded, hits, free[n])
                suffix = None if prefix else telling_suffix(self.folded, hits, free[n],
                                                            len(said))
        else:
            prefix, suffix = nth_selector(self.folded, said, self._claims, said)
        try:
            placed = anchor(self.norm, quote, prefix=prefix, suffix=suffix)
        except AnchorError:
            return selector_turtle(prefix, suffix), None
        at = self.norm.to_normalized(placed.start)
        self._opened[at] = max(self._opened.get(at, 0), len(said))
        return selector_turtle(prefix, suffix), (placed.start, placed.end)

    def figure(self, claim: str, claim_quote: str, span: tuple[int, int] | None, quote: str,
               prefix: str | None = None) -> tuple[str, bool]:
        """The selector Turtle for a figure's (or a date's) quote in its claim, where the
        drafting gave it no ``prefix`` of its own, and whether kg check places the quote
        inside the claim's ``span`` with it (True where the claim itself does not place)."""
        told, suffix = "", None
        if prefix is None:
            said = normalize(quote)
            prefix, suffix = nth_selector(normalize(claim_quote), said, self._quotes,
                                          (claim, said))
            told = selector_turtle(prefix, suffix)
        if span is None:
            return told, True
        try:
            anchor(self.norm, quote, prefix=prefix, suffix=suffix, within=span)
        except AnchorError:
            return told, False
        return told, True
