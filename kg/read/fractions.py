"""Fractions a sentence states of a table's row and its total: "The European Union remained
by far the largest partner, taking half of all exports" (the row's cell of exports is half
the total row's), "roughly a fifth of all shipments went to Japan", "Youth and education
remained our largest programme, receiving roughly a third of all funding".

The sentence gives the fraction in words and names one row; the table gives both amounts:
the row's cell and the cell of the total row that closes its block, in one column of levels
(the one the sentence names, else the only one of money or of the fraction's period). Where
the clause gives an amount of its own, the words relate that amount (the sentence readers'
work), and where they leave the row or the column unclear, nothing is read.
"""

from __future__ import annotations

import re

from kg.read.multiples import cells_relation, level_column
from kg.read.tables import Table

UNITLESS = "http://qudt.org/vocab/unit/UNITLESS"
PERCENT = "http://qudt.org/vocab/unit/PERCENT"
#: a fraction in words: "half", "a fifth", "one in three", "three-quarters"
_FRACTION = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?|\w+\s+in\s+(?:every\s+)?"
                       r"\w+)\b", re.I)
#: what the fraction is of: the whole, never a part ("half of all exports", "a fifth of
#: total spending", "a third of the total")
_OF_ALL = re.compile(r"^\s*of\s+(?:all|the\s+total|total|the\s+whole|the\s+\w+'s\s+total)\b",
                     re.I)
#: what ends the clause a fraction speaks in
_CLAUSE_END = re.compile(r"[;:.]|\s[-–—]\s|,\s*(?:and|but|while|whereas|which|who)\b", re.I)


def table_fractions(figures, tables: list[Table], writer) -> list[tuple[set[str], str]]:
    """Each ratio of a named row's cell to its block's total a sentence's fraction states
    (kg.read's completions: the fraction, its Turtle)."""
    from kg.read.ties import said_at

    out = []
    for f in figures:
        if f.unit != UNITLESS or not _FRACTION.search(f.quote) or re.search(r"\d", f.quote):
            continue
        text = f.sentence
        at = text.find(f.quote)
        if at < 0:
            continue
        end = at + len(f.quote)
        if not _OF_ALL.match(text[end:]):
            continue
        start = max([m.end() for m in _CLAUSE_END.finditer(text[:at])], default=0)
        stop = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
        # "Chilled, £612 million, nearly half of revenue": the words' own amount (a percent
        # is a share of its own or the fraction restated: "a third of all jobs (32.5%)")
        if [g for g in figures if g.claim == f.claim and g is not f and g.quote
                and g.unit not in (UNITLESS, PERCENT) and start <= text.find(g.quote) < stop]:
            continue
        clause = text[start:stop]
        found = []
        for t, table in enumerate(tables, start=1):
            rows = [r for r, row in enumerate(table.rows, start=1)
                    if not row.total and row.label.strip() and said_at(clause, row.label)]
            if len(rows) != 1:
                continue
            r = rows[0]
            total = next((i for i in range(r + 1, len(table.rows) + 1)
                          if table.rows[i - 1].total), None)
            if total is None:
                continue
            c = level_column(table, (r, total), clause, writer.periods.get(f.local), t,
                             writer, money=True)
            if c is not None:
                found.append((t, r, total, c))
        if len(found) != 1:
            continue
        t, r, total, c = found[0]
        out.append(cells_relation("RatioRelation", ("numerator", "denominator", "ratio"), f,
                                  f"is {f.quote} of", tables, t, (r, c), (total, c), writer))
    return out
