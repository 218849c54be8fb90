"""Multiples a sentence states of two rows of a table: "exports to the United States were about
3.2 times those to China", "wind generated about 2.4 times as much electricity as solar",
"a detached house now costs about 2.6 times as much as a flat" (the sentence gives the
factor; the table gives both amounts).

The row named before the factor is the multiple and the one named after it the base, as the
words say (never as the values would order them, which would make the relation pass by
construction). Both cells stand in one column of levels: the one whose head the clause
names, else the one of the factor's own period; where the words leave the rows or the
column unclear, or the clause gives an amount of its own, nothing is read. "2.1 times their
2023 level" sets one row against itself: its cell of the factor's period over the year's.
"""

from __future__ import annotations

import re

from kg.read.tables import Table
from kg.read.turtle import relation

UNITLESS = "http://qudt.org/vocab/unit/UNITLESS"
PERCENT = "http://qudt.org/vocab/unit/PERCENT"
#: a factor the words compare two things by: "3.2 times", "twice", "a threefold"
_FACTOR = re.compile(r"\btimes\b|\btwice\b|\w+fold\b", re.I)
#: a factor of change, not of two things: "doubled", "tripled", "halved"
_VERB = re.compile(r"\b(?:doubl|tripl|trebl|quadrupl|halv)", re.I)
#: what ends the clause a factor speaks in
#: (a decimal point is none: "63.6% of our power and three times as much as …"; ", where"
#: opens a clause on the place just named: "… as Long Weir, where a dry summer …")
_CLAUSE_END = re.compile(r"[;:]|\.(?!\d)|\s[-–—]\s|"
                         r",\s*(?:and|but|while|whereas|which|who|where)\b", re.I)
#: the words that set the base after the factor: "those to China", "as much electricity as
#: solar", "that of the flat", "their 2023 level"
_BASE_WORDS = re.compile(r"^\s*(?:as\s+(?:\w+\s+){1,3}?as\b|those\b|that\b|the\b|its\b|their\b)",
                         re.I)


def table_multiples(figures, tables: list[Table], writer) -> list[tuple[set[str], str]]:
    """Each multiple of one row's cell over another's that a sentence's factor states
    (kg.read's completions: the factor, its Turtle)."""
    from kg.read.ties import said_at

    out = []
    for f in figures:
        if f.unit != UNITLESS or not _FACTOR.search(f.quote) or _VERB.search(f.quote):
            continue
        text = f.sentence
        at = text.find(f.quote)
        if at < 0:
            continue
        end = at + len(f.quote)
        start = max([m.end() for m in _CLAUSE_END.finditer(text[:at])], default=0)
        stop = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
        before, after = text[start:at], text[end:stop]
        if not _BASE_WORDS.match(after):
            continue
        # an amount the clause gives itself is its own multiple or base, not a cell's; a
        # percent said before the factor is a share its subject has of something ("producing
        # 63.6% of our power and three times as much as Long Weir"), no cell's unless the
        # cells are percents too
        others = [g for g in figures if g.claim == f.claim and g is not f and g.quote
                  and start <= text.find(g.quote) < stop]
        shares = [g for g in others if g.unit == PERCENT and text.find(g.quote, start) < at]
        if len(others) > len(shares):
            continue
        found = []
        for t, table in enumerate(tables, start=1):
            named = [(r, said_at(before, row.label), said_at(after, row.label))
                     for r, row in enumerate(table.rows, start=1)
                     if not row.total and row.label.strip()]
            big = [r for r, b, _ in named if b] or _by_tail(before, table)
            small = [r for r, _, a in named if a] or _by_tail(after, table)
            if len(big) == 1 and len(small) == 1 and big != small:
                column = level_column(table, (big[0], small[0]), before + " " + after,
                                      writer.periods.get(f.local), t, writer)
                if column is not None:
                    found.append((t, (big[0], column), (small[0], column)))
        if not found:
            found = _own_level(before, after, tables, writer.periods.get(f.local), writer)
        if len(found) != 1:
            continue
        t, (big, c), (small, b) = found[0]
        if shares and (writer._unit(tables[t - 1], big - 1, c - 1) or ("",))[0] == \
                "unit:PERCENT":
            continue  # (the percent the clause gives may be the cell itself)
        out.append(cells_relation("MultipleRelation", ("multiple", "base", "factor"), f,
                                  f"= {f.quote}", tables, t, (big, c), (small, b), writer))
    return out


def _by_tail(words: str, table: Table) -> list[int]:
    """The row (1-based) the words name by the tail of its label, where they name none by the
    whole: "the Museum of Art" for the row "Halvergate Museum of Art" (a name shortened past
    its first word, of two or more words, the first capitalised, that no other row's label
    holds); [] where they name none so, or several."""
    from kg.read.ties import said_at

    found = []
    for r, row in enumerate(table.rows, start=1):
        label = " ".join(re.sub(r"\([^)]*\)", " ", row.label).split())
        parts = label.split(" ")
        if row.total or len(parts) < 3:
            continue
        tail = " ".join(parts[1:])
        if not parts[1][:1].isupper() or any(
                tail in other.label for k, other in enumerate(table.rows, start=1) if k != r):
            continue
        if said_at(words, tail):
            found.append(r)
    return found if len(found) == 1 else []


def cells_relation(kind: str, roles: tuple[str, str, str], f, words: str, tables: list[Table],
                   t: int, first: tuple[int, int], second: tuple[int, int],
                   writer) -> tuple[set[str], str]:
    """A relation of two cells of table ``t`` (row and column, 1-based) and the sentence's
    figure ``f`` (kg.read's completions: the figure, its Turtle), labelled with the rows, the
    cells and ``words`` between them: "Exports 48.2 = 3.2 times China 15.1 (the table)"."""
    table = tables[t - 1]
    (r1, c1), (r2, c2) = first, second
    label = (f"{table.rows[r1 - 1].label} {table.rows[r1 - 1].cells[c1 - 1].text} {words} "
             f"{table.rows[r2 - 1].label} {table.rows[r2 - 1].cells[c2 - 1].text} (the table)")
    return ({f.local}, relation(kind, f":{f.claim}", label,
                                f"cg:{roles[0]} {writer.figure_id(t, r1, c1)} ; "
                                f"cg:{roles[1]} {writer.figure_id(t, r2, c2)} ; "
                                f"cg:{roles[2]} :{f.local}"))


#: "their 2023 level", "its 2019 figure": the base is the same row's cell of the year named
_OWN_LEVEL = re.compile(r"^\s*(?:its|their|the)\s+((?:19|20)\d\d)\s+(?:level|figure|total|"
                        r"value|number|count|mark)s?\b", re.I)


def _own_level(before: str, after: str, tables: list[Table], period: str | None, writer):
    """"Arrivals from China were 2.1 times their 2023 level": the row named before the factor,
    its cell of the factor's own period the multiple and its cell of the year named after
    it the base (each the one column of levels of that period)."""
    from kg.read.tables import column_period
    from kg.read.ties import said_at

    named = _OWN_LEVEL.match(after)
    if named is None or period is None:
        return []
    out = []
    for t, table in enumerate(tables, start=1):
        rows = [r for r, row in enumerate(table.rows, start=1)
                if not row.total and row.label.strip() and said_at(before, row.label)]
        if len(rows) != 1:
            continue
        r = rows[0]
        levels = [c for c, column in enumerate(table.columns, start=1)
                  if column.kind == "value" and not column.unsure and not column.total
                  and table.rows[r - 1].cells[c - 1] is not None
                  and table.rows[r - 1].cells[c - 1].value is not None]
        then = [c for c in levels if column_period(table.columns[c - 1].header) ==
                named.group(1)]
        now = [c for c in levels
               if writer.periods.get(writer.figure_id(t, r, c).lstrip(":")) == period]
        if len(then) == 1 and len(now) == 1 and then != now:
            out.append((t, (r, now[0]), (r, then[0])))
    return out


def level_column(table: Table, rows: tuple[int, int], clause: str, period: str | None, t: int,
                 writer, money: bool = False) -> int | None:
    """The 1-based column of levels both rows' cells are read from: the one whose head the
    clause names, else the only one (``money``: the only one of money, as a fraction of a
    total is of the amounts), else the one of the figure's period; None where that leaves
    several."""
    from kg.read.ties import says

    levels = [c for c, column in enumerate(table.columns, start=1)
              if column.kind == "value" and not column.unsure
              and all(table.rows[r - 1].cells[c - 1] is not None
                      and table.rows[r - 1].cells[c - 1].value is not None for r in rows)]
    named = [c for c in levels if says(clause, table.columns[c - 1].header)]
    if len(named) == 1:
        return named[0]
    only = [c for c in levels if not money or not table.columns[c - 1].count and
            writer._cell_unit(table, c - 1, table.rows[rows[0] - 1].cells[c - 1])[0]
            .startswith("unit:CCY_")]
    if len(only) == 1:
        return only[0]
    dated = [c for c in levels
             if writer.periods.get(writer.figure_id(t, rows[0], c).lstrip(":")) == period]
    return dated[0] if period is not None and len(dated) == 1 else None
