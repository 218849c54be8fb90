"""Superlatives a sentence states of a table's row or column: "Food security … has the
largest gap, $7.5 million" (the row's cell is larger than every other row's in that column),
"Year 1 costs are the highest, at $397,100" (the column's cell is larger than the other
periods' in that row), "the largest faculty, with 7,507 students, followed by Engineering"
(and Engineering's larger than the rest). A verb or comparative set against "every other"
row ("Health trails every other line at 53%", "higher than any other month, at 412") claims
each of them in turn: the named cell against every other row of its block, in the column of
the one figure its clause gives. A sentence with no figure that names one row ("June was
the busiest month of the season") ranks that row's cell in the one column of levels its
table has (a running total is none), and its relation is the row's claim.

A superlative claims the named cell beats all the others, so it is checked against the
largest of them (the smallest, for "the lowest"): that comparison fails whenever any other
cell beats it, so it never passes by construction. The cells compared are the rows of the
named row's block (up to the total row that closes it, a section of its own after it), or
the period columns of the named column's row (never a total column). Where the words leave
the row, the column or the cell unclear, nothing is read.
"""

from __future__ import annotations

import re

#: superlatives whose cell is the largest, and those whose cell is the smallest
TOP = ("largest", "biggest", "highest", "greatest", "busiest", "strongest", "costliest",
       "heaviest", "longest", "most")
BOTTOM = ("smallest", "lowest", "least", "fewest", "weakest", "cheapest", "shortest",
          "quietest")
_SUPERLATIVE = re.compile(r"\b(?:the|our|its|their|by far the)\s+(?:\w+\s+|second-|2nd-)?(" +
                          "|".join(TOP + BOTTOM) + r")\b", re.I)
_FOLLOWED = re.compile(r"\bfollowed\s+by\s+", re.I)
#: a rank below the first ("the second largest", "the next biggest", "the third highest")
#: or a group of the first few ("the three largest markets", "its 10 busiest days"): one or
#: more other rows beat it, or it is several rows, so it is no claim over every other
_NOT_FIRST = re.compile(r"\b(?:second|third|fourth|fifth|next|2nd|3rd|4th|5th|two|three|"
                        r"four|five|six|seven|eight|nine|ten|\d+)[\s-]", re.I)
_SECOND = re.compile(r"\b(?:second|2nd)[\s-]", re.I)
#: a superlative said of one among several: "one of the largest", "two of the busiest"
_ONE_OF = re.compile(r"\b(?:one|two|three|four|five|some|several|any|each|among)"
                     r"(?:\s+of)?\s+$", re.I)
#: a superlative denied: "Roads are no longer the largest line", "was not quite the busiest",
#: "has never been the biggest": no claim that it beats the others (nor that it does not
#: beat each of them: which one does, the words leave unsaid)
_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\bno\s+longer)(?!\s+(?:only|just|merely|least)\b)"
                     r"(?:\s+\w+){0,2}?\s+$", re.I)
#: a superlative over its own past, right after it: "the busiest since 2019", "the highest
#: in the club's history", "its lowest level for a decade", "the largest in 20 years": the row
#: against its earlier years, which the table's other rows need not be (its cell may stand
#: below another row's); nor, in a table of periods, are the rows before the time it
#: names. Which it beats the words leave to the history the text does not give.
_OWN_PAST = re.compile(
    r"^(?:\s+[\w'-]+){0,3}?\s+(?:since\b|(?:in|for)\s+(?:(?:at\s+least|over|more\s+than|"
    r"nearly|almost|the\s+past|the\s+last)\s+)?(?:a|an|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|several|many)[\s-]+(?:\w+[\s-]+)?(?:decades?|years?|months?)\b|"
    r"in\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+history\b|in\s+(?:its|their|our)\s+"
    r"history\b)", re.I)
#: verbs that set their row above every other, and those that set it below
_ABOVE = ("beat", "beats", "beating", "outpaced", "outpaces", "outpacing", "outperformed",
          "outperforms", "outperforming", "outstripped", "outstrips", "outstripping",
          "exceeded", "exceeds", "exceeding", "topped", "tops", "topping", "led", "leads",
          "outsold", "outsells", "outnumbered", "outnumbers", "surpassed", "surpasses")
_BELOW = ("trailed", "trails", "trailing", "lagged", "lags", "lagging")
#: comparatives that set their row above any other, and those that set it below
_MORE = ("more", "higher", "larger", "greater", "bigger", "faster", "stronger", "longer")
_LESS = ("less", "lower", "smaller", "fewer", "slower", "weaker", "shorter")
#: "trails every other line", "lagged behind all other regions", "higher than in any other
#: month", "more visitors than any other site": the row set against each other row of its
#: block
_EVERY_OTHER = re.compile(
    r"\b(?:(?P<verb>" + "|".join(_ABOVE + _BELOW) + r")(?:\s+behind)?"
    r"|(?P<than>" + "|".join(_MORE + _LESS) + r")(?:\s+[a-z-]+){0,3}?\s+than"
    r"(?:\s+(?:in|at|for|on|of))?)\s+(?:every|any|all|each)\s+other\b", re.I)
#: what ends the clause an "every other" speaks in
_CLAUSE_END = re.compile(r"[;:]|\s[-–—]\s|\bwhile\b|\bwhereas\b|\bbut\b", re.I)
#: how far after a superlative (in characters) its figure may stand: "the largest gap, $7.5
#: million", "the largest line, at $564,000"
_REACH = 60


def table_superlatives(figures, tied, tables, writer) -> list[tuple[set[str], str]]:
    """Each superlative a sentence states of a row or column of a table, as comparisons of
    its cell with the largest (smallest) of the cells it is set against: (no sentence
    figure: the words relate the cells, not a figure of the sentence; its Turtle)."""
    from kg.read.ties import says
    from kg.read.turtle import relation

    where = {writer.figure_id(t, r, c): (t, r, c)
             for t, table in enumerate(tables, start=1)
             for r, row in enumerate(table.rows, start=1)
             for c, cell in enumerate(row.cells, start=1) if cell is not None}
    cell_of = {f.local: cell for f, cell, _, sure in tied if sure}
    out: list[tuple[set[str], str]] = []
    seen: set[tuple[str, str]] = set()
    by_claim: dict[str, list] = {}
    for f in figures:
        by_claim.setdefault(f.claim, []).append(f)

    def compared(m, pairs, claim: str) -> None:
        """The comparisons ``m``'s words state, each pair once across the sentences, on
        ``claim`` (a sentence's, or the row's a figureless sentence names)."""
        for greater, lesser in pairs:
            if (greater, lesser) not in seen:
                seen.add((greater, lesser))
                out.append((set(), relation("ComparisonRelation", f":{claim}",
                                            m.group(0) + " (the table)",
                                            f"cg:greater {greater} ; cg:lesser {lesser}")))

    for claim, said in by_claim.items():
        text = said[0].sentence
        found = list(_SUPERLATIVE.finditer(text))
        for n, m in enumerate(found):
            second = bool(_SECOND.search(m.group(0)))
            if not second and _NOT_FIRST.search(m.group(0)) or \
                    _ONE_OF.search(text, 0, m.start()) or _DENIED.search(text, 0, m.start()):
                continue  # "the third largest", "one of the largest", "no longer the largest":
                # no claim to beat all
            if _OWN_PAST.match(text[m.end():m.end() + 80]):
                continue  # "the busiest since 2019": set against its own past, not the rows
            top = m.group(1).lower() in TOP
            # its figure stands after it, before the next superlative
            until = min(m.end() + _REACH, found[n + 1].start() if n + 1 < len(found) else
                        len(text))
            # the first figure after it that restates a level: "the largest division, grew
            # 2.1% to $640 million" ranks the sales, never the change
            cells = [where[cell_of[f.local]] for f in said if m.end() <= _at(f) <= until
                     and cell_of.get(f.local) in where]
            levels = [(t, r, _level_column(tables[t - 1], c)) for t, r, c in cells]
            levels = [place for place in levels if place[2] is not None]
            before = text[:m.start()]
            named = not levels and not cells
            if named:
                # "Whole milk powder remains the largest line, at 37.2% of revenue": the
                # figure after it is no cell (a share, an amount per head), the row is named
                levels = _named_row(before, tables, says)
                own = [f for f in said if m.end() <= _at(f) <= until]
                if levels and own and not _ranks_column(own[0], tables, levels[0], writer):
                    continue
            if not levels:
                continue
            t, r, c = levels[0]
            table = tables[t - 1]
            row = table.rows[r - 1]
            if not row.total and (named or says(before, row.label)):
                against = _rows_against(table, r, c)
                ranked = _followed(text[m.end():], table, r, c, says)
                spared = _spared(text[m.end():until], table, r, c, says)
                if spared is None:
                    continue  # "the highest apart from the others": which, unsaid
                against = [rc for rc in against if rc[0] not in spared]
            elif row.total and says(before, table.columns[c - 1].header):
                against = _columns_against(table, r, c)
                ranked = None
            else:
                continue
            if second:
                # "the second largest": one other row beats it, and it beats the rest
                compared(m, _second(table, t, r, c, against, top, writer), claim)
                continue
            compared(m, _pairs(table, t, r, c, against, ranked, top, writer), claim)
        for m in _EVERY_OTHER.finditer(text):
            compared(m, _every_other(m, text, said, where, cell_of, tables, says, writer),
                     claim)
    said_sentences = {" ".join(f.sentence.split()) for f in figures}
    for text in _figureless_sentences(getattr(writer, "source", None) or "", tables):
        if any(text in other for other in said_sentences):
            continue  # a figure's sentence: read above, with its figure
        for m in _SUPERLATIVE.finditer(text):
            place = _row_named_without_figure(m, text, tables, says)
            if place is None:
                continue
            t, r, c = place
            table = tables[t - 1]
            # (no sentence claim: the words name the row, whose claim it is)
            compared(m, _pairs(table, t, r, c, _rows_against(table, r, c), None,
                               m.group(1).lower() in TOP, writer), f"c-t{t}-r{r}")
    return out


#: a sentence of the prose: up to its full stop (or the end of a line that ends a heading)
_SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?!\s*\n))+(?:[.!?]|$|(?=\n\s*\n))")
#: nouns of a change right after a superlative: "the largest fall", "the biggest rise": the
#: rank of a change, which a table's levels do not hold
_CHANGE_NOUNS = re.compile(r"^\s+(?:\w+\s+)?(?:falls?|rises?|increases?|decreases?|growth|"
                          r"gains?|drops?|declines?|jumps?|changes?|improvements?|"
                          r"reductions?|cuts?|swings?|proportional|relative|percentage)\b",
                          re.I)


def _figureless_sentences(source: str, tables) -> list[str]:
    """The prose's sentences that hold no figure (no number): the tables' lines left out."""
    chars = list(source)
    for table in tables:
        for i in range(max(0, table.start), min(len(chars), table.end)):
            if chars[i] != "\n":
                chars[i] = " "
    text = "".join(chars)
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = " ".join(m.group(0).split())
        # ("Q3", "H1" name a period, no figure)
        if sentence and not re.search(r"(?<![A-Za-z])\d", sentence):
            out.append(sentence)
    return out


def _row_named_without_figure(m, text: str, tables, says) -> tuple[int, int, int] | None:
    """The cell a superlative ranks in a sentence with no figure ("Q3 was the busiest quarter
    once again", "July remains the busiest month of the year"): the one row the words before
    it in its clause name, in the one column of levels its table has (a running total, a
    share or a change column is none); None where the words rank several rows, deny the
    rank, set the row against its own past or rank a change ("the largest fall")."""
    if _NOT_FIRST.search(m.group(0)) or _SECOND.search(m.group(0)) or \
            _ONE_OF.search(text, 0, m.start()) or _DENIED.search(text, 0, m.start()):
        return None
    after = text[m.end():m.end() + 80]
    if _OWN_PAST.match(after) or _CHANGE_NOUNS.match(after) or _EXCEPT.search(after) or \
            re.match(r"^\s+(?:\w+\s+){0,2}?(?:ever|on\s+record|yet)\b", after, re.I):
        return None
    from kg.read.turtle import _BALANCE, _BALANCE_AFTER

    before = text[:m.start()]
    before = before[max((c.end() for c in _CLAUSE_OPEN.finditer(before)), default=0):]
    rows = [(t, r) for t, table in enumerate(tables, start=1)
            for r, row in enumerate(table.rows, start=1)
            if not row.total and row.label and says(before, row.label)]
    if len(rows) != 1:
        return None
    t, r = rows[0]
    table = tables[t - 1]
    columns = [c for c, column in enumerate(table.columns, start=1)
               if column.kind == "value" and not column.total
               and not _BALANCE.search(column.header) and not _BALANCE_AFTER.search(column.header)]
    if len(columns) != 1 or table.rows[r - 1].cells[columns[0] - 1] is None:
        return None
    return t, r, columns[0]


def _every_other(m, text: str, said, where, cell_of, tables, says,
                 writer) -> list[tuple[str, str]]:
    """(greater, lesser) figure ids of "Health trails every other line at 53%": the cell of
    the one figure the clause gives, in the row named before the words, against the same
    column's cell of each other row of its block. Where the clause gives figures of two
    columns ("trailed every other type, edging up 0.6% to £198,600": the change or the
    level?) or names no row, which cells it ranks the words do not say."""
    starts = [e.end() for e in _CLAUSE_END.finditer(text[:m.start()])]
    start = max(starts, default=0)
    end = next((e.start() for e in _CLAUSE_END.finditer(text, m.end())), len(text))
    cells = {where[cell_of[f.local]] for f in said if start <= _at(f) < end
             and cell_of.get(f.local) in where}
    if not cells:
        cells = _own_cell(text[start:m.start()], [f for f in said if start <= _at(f) < end],
                          tables, says, writer)
    if len({(t, c) for t, _, c in cells}) != 1 or len(cells) != 1:
        return []
    t, r, c = cells.pop()
    table = tables[t - 1]
    row = table.rows[r - 1]
    if row.total or not says(text[start:m.start()], row.label) or \
            table.columns[c - 1].total:
        return []
    word = (m.group("verb") or m.group("than")).lower()
    top = word in _ABOVE + _MORE
    others = [rc for rc in _rows_against(table, r, c)
              if table.rows[rc[0] - 1].cells[c - 1].value is not None]
    if table.rows[r - 1].cells[c - 1].value is None:
        return []
    # each other row, never one picked by its value: the words claim every one of them
    return [tuple(writer.figure_id(t, *rc) for rc in (((r, c), other) if top
                                                       else (other, (r, c))))
            for other in others]


def _own_cell(before: str, figures, tables, says, writer) -> set[tuple[int, int, int]]:
    """The cell of "Health trails every other line at 53%" where no tie was made (no word
    of the column's head is said): the one row the words before name, in the one column
    of that row whose unit is the clause's one figure's. Never by the cell's value."""
    from kg.namespaces import expand_iri

    if len(figures) != 1:
        return set()
    rows = [(t, r) for t, table in enumerate(tables, start=1)
            for r, row in enumerate(table.rows, start=1) if says(before, row.label)]
    if len(rows) != 1:
        return set()
    t, r = rows[0]
    table = tables[t - 1]
    row = table.rows[r - 1]
    columns = [c for c, cell in enumerate(row.cells, start=1)
               if cell is not None and not table.columns[c - 1].total
               and expand_iri(writer._cell_unit(table, c - 1, cell)[0]) == figures[0].unit]
    return {(t, r, columns[0])} if len(columns) == 1 else set()


def _named_row(before: str, tables, says) -> list[tuple[int, int, int]]:
    """The cell a superlative ranks where no figure of its clause is a cell: the one row
    the words before it name, in the one column of levels its table has ("Repairs are the
    largest item at 30.5% of spending" over a table of one amount per line). A table of
    several periods or measures leaves which column it ranks unsaid: nothing is read."""
    # its own clause's words: "1,159 came from abroad: a quarter of the intake, and the
    # largest cohort ever" ranks no row the words before the colon name
    before = before[max((m.end() for m in _CLAUSE_OPEN.finditer(before)), default=0):]
    rows = [(t, r) for t, table in enumerate(tables, start=1)
            for r, row in enumerate(table.rows, start=1)
            if not row.total and row.label and says(before, row.label)]
    if not rows:
        rows = _led_by(before, tables)
    if len(rows) != 1:
        return []
    t, r = rows[0]
    table = tables[t - 1]
    columns = [c for c, column in enumerate(table.columns, start=1)
               if column.kind == "value" and not column.total]
    if len(columns) != 1 or table.rows[r - 1].cells[columns[0] - 1] is None:
        return []
    return [(t, r, columns[0])]


def _ranks_column(figure, tables, place: tuple[int, int, int], writer) -> bool:
    """Whether a superlative's own figure may speak of the column its named row is ranked
    in: a share of the total ("the largest line, at 37.2% of revenue") or a figure in the
    column's unit ("the largest cost, some £9.58 a visitor"). "Engineering graduates
    reported the highest median salary, at £33,000" ranks salaries, never the table's
    student numbers."""
    from kg.namespaces import expand_iri
    from kg.read.ties import PERCENT

    t, r, c = place
    table = tables[t - 1]
    cell = table.rows[r - 1].cells[c - 1]
    return figure.unit == PERCENT or \
        figure.unit == expand_iri(writer._cell_unit(table, c - 1, cell)[0])


#: what opens the clause whose subject a superlative ranks (a comma may only set off an
#: aside on the subject, "Grants, mainly from two agencies, were our largest source", and
#: "and" may join a label's words, "Slips, trips and falls remained the largest cause")
_CLAUSE_OPEN = re.compile(r"[.;:]\s|\b(?:but|while|whereas)\s", re.I)


def _led_by(before: str, tables) -> list[tuple[int, int]]:
    """The row a clause (``before``, from its start) names by its label's first word:
    "Animal care remains the largest cost" for "Animal care and welfare", "Structural work
    was the largest call" for "Structural repairs": the clause opens on that word (a name,
    capitalised), and it leads no other row's label."""
    first = re.match(r"\s*(?:the\s+)?([A-Z][a-z]{3,})\b", before)
    if first is None:
        return []
    word = first.group(1).lower()
    return [(t, r) for t, table in enumerate(tables, start=1)
            for r, row in enumerate(table.rows, start=1)
            if not row.total and row.label.split()[:1] and
            row.label.split()[0].lower() == word]


def _at(f) -> int:
    return f.sentence.find(f.quote) if f.quote else -1


def _level_column(table, c: int) -> int | None:
    """The column whose cells the superlative ranks: the figure's own where it holds levels;
    for a share of the total ("the largest share, at 30.5%") the one column of levels the
    shares are of (a larger share is a larger amount); never a change."""
    kind = table.columns[c - 1].kind
    if kind in ("value", "gap"):  # a gap column holds each row's own remaining amount
        return c
    if kind in ("share", "percent"):
        values = [j for j, col in enumerate(table.columns, start=1)
                  if col.kind == "value" and not col.total]
        if len(values) > 1:  # "30.5% of the budget": the money, not the people counted
            values = [j for j in values if not table.columns[j - 1].count]
        return values[0] if len(values) == 1 else None
    return None


def _block(table, r: int) -> list[int]:
    """The rows (1-based) of row ``r``'s block: between the total rows around it."""
    rows = table.rows
    start = max([i for i in range(1, r) if rows[i - 1].total], default=0) + 1
    end = min([i for i in range(r + 1, len(rows) + 1) if rows[i - 1].total],
              default=len(rows) + 1)
    return [i for i in range(start, end) if not rows[i - 1].total]


def _rows_against(table, r: int, c: int) -> list[tuple[int, int]]:
    return [(i, c) for i in _block(table, r) if i != r
            and table.rows[i - 1].cells[c - 1] is not None]


def _columns_against(table, r: int, c: int) -> list[tuple[int, int]]:
    """The other period columns of row ``r``: value columns of the same unit, no total."""
    column = table.columns[c - 1]
    if column.kind != "value" or column.total:
        return []
    return [(r, j) for j, other in enumerate(table.columns, start=1)
            if j != c and other.kind == "value" and not other.total
            and other.unit == column.unit and other.header.lower() != "total"
            and table.rows[r - 1].cells[j - 1] is not None]


#: words that take rows out of a superlative's claim: "the highest figure apart from
#: Justice", "the largest except for Retail", "the busiest other than the capital"
_EXCEPT = re.compile(r"^[^,;:.()]{0,30}?\b(?:apart\s+from|except(?:\s+for)?|other\s+than|"
                     r"excluding|save\s+for|besides|aside\s+from|outside(?:\s+of)?)\s+",
                     re.I)


def _spared(rest: str, table, r: int, c: int, says) -> set[int] | None:
    """The rows the words after a superlative take out of its claim ("the highest figure
    apart from Justice, at 11.4": every row but Justice's): empty where no such words
    stand, None where they stand but name no row of the block (what is spared is unsaid)."""
    m = _EXCEPT.search(rest)
    if m is None:
        return set()
    named = {i for i in _block(table, r) if i != r
             and says(rest[m.end():m.end() + 40], table.rows[i - 1].label)}
    return named or None


def _followed(rest: str, table, r: int, c: int, says) -> int | None:
    """The row "followed by" names next in the ranking, within the superlative's clause."""
    m = _FOLLOWED.search(rest)
    if m is None:
        return None
    named = [i for i in _block(table, r) if i != r
             and says(rest[m.end():m.end() + 40], table.rows[i - 1].label)]
    return named[0] if len(named) == 1 else None


def _pairs(table, t: int, r: int, c: int, against, ranked, top: bool, writer):
    """(greater, lesser) figure ids: the named cell against the largest (smallest) of the
    others, and a row named next against the largest (smallest) of the rest."""
    def value(rc):
        return table.rows[rc[0] - 1].cells[rc[1] - 1].value

    against = [rc for rc in against if value(rc) is not None]
    if not against or value((r, c)) is None:
        return []
    out = []
    chosen = (ranked, c) if ranked is not None and (ranked, c) in against else None
    # the largest of the others is the one a superlative is checked against: it fails when
    # any other cell beats the named one
    rival = chosen or (max if top else min)(against, key=value)
    pair = ((r, c), rival) if top else (rival, (r, c))
    out.append(tuple(writer.figure_id(t, *rc) for rc in pair))
    if chosen is not None:
        rest = [rc for rc in against if rc != chosen]
        if rest:
            second = (max if top else min)(rest, key=value)
            pair = (chosen, second) if top else (second, chosen)
            out.append(tuple(writer.figure_id(t, *rc) for rc in pair))
    return out


def _second(table, t: int, r: int, c: int, against, top: bool, writer):
    """(greater, lesser) figure ids of "Pilotage was the second largest activity": the
    largest (smallest) of the others against the named cell, and the named cell against
    the largest (smallest) of the rest; together they fail unless exactly one other beats
    it."""
    def value(rc):
        return table.rows[rc[0] - 1].cells[rc[1] - 1].value

    against = [rc for rc in against if value(rc) is not None]
    if not against or value((r, c)) is None:
        return []
    first = (max if top else min)(against, key=value)
    pairs = [(first, (r, c)) if top else ((r, c), first)]
    rest = [rc for rc in against if rc != first]
    if rest:
        after = (max if top else min)(rest, key=value)
        pairs.append(((r, c), after) if top else (after, (r, c)))
    return [tuple(writer.figure_id(t, *rc) for rc in pair) for pair in pairs]
