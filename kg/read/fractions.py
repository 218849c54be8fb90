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
from kg.read.tables import Table, singular

UNITLESS = "http://qudt.org/vocab/unit/UNITLESS"
PERCENT = "http://qudt.org/vocab/unit/PERCENT"
#: a fraction in words: "half", "a fifth", "one in three", "three-quarters"
_FRACTION = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?|\w+\s+in\s+(?:every\s+)?"
                       r"\w+)\b", re.I)
#: what the fraction is of: the whole, never a part ("half of all exports", "a fifth of
#: total spending", "a third of the total")
_OF_ALL = re.compile(r"^\s*of\s+(?:all|the\s+total|total|the\s+whole|the\s+\w+'s\s+total)\b",
                     re.I)
#: what the fraction is of, named by its words: "of the cereal harvest", "of the portfolio",
#: "of group revenue" (up to three words, before a preposition or the clause's end)
_OF_NAMED = re.compile(r"^\s*of\s+(?:the\s+|our\s+|its\s+|their\s+|this\s+year's\s+)?"
                       r"((?:[A-Za-z][A-Za-z-]*\s+){0,2}[A-Za-z][A-Za-z-]*)")
#: words that end the noun phrase a fraction is of: "of the budget for 2026", "of the
#: harvest was wheat"
_PHRASE_END = {"in", "on", "at", "for", "by", "from", "to", "and", "or", "but", "with", "is",
               "was", "are", "were", "now", "this", "last", "that", "which", "went", "came",
               "goes", "go", "as", "than", "over", "under", "into", "per"}
#: wholes a fraction names without the table naming them: a budget is everything a table of
#: spending adds up
_WHOLE_NOUNS = {"budget"}
#: pence or cents of a currency's unit: "82p", "nearly 85 cents"
_PENCE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:p|pence|cents?)$", re.I)
#: the unit of money the pence are of: "for every £1", "of every dollar you give"
_EVERY = re.compile(r"\bevery\s+(?:[£$€]\s?1(?![\d.,])|(?:single\s+)?(?:pound|dollar|euro)s?\b)",
                    re.I)
#: a row of what the others leave: "Other fields", "All other", "Rest of the world"
_CATCH_ALL = re.compile(r"\s*(?:(?:all\s+)?others?|rest\s+of|remaining|miscellaneous)\b", re.I)
#: what ends the clause a fraction speaks in
_CLAUSE_END = re.compile(r"[;:.]|\s[-–—]\s|,\s*(?:and|but|while|whereas|which|who)\b", re.I)


def table_fractions(figures, tables: list[Table], writer) -> list[tuple[set[str], str]]:
    """Each ratio of a named row's cell to its block's total a sentence's fraction states
    (kg.read's completions: the fraction, its Turtle)."""
    from kg.read.ties import said_at

    out = []
    for f in figures:
        if f.unit != UNITLESS:
            continue
        text = f.sentence
        at = text.find(f.quote)
        if at < 0:
            continue
        end = at + len(f.quote)
        ends = [m for m in _CLAUSE_END.finditer(text[:at])]
        start = ends[-1].end() if ends else 0
        if ends and ends[-1].group(0) == ":":
            # "The Early Bird tier went fastest: one in five backers chose it": what follows
            # the colon says how of the thing the words before it name (no figure between)
            opened = ends[-2].end() if len(ends) > 1 else 0
            if not [g for g in figures if g.claim == f.claim and g.quote
                    and opened <= text.find(g.quote) < start]:
                start = opened
        stop = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
        # "For every £1 we spent, 82p went to our programmes": the pence of each pound are
        # the fraction of the whole the row the words name takes
        every = _EVERY.search(text, start, stop) if _PENCE.search(f.quote) else None
        whole = None  # the words that name the whole, where no "of all" does
        counted = None  # the things "one in five backers" counts: a column's head names them
        if every is None:
            if not _FRACTION.search(f.quote) or re.search(r"\d", f.quote):
                continue
            # ("had another strong half.": a bare "half" after an adjective is a period)
            closes = _CLOSES.match(text[end:]) is not None and \
                _MOVED.search(text[start:at]) is None and \
                (f.quote.strip().lower() != "half" or _HEDGED.search(text[start:at]))
            if not _OF_ALL.match(text[end:]) and not closes:
                counted = _counted_noun(f.quote, text[end:])
                whole = _whole_noun(text[end:]) or counted
                if whole is None:
                    continue
        # "Chilled, £612 million, nearly half of revenue": the words' own amount (a percent
        # is a share of its own or the fraction restated: "a third of all jobs (32.5%)");
        # the pound each pence are of is no amount of the row's
        # (a bare "one" is the pronoun: "one in five backers snapped one up")
        if [g for g in figures if g.claim == f.claim and g is not f and g.quote
                and g.quote.strip().lower() != "one"
                and g.unit not in (UNITLESS, PERCENT) and start <= text.find(g.quote) < stop
                and not (every is not None and every.start() <= text.find(g.quote)
                         < every.end())]:
            continue
        clause = text[start:stop]
        found = []
        for t, table in enumerate(tables, start=1):
            if whole is not None and not whole & (_WHOLE_NOUNS | _table_nouns(table)):
                continue
            rows = [r for r, row in enumerate(table.rows, start=1)
                    if not row.total and row.label.strip() and said_at(clause, row.label)]
            if not rows and every is None:
                # "CSR grants alone supply about two-thirds" of the row "CSR grants from
                # companies", "Foundations contribute a quarter" of "Charitable
                # foundations": the label's own noun phrase, else its head, said before the
                # fraction (one row's only)
                before = text[start:at]
                rows = [r for r, row in enumerate(table.rows, start=1)
                        if not row.total and _core(row.label) and said_at(before,
                                                                          _core(row.label))]
                if not rows:
                    said = _heads(before)
                    rows = [r for r, row in enumerate(table.rows, start=1)
                            if not row.total and _core(row.label)
                            and _head(_core(row.label)) in said]
                    back = _ANAPHOR.match(before)
                    if rows and back is not None and ends and \
                            singular(back.group(1)) in {_head(_core(table.rows[r - 1].label))
                                                        for r in rows}:
                        # "Youth netball added 60 teams; the sport now makes up one in five
                        # of all teams": "the sport" takes up the row the clause before
                        # names, never a row whose head it merely shares ("Other sports")
                        opened = ends[-2].end() if len(ends) > 1 else 0
                        earlier = text[opened:ends[-1].start()]
                        rows = [r for r, row in enumerate(table.rows, start=1)
                                if not row.total and row.label.strip()
                                and said_at(earlier, row.label)]
                    # (never a catch-all row, "Other fields": "the field" names no field
                    # the row leaves unnamed, but one the words before spoke of)
                    rows = [r for r in rows if not _CATCH_ALL.match(table.rows[r - 1].label)]
                    # "Stoppers … accounted for three-fifths" beside "Natural cork stoppers"
                    # and "Technical and other stoppers": a head noun the words say that
                    # another row's whole label ends on too names neither of them
                    if any(r not in rows for r, row in enumerate(table.rows, start=1)
                           if not row.total and not _CATCH_ALL.match(row.label)
                           and _head(row.label) in said):
                        rows = []
                if not rows:
                    # "Individual donors remain our backbone, giving close to three-fifths
                    # of revenue" of the row "Individual donations", "The province …,
                    # supplying nearly three-fifths" of "Provincial literacy grant": the
                    # clause's subject opens on the word the row's label opens on (or its
                    # adjective)
                    # (only where the words name the total as its row does: "of revenue"
                    # of "Total revenue", never "The council spends a third of the budget"
                    # of a "Council tax" row)
                    subject = _first_word(before)
                    totals = {singular(w) for row in table.rows if row.total
                              for w in re.findall(r"[A-Za-z]+", row.label)}
                    rows = [r for r, row in enumerate(table.rows, start=1)
                            if not row.total and subject is not None and whole
                            and whole & totals - _NOT_A_WHOLE
                            and _same_root(subject, _first_word(row.label))]
            if not rows and every is not None:
                # "82p went to our programmes": the one row whose label's head is the noun
                # the pence go to ("Charitable programmes")
                rows = [r for r, row in enumerate(table.rows, start=1)
                        if not row.total and _head(row.label) is not None
                        and _head(row.label) in _heads(text[end:stop])]
            if len(rows) != 1:
                continue
            r = rows[0]
            total = next((i for i in range(r + 1, len(table.rows) + 1)
                          if table.rows[i - 1].total), None)
            if total is None:
                continue
            if counted is not None:
                # "one in five backers": the column of levels whose head names the things
                heads = [c for c, column in enumerate(table.columns, start=1)
                         if column.kind == "value" and not column.unsure
                         and counted & _heads(column.header)
                         and all(table.rows[i - 1].cells[c - 1] is not None
                                 and table.rows[i - 1].cells[c - 1].value is not None
                                 for i in (r, total))]
                c = heads[0] if len(heads) == 1 else None
            else:
                c = level_column(table, (r, total), clause, writer.periods.get(f.local), t,
                                 writer, money=True)
            if c is None and _NOW.search(clause):
                c = _latest_column(table, (r, total), t, writer)
            if c is not None:
                found.append((t, r, total, c))
        if len(found) != 1:
            continue
        t, r, total, c = found[0]
        out.append(cells_relation("RatioRelation", ("numerator", "denominator", "ratio"), f,
                                  f"is {f.quote} of", tables, t, (r, c), (total, c), writer))
    return out


#: a clause that opens by pointing back at a thing named before: "the field", "this sector"
_ANAPHOR = re.compile(r"^\s*(?:the|this|that)\s+([A-Za-z]+)\b(?!\s+of\b)", re.I)


#: a fraction that closes its clause ("Foundations contribute a little over a quarter.",
#: "…, and individual donors the rest"): of the whole the row's table adds up
_CLOSES = re.compile(r"^\s*(?:[.;:]|,\s*(?:and|but|while|whereas)\b|\s[-–—]\s|$)", re.I)
#: what ends a row label's own noun phrase: "CSR grants from companies", "CSR grant, Deccan
#: Cement Ltd", "Individual donors (India and diaspora)"
_LABEL_END = re.compile(r"\s*(?:[,(:]|\s(?:from|of|for|and|to|by|in|at)\s).*$", re.I)


#: words that make a fraction closing its clause a move, no part of a whole: "fell by a
#: third.", "down a quarter." (not "make up a third.")
_MOVED = re.compile(r"\b(?:by|(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)up|down|rose|risen|fell|fallen|grew|grown|dropped|cut|"
                    r"increased|decreased|declined|doubled|halved|more|less|fewer)\s+"
                    r"(?:\w+\s+){0,3}$", re.I)


#: the hedges a bare "half" may follow as a fraction ("almost half.")
_HEDGED = re.compile(r"\b(?:about|almost|nearly|roughly|around|over|under|just|exactly|some|"
                     r"close\s+to|more\s+than|less\s+than)\s+$", re.I)


def _core(label: str) -> str:
    """A row label's own noun phrase, before any preposition, comma or bracket ("CSR
    grants" of "CSR grants from companies")."""
    return _LABEL_END.sub("", label.strip())


def _whole_noun(after: str) -> set[str] | None:
    """"of the cereal harvest": the words that name what the fraction is of, singular
    ({"cereal", "harvest"}: a table names the whole by any of them); None where the words
    name nothing ("of them", "of those") or no whole follows."""
    m = _OF_NAMED.match(after)
    if m is None:
        return None
    words = []
    for word in m.group(1).split():
        if word.lower() in _PHRASE_END:
            break
        words.append(word)
    if not words or words[0].lower() in ("them", "it", "those", "these", "which", "whom",
                                         "all", "each", "every", "one"):
        return None
    return {singular(w) for w in words}


#: a fraction "in" a count of things: "one in five backers", "one in every four visitors"
_IN_EVERY = re.compile(r"^\w+\s+in\s+(?:every\s+)?\w+$", re.I)


def _counted_noun(quote: str, after: str) -> set[str] | None:
    """"one in five backers": the noun right after a fraction "N in M", the things it counts
    ({"backer"}: the whole is the table's column or total of them); None where no noun
    follows ("one in five of them", "one in five, as before")."""
    m = re.match(r"\s+([A-Za-z][A-Za-z-]*)", after)
    if not _IN_EVERY.match(quote.strip()) or m is None or m.group(1).lower() in _PHRASE_END or \
            m.group(1).lower() in ("of", "the", "a", "an", "them", "those", "these"):
        return None
    return {singular(m.group(1))}


def _table_nouns(table: Table) -> set[str]:
    """The whole's names a table gives: its total rows' labels, its caption and its
    columns' heads, word by word, singular (a whole "cereal harvest" is the table's when
    any of its words is: "Total cereals")."""
    said = " ".join([table.caption] + [row.label for row in table.rows if row.total] +
                    [column.header for column in table.columns])
    return {singular(w) for w in re.findall(r"[A-Za-z]{4,}", said)} - _NOT_A_WHOLE


#: words of a table's total row or heads that name no whole: "Total", "Change"
_NOT_A_WHOLE = {"total", "overall", "change", "share", "return", "table", "with", "from",
                "year", "percent"}


#: a fraction said of now: of the latest period a table gives
_NOW = re.compile(r"\bnow\b", re.I)


def _latest_column(table: Table, rows: tuple[int, int], t: int, writer) -> int | None:
    """"Trams now carry one in six of all journeys": of the columns of levels of both rows,
    the one of the latest period (a table of this quarter and the same quarter a year
    before); None where the periods leave it open, or none is dated."""
    dated = []
    for c, column in enumerate(table.columns, start=1):
        cells = [table.rows[r - 1].cells[c - 1] for r in rows]
        period = writer.periods.get(writer.figure_id(t, rows[0], c).lstrip(":"))
        if column.kind == "value" and not column.unsure and period and \
                all(cell is not None and cell.value is not None for cell in cells):
            dated.append((period, c))
    if not dated:
        return None
    latest = max(p for p, _ in dated)
    at = [c for p, c in dated if p == latest]
    return at[0] if len(at) == 1 else None


#: words a subject or a row label may open with that name nothing of it
_OPENERS = {"the", "our", "its", "their", "this", "these", "those", "a", "an", "all"}
#: the endings that make a noun's adjective: "province" -> "provincial", "nation" -> "national"
_ADJECTIVE_ENDINGS = ("al", "ial", "ian", "ic", "ical")


def _first_word(text: str) -> str | None:
    """The first word of a phrase that names something, lowercased: "The province remains"
    -> "province"."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return next((w for w in words if w not in _OPENERS), None)


def _same_root(word: str, other: str | None) -> bool:
    """Whether two words are one (singular alike), or one is the other's adjective
    ("province", "provincial"); never a mere shared beginning ("internal", "international")."""
    if other is None or len(word) < 4 or len(other) < 4:
        return False
    if singular(word) == singular(other):
        return True
    short, long_ = sorted((word, other), key=len)
    root = short[:-1] if short.endswith("e") else short
    return long_.startswith(root) and long_[len(root):] in _ADJECTIVE_ENDINGS


def _head(label: str) -> str | None:
    """A row label's head noun, singular: "Charitable programmes" -> "programme"."""
    words = re.findall(r"[A-Za-z]+", label)
    return singular(words[-1]) if words else None


def _heads(text: str) -> set[str]:
    return {singular(w) for w in re.findall(r"[A-Za-z]+", text)}
