"""Find an author's quote in a source text and give its character offsets.

Offsets are 0-based, end-exclusive, counted in Unicode code points of the
original text (as the W3C Web Annotation TextPositionSelector asks).  Quotes
match across line breaks, blank lines and runs of spaces: any whitespace run in
the quote matches any whitespace run in the source.

>>> a = anchor("one two\\n\\nthree four", "two three")
>>> (a.start, a.end, a.exact)
(4, 14, 'two\\n\\nthree')
"""

from __future__ import annotations

import re
from dataclasses import dataclass


__all__ = ["Anchor", "AnchorError", "NormalizedText", "anchor", "closest_passage", "line_col"]

_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Anchor:
    """Where a quote stands: ``text[start:end] == exact``."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


class AnchorError(ValueError):
    """A quote that is not found, or found more than once."""

    def __init__(self, message: str, *, closest: str | None = None,
                 positions: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.closest = closest
        self.positions = positions


class NormalizedText:
    """A text with whitespace runs folded to one space, and the map back to the original.

    Folding once per source keeps anchoring a corpus linear in its size.
    """

    def __init__(self, text: str) -> None:
        self.original = text
        pieces: list[str] = []
        index: list[int] = []
        pos = 0
        for m in _WS.finditer(text):
            pieces.append(text[pos:m.start()])
            index.extend(range(pos, m.start()))
            pieces.append(" ")
            index.append(m.start())
            pos = m.end()
        pieces.append(text[pos:])
        index.extend(range(pos, len(text)))
        self.text = "".join(pieces)
        self._index = index
        self._index.append(len(text))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalized span ``[start, end)``."""
        o_start = self._index[start]
        o_end = self._index[end - 1] + 1 if end > start else o_start
        return o_start, o_end

    def to_normalized(self, offset: int) -> int:
        """The normalized position of an original offset (first at or after it)."""
        from bisect import bisect_left
        return bisect_left(self._index, offset)


def normalize(text: str) -> str:
    """Fold every whitespace run to a single space and trim the ends."""
    return _WS.sub(" ", text).strip()


def anchor(text: str | NormalizedText, quote: str, *, prefix: str | None = None,
           suffix: str | None = None, within: tuple[int, int] | None = None,
           context: int = 32, previous: Anchor | None = None) -> Anchor:
    """Anchor ``quote`` in ``text``; prefix/suffix pick one of several occurrences.

    ``within`` limits the search to an original-offset span (a figure's quote is
    looked for inside its claim's quote).  Raises :class:`AnchorError` when the
    quote is not found or stays ambiguous.
    """
    norm = text if isinstance(text, NormalizedText) else NormalizedText(text)
    needle = normalize(quote)
    if not needle:
        raise AnchorError("the quote is empty")
    lo, hi = 0, len(norm.text)
    if within is not None:
        lo, hi = norm.to_normalized(within[0]), norm.to_normalized(within[1])
    hits = occurrences(norm.text, needle, lo, hi)
    if prefix:
        p = normalize(prefix)
        hits = [h for h in hits if norm.text[max(0, h - len(p) - 1):h].rstrip().endswith(p)]
    if suffix:
        s = normalize(suffix)
        hits = [h for h in hits
                if norm.text[h + len(needle):h + len(needle) + len(s) + 1].lstrip().startswith(s)]
    if not hits:
        where = "inside its claim's quote" if within is not None else "in the source"
        hint = " with that prefix/suffix" if (prefix or suffix) else ""
        closest = closest_passage(norm, needle, lo, hi)
        raise AnchorError(f"quote not found {where}{hint}: {_short(quote)!r}; "
                          f"closest passage: {closest!r}", closest=closest)
    if len(hits) > 1 and previous is not None:
        # re-anchoring an edited source: the occurrence whose surroundings read most
        # like the old ones, then the one nearest the old position
        hits = [_most_like(norm, hits, len(needle), previous)]
    if len(hits) > 1:
        starts = tuple(norm.to_original(h, h + 1)[0] for h in hits)
        lines = ", ".join("line {}:{}".format(*line_col(norm.original, s)) for s in starts)
        raise AnchorError(f"quote found {len(hits)} times ({lines}): {_short(quote)!r}; "
                          "add a prefix or suffix (cg:quotePrefix / cg:quoteSuffix) that "
                          "tells them apart", positions=starts)
    start, end = norm.to_original(hits[0], hits[0] + len(needle))
    original = norm.original
    return Anchor(start=start, end=end, exact=original[start:end],
                  prefix=original[max(0, start - context):start],
                  suffix=original[end:end + context])


def _most_like(norm: NormalizedText, hits: list[int], length: int, previous: Anchor) -> int:
    from rapidfuzz import fuzz  # only re-anchoring needs it: kept out of every start-up

    def score(h: int) -> tuple[float, int]:
        start, end = norm.to_original(h, h + length)
        before = norm.original[max(0, start - len(previous.prefix)):start]
        after = norm.original[end:end + len(previous.suffix)]
        similarity = fuzz.ratio(normalize(before), normalize(previous.prefix)) + \
            fuzz.ratio(normalize(after), normalize(previous.suffix))
        return -similarity, abs(start - previous.start)
    return min(hits, key=score)


def occurrences(haystack: str, needle: str, lo: int, hi: int) -> list[int]:
    """Where ``needle`` stands on its own in ``haystack[lo:hi]``: never inside a longer
    number or word (the "4" of "8.4%" or "143" is no occurrence of "4").

    >>> occurrences("12 of 143 (8.4%) and 4 of 148", "4", 0, 29)
    [21]
    """
    hits = []
    i = haystack.find(needle, lo, hi)
    while i != -1:
        if _on_boundaries(haystack, i, i + len(needle)):
            hits.append(i)
        i = haystack.find(needle, i + 1, hi)
    return hits


_NUMBER_GOES_ON = re.compile(r"[.,]\d")


def _on_boundaries(text: str, start: int, end: int) -> bool:
    """A quote does not begin or end inside a word or a number ("1.2" is not in "1.25")."""
    if text[start].isalnum() and start > 0 and text[start - 1].isalnum():
        return False
    if text[start].isdigit() and start > 1 and text[start - 1] in ".," \
            and text[start - 2].isdigit():
        return False
    if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return False
    if text[end - 1].isdigit() and _NUMBER_GOES_ON.match(text, end):
        return False
    if text[end - 1] in ".," and end >= 2 and text[end - 2].isdigit() and end < len(text) \
            and text[end].isdigit():
        return False  # "4." (a heading's number) is not in "4.8%"
    return True


def closest_passage(text: str | NormalizedText, quote: str, lo: int = 0,
                    hi: int | None = None) -> str:
    """The passage of ``text`` most like ``quote`` (for "not found" messages)."""
    norm = text if isinstance(text, NormalizedText) else NormalizedText(text)
    hay = norm.text[lo:hi]
    needle = normalize(quote)
    if not hay or not needle:
        return ""
    # windows as long as the quote, starting at each word: scoring them whole
    # (not partially) prefers a passage that reads like the quote end to end
    starts = [0] + [m.end() for m in re.finditer(r"\s+", hay)]
    windows = [hay[s:s + len(needle)] for s in starts if s < len(hay)]
    from rapidfuzz import fuzz, process  # only a quote not found needs it
    best = process.extractOne(needle, windows, scorer=fuzz.ratio)
    return best[0].strip() if best else ""


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _short(quote: str, limit: int = 80) -> str:
    q = normalize(quote)
    return q if len(q) <= limit else q[: limit - 1] + "…"
