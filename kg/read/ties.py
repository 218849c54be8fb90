"""A sentence that restates a table's cell: "Arrivals in March jumped 12.4% to 1,046,300"
restates the March row's change and its 2024 cell. The words decide which cell: the row's
label in the sentence (or the total row, where the sentence names no row), the column's
period in the sentence (or the latest period, where it names none), and the kind of column
the figure's unit fits (a percent for a change or share column, an amount for a value
column). The values never decide: a restatement that disagrees is what the check is for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.read.tables import Table, column_period


@dataclass(frozen=True)
class SentenceFigure:
    local: str  # the figure's id in claims.ttl
    claim: str
    sentence: str
    unit: str  # a unit IRI
    quote: str = ""


PERCENT = "http://qudt.org/vocab/unit/PERCENT"
POINTS = "https://w3id.org/claimgraph/ns#PercentagePoint"
#: a period named relative to the text's own: the figure is not the latest column's
_RELATIVE = re.compile(r"\b(?:previous|prior|last|preceding)\s+(?:year|quarter|month|half)|"
                       r"\ba\s+year\s+(?:earlier|ago|before)|\bthe\s+year\s+before|"
                       r"\bsame\s+(?:quarter|month|period)\b|\bearlier\b", re.I)
#: "rose by $157 million": an amount of change, not a level a table's cell holds
_BY = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_CHANGE_WORDS = re.compile(r"\b(?:up|down|rose|risen|fell|fallen|grew|growth|increase[sd]?|"
                           r"decrease[sd]?|decline[sd]?|jump(?:ed)?|climb(?:ed)?|drop(?:ped)?|"
                           r"gain(?:ed)?|slipped|more|less|higher|lower)\b", re.I)
_CONTENT = re.compile(r"[a-z]{4,}", re.I)


def _fits(f: SentenceFigure, header: str, kind: str) -> bool:
    """A percent restates a change, share or rate column only where the words say which."""
    if f.unit == POINTS:
        return kind == "points"
    if f.unit != PERCENT:
        return kind == "value"
    if kind == "change":  # "grew by 4.9%", "up 3.2%": the change words stand just before
        at = f.sentence.find(f.quote) if f.quote else -1
        return at >= 0 and _CHANGE_WORDS.search(" ".join(f.sentence[:at].split()[-3:])) \
            is not None
    words = {w.lower() for w in _CONTENT.findall(header)} - {"change", "percent", "total"}
    return bool(words) and any(_says(f.sentence.lower(), w) for w in words)


def _says(sentence: str, words: str) -> bool:
    """The sentence writes ``words`` as the table does ("May" the month, not "may")."""
    words = words.strip()
    return bool(words) and re.search(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])",
                                     sentence) is not None


#: words before a period that make it the base of a comparison, not the figure's own period
_BASE = re.compile(r"\b(?:from|on|than|with|against|since|over|versus|vs\.?)\s+(?:the\s+)?"
                   r"(?:same\s+\w+\s+(?:of|in)\s+|\w+\s+)?$", re.I)


def _names_period(sentence: str, words: str) -> bool:
    """The sentence names the period as the figure's own, not as what it is compared with
    ("up 3.2% on June 2023" names 2023 as the base)."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", sentence, re.I):
        if not _BASE.search(sentence[:m.start()]):
            return True
    return False


def _period_words(period: str) -> list[str]:
    """How a sentence may name a column's period: "2024", "Q3 2024" -> "third quarter"."""
    words = [period]
    m = re.fullmatch(r"(\d{4})-Q([1-4])", period)
    if m:
        words = [m.group(1), f"Q{m.group(2)}",
                 ("first", "second", "third", "fourth")[int(m.group(2)) - 1] + " quarter"]
    m = re.fullmatch(r"(\d{4})-H([12])", period)
    if m:
        words = [m.group(1), ("first", "second")[int(m.group(2)) - 1] + " half"]
    return words


def ties(figures: list[SentenceFigure], tables: list[Table],
         cell_unit, figure_id) -> list[tuple[SentenceFigure, str, str, bool]]:
    """(sentence figure, the table cell it restates, a label, sure) for each tie the words
    make unambiguous; sure when the sentence names the cell's row (not the total row by
    default) and, where the row has several periods, its column's period (not the latest by
    default). ``cell_unit(t, table, col, cell)`` gives a cell's unit IRI and
    ``figure_id(t, r, c)`` its id."""
    out = []
    claimed: dict[str, int] = {}
    found: list[tuple[SentenceFigure, str, str, bool]] = []
    for f in figures:
        candidates = []
        at = f.sentence.find(f.quote) if f.quote else -1
        near = f.sentence[max(0, at - 60):at + len(f.quote) + 60] if at >= 0 else f.sentence
        if (at >= 0 and f.unit != PERCENT and _BY.search(f.sentence[:at])) or \
                _RELATIVE.search(near) or re.fullmatch(r"\d", f.quote):
            continue  # an amount of change, a period placed elsewhere, or "3" of something
        for t, table in enumerate(tables, start=1):
            named = [r for r, row in enumerate(table.rows) if _says(f.sentence, row.label)]
            rows = named or [r for r, row in enumerate(table.rows) if row.total]
            if len(rows) != 1:
                continue
            r = rows[0]
            row = table.rows[r]
            cols = []
            for c, col in enumerate(table.columns):
                cell = row.cells[c]
                if cell is None or cell_unit(t, table, c, cell) != f.unit or \
                        not _fits(f, col.header, col.kind):
                    continue
                cols.append(c)
            periods = {c: column_period(table.columns[c].header) for c in cols}
            said = [c for c in cols if periods[c] and any(
                _names_period(f.sentence, w) for w in _period_words(periods[c]))]
            sure = bool(named)
            if said:
                cols = said
            elif len(cols) > 1 and all(periods[c] for c in cols):
                cols = [max(cols, key=lambda c: periods[c])]  # the latest: the text's now
                sure = False
            if len(cols) == 1:
                c = cols[0]
                candidates.append((figure_id(t, r + 1, c + 1),
                                   f"{row.label}, {table.columns[c].header or 'column'}: the "
                                   f"table and the text", sure))
        if len(candidates) == 1:
            found.append((f, *candidates[0]))
            claimed[candidates[0][0]] = claimed.get(candidates[0][0], 0) + 1
    for f, cell, label, sure in found:
        if claimed[cell] == 1:  # two figures of the text for one cell: the words do not say
            out.append((f, cell, label, sure))
    return out
