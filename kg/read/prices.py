"""A table of prices a month beside the same prices a year ("Billed annually, per month" and
"Per year, billed annually"; "Per month" and "Per year"): each row's year is its month's
price spread over the months the text counts in a year ("Annual plans are paid up front for
12 months"), an average a careful reader checks.

The columns pair where their heads say the same once the period is set aside; the count is
the number of months the text writes (a figure of its own, never one kg read supplies).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kg.read.tables import Table

UNIT = "http://qudt.org/vocab/unit/"
#: a span and how many of a shorter period it holds (the least and the most)
_HOLDS = {"year": {"month": (12, 12), "week": (52, 53), "day": (365, 366)},
          "quarter": {"month": (3, 3), "week": (13, 13)},
          "month": {"week": (4, 5)}}
_UNITS = {"month": "MO", "week": "WK", "day": "DAY", "year": "YR"}
_PERIOD = r"(year|month|week|day|quarter)"
#: the period a head says its prices are for: "per month", "a year", "(€/month)"
_PER = re.compile(r"\b(?:per|a|an|each|every)\s+" + _PERIOD + r"\b|/\s*" + _PERIOD + r"\b",
                  re.I)
#: the same said by one word, where no "per" phrase says it: "Monthly", "Annual price"
_ADJECTIVES = {"monthly": "month", "annual": "year", "yearly": "year", "weekly": "week",
               "daily": "day", "quarterly": "quarter"}
#: words that say how a period's amount makes a span's ("the yearly charge divided by 12")
_RULE = re.compile(r"\b(?:divided|divide|divides|multiplied|multiply|times)\b|×", re.I)


def period_of(head: str) -> tuple[str | None, frozenset[str]]:
    """The period a column's prices are for and the head's other words: "Per year, billed
    monthly" -> ("year", {"billed", "monthly"}); "Annual price" -> ("year", {"price"})."""
    said = [m for m in _PER.finditer(head)]
    if len(said) == 1:
        period = (said[0].group(1) or said[0].group(2)).lower()
        rest = head[:said[0].start()] + " " + head[said[0].end():]
    elif said:
        return None, frozenset()
    else:
        found = {_ADJECTIVES[w] for w in re.findall(r"[a-z]+", head.lower()) if w in _ADJECTIVES}
        if len(found) != 1:
            return None, frozenset()
        period = found.pop()
        rest = " ".join(w for w in re.findall(r"[a-z]+", head.lower()) if w not in _ADJECTIVES)
    words = re.sub(r"\([^)]*\)", " ", rest.lower())
    return period, frozenset(w for w in re.findall(r"[a-z]+", words) if len(w) > 1)


def _count_value(quote: str) -> Decimal | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", quote)
    try:
        return Decimal(m.group(0).replace(",", "")) if m else None
    except InvalidOperation:
        return None


def _count(figures, span: str, period: str):
    """The figure of the number of ``period``s in a ``span`` the text writes ("12 months"),
    the one in a sentence that says how the two are reckoned first."""
    least, most = _HOLDS[span][period]
    found = [f for f in figures if f.unit == UNIT + _UNITS[period]
             and (v := _count_value(f.quote)) is not None and least <= v <= most
             and v == v.to_integral_value()]
    ruled = [f for f in found if _RULE.search(f.sentence)]
    return (ruled or found or [None])[0]


def table_periodic(figures, tables: list[Table], writer) -> list[tuple[set[str], str]]:
    """Each row's price a span (a year) as its price a period (a month) spread over the
    periods the text counts in it (kg.read's completions: no sentence figure, its Turtle)."""
    out = []
    for t, table in enumerate(tables, start=1):
        money: dict[int, tuple[str, str | None, frozenset[str]]] = {}
        for c, column in enumerate(table.columns):
            units = {writer._cell_unit(table, c, row.cells[c])[0] for row in table.rows
                     if row.cells[c] is not None}
            period, rest = period_of(column.header)
            if column.kind == "value" and len(units) == 1 and period is not None and \
                    next(iter(units)).startswith("unit:CCY_"):
                money[c] = (next(iter(units)), period, rest)
        for y, (unit, span, rest) in money.items():
            pairs = [m for m, (u, period, words) in money.items()
                     if u == unit and words == rest and period in _HOLDS.get(span, {})]
            # a year column that pairs with two month columns: which one it spreads, the
            # words do not say; nor where two year columns claim one month column
            if len(pairs) != 1 or sum(
                    1 for other, (u, s, words) in money.items()
                    if u == unit and s == span and words == rest) != 1:
                continue
            m = pairs[0]
            count = _count(figures, span, money[m][1])
            if count is None:
                continue
            for r, row in enumerate(table.rows, start=1):
                if row.cells[y] is None or row.cells[m] is None:
                    continue
                label = f"{row.label}: {row.cells[y].text} ÷ {count.quote} = {row.cells[m].text}"
                out.append((set(),
                            f"a cg:AverageRelation ; cg:claim :c-t{t}-r{r} ;\n"
                            f"    rdfs:label \"{_escape(label)}\" ;\n"
                            f"    cg:aggregate {writer.figure_id(t, r, y + 1)} ; "
                            f"cg:count :{count.local} ; "
                            f"cg:average {writer.figure_id(t, r, m + 1)} .\n"))
    return out


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
