"""Prices in a table, checked as a careful reader checks a pricing page.

A table of prices a month beside the same prices a year ("Billed annually, per month" and
"Per year, billed annually"; "Per month" and "Per year"): each row's year is its month's
price spread over the months the text counts in a year ("Annual plans are paid up front for
12 months"). The columns pair where their heads say the same once the period is set aside;
the count is the number of months the text writes (a figure of its own, never one kg read
supplies).

A table of prices per user, and a sentence that prices a number of users on a plan it names
("a team of 15 on the Team plan billed annually pays $4,320 a year"): the sentence's amount
is the row's price per user times the users, in the column its words name (its period, and
the head's words in the amount's own clause).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kg.read.tables import Table
from kg.read.turtle import relation

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
#: a head that multiplies: "12 × monthly", "Monthly x 12", "twelve times monthly"
_TIMES = re.compile(r"[×*]|\bx\s*\d|\d\s*x\b|\btimes\b", re.I)
#: words that say how a period's amount makes a span's ("the yearly charge divided by 12")
_RULE = re.compile(r"\b(?:divided|divide|divides|multiplied|multiply|times)\b|×", re.I)


def period_of(head: str) -> tuple[str | None, frozenset[str]]:
    """The period a column's prices are for and the head's other words: "Per year, billed
    monthly" -> ("year", {"billed", "monthly"}); "Annual price" -> ("year", {"price"})."""
    if _TIMES.search(head):
        return None, frozenset()  # "12 × monthly": a span's amount made of periods'
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
                out.append(_row_average(writer, t, r, y, count, m, label))
    return out


#: a table whose prices are each one user's: "All prices … per user", "(per seat)"
_PER_USER = re.compile(r"\bper\s+(?:user|seat|person|member|licen[cs]e|head|employee|"
                       r"agent|editor)s?\b", re.I)
#: the amount's period as the words after it say: "$4,320 a year", "€290 per month"
_AFTER = re.compile(r"^\s*(?:a|an|per|each|every)\s+" + _PERIOD + r"\b", re.I)
COUNT_UNIT = "http://qudt.org/vocab/unit/NUM"
#: a price the sentence says is not the list price
_DISCOUNT = re.compile(r"\b(?:discount\w*|off|reduced|rebate|cheaper|promotion\w*|coupon|"
                       r"voucher)\b", re.I)
_NOT_VERB = {"it", "them", "us", "you", "him", "her", "me", "about", "around", "roughly",
             "some", "nearly", "almost", "just", "over", "only", "under", "at", "least", "up",
             "to"}


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _alike(a: str, b: str) -> bool:
    """Two words of one stem: "saves" and "save", "annual" and "annually"."""
    a, b = _stem(a), _stem(b)
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a == b or (n >= 5 and n >= min(len(a), len(b)) - 3)


def table_seats(figures, tables: list[Table], writer) -> list[tuple[set[str], str]]:
    """"A team of 15 on the Team plan billed annually pays $4,320 a year": the amount over
    the users, each at the price the table gives the named row in the column the words name
    (kg.read's completions: the sentence's amount, its Turtle)."""
    by_claim: dict[str, list] = {}
    for f in figures:
        by_claim.setdefault(f.claim, []).append(f)
    out = []
    for claim, said in by_claim.items():
        sentence = said[0].sentence
        if _DISCOUNT.search(sentence) or any(f.unit == UNIT + "PERCENT" for f in said):
            continue  # "teams of 60 get 10% off, so pay €1,566": not the table's price
        counts = [f for f in said if f.unit == COUNT_UNIT]
        for total in said:
            if not total.unit.startswith(UNIT + "CCY_") or total.quote not in sentence:
                continue
            at = sentence.find(total.quote)
            period = _AFTER.match(sentence[at + len(total.quote):])
            users = [c for c in counts if 0 <= sentence.find(c.quote) < at]
            if period is None or len(users) != 1:
                continue
            # the amount's own clause: back to the figure before it
            start = max([sentence.find(f.quote) + len(f.quote) for f in said
                         if 0 <= sentence.find(f.quote) < at] + [0])
            clause = re.findall(r"[A-Za-z]+", sentence[start:at])
            # the verb before it, past an object pronoun or a hedge ("saves it about $960")
            verb = next((w for w in reversed(clause) if w.lower() not in _NOT_VERB), "")
            found = []
            for t, table in enumerate(tables, start=1):
                if not _PER_USER.search(f"{table.caption} {table.header_line}"):
                    continue
                rows = [r for r, row in enumerate(table.rows, start=1) if row.label.strip() and
                        re.search(rf"(?<![\w-]){re.escape(row.label.strip())}(?![\w-])",
                                  sentence)]
                columns = []
                for c, column in enumerate(table.columns):
                    cells = [row.cells[c] for row in table.rows if row.cells[c] is not None]
                    units = {writer._cell_unit(table, c, cell)[0] for cell in cells}
                    head_period, rest = period_of(column.header)
                    # a saving's column ("You save per year") is amounts too, each user's
                    currency = "unit:CCY_" + total.unit.rsplit("CCY_", 1)[1]
                    if column.kind not in ("value", "gap") or units != {currency} or \
                            head_period != period.group(1).lower():
                        continue
                    # the head's words the clause says, the verb before the amount doubly
                    # ("saves it $960": "You save per year")
                    score = sum(any(_alike(w, x) for x in clause) for w in rest) + \
                        sum(_alike(w, verb) for w in rest)
                    columns.append((score, c))
                best = max((sc for sc, _ in columns), default=0)
                chosen = [c for sc, c in columns if sc == best]
                if len(rows) == 1 and len(chosen) == 1 and (best > 0 or len(columns) == 1):
                    found.append((t, rows[0], chosen[0]))
            if len(found) != 1:
                continue
            t, r, c = found[0]
            cell = tables[t - 1].rows[r - 1].cells[c]
            if cell is None:
                continue
            label = f"{total.quote} ÷ {users[0].quote} = {cell.text} each (the table)"
            out.append(({total.local},
                        relation("AverageRelation", f":{claim}", label,
                                 f"cg:aggregate :{total.local} ; cg:count :{users[0].local} ; "
                                 f"cg:average {writer.figure_id(t, r, c + 1)}")))
    return out



#: a column of what one thing comes to: "Per person", "Each", "Per pupil (£)", "Cost per head"
_EACH_HEAD = re.compile(r"^(?:[a-z]+\s+)?(?:per|each|a)\s+([a-z]+)\b|^each\b", re.I)
#: a whole number a head writes ("Group of 28", "All 28 pupils", "Total (28 people)"), never
#: a year, a percent or a part of a decimal
_HEAD_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\s*%)(?![\d.,]\d)")
#: the words of a head that says it is of all the things together
_WHOLE_HEAD = re.compile(r"\b(?:group|all|total|whole|together|altogether|combined|for|"
                         r"team|class|party)\b", re.I)


def _row_average(writer, t: int, r: int, aggregate: int, count, average: int,
                 label: str) -> tuple[set[str], str]:
    """Row ``r`` of table ``t``: its cell in column ``aggregate`` over the text's figure
    ``count`` is its cell in column ``average`` (columns counted from 0)."""
    return (set(), relation("AverageRelation", f":c-t{t}-r{r}", label,
                            f"cg:aggregate {writer.figure_id(t, r, aggregate + 1)} ; "
                            f"cg:count :{count.local} ; "
                            f"cg:average {writer.figure_id(t, r, average + 1)}"))


def _head_count(head: str) -> Decimal | None:
    """The number of things a column of their whole writes in its head: "Group of 28" -> 28,
    "All 120 pupils" -> 120; None where it writes none, several, or a year."""
    found = [n for n in _HEAD_NUMBER.findall(head)
             if not re.fullmatch(r"(?:19|20)\d\d", n)]
    if len(found) != 1 or not _WHOLE_HEAD.search(head):
        return None
    return Decimal(found[0].replace(",", ""))


def table_group_averages(figures, tables: list[Table], writer) -> list[tuple[set[str], str]]:
    """A column of what each thing comes to ("Per person") beside one of what all of them
    come to whose head writes how many they are ("Group of 28"): in each row the group's
    amount is the number of things times the amount each, so the one cell is the other's
    average over that number, which the text writes as a figure of its own ("28 of us
    altogether") - the figure the head's number is, where the text writes that number as a
    count exactly once (kg.read's completions: no sentence figure, its Turtle)."""
    out = []
    for t, table in enumerate(tables, start=1):
        cols = table.columns
        each = [c for c, col in enumerate(cols) if col.kind == "value" and
                _EACH_HEAD.search(col.header.strip()) and
                period_of(col.header)[0] is None and not _HEAD_NUMBER.search(col.header)]
        groups = [(c, n) for c, col in enumerate(cols) if col.kind == "value" and
                  (n := _head_count(col.header)) is not None and c not in each]
        if len(each) != 1 or len(groups) != 1:
            continue
        e, (g, n) = each[0], groups[0]
        counts = [f for f in figures if f.unit == COUNT_UNIT and
                  _count_value(f.quote) == n and re.fullmatch(r"[\d,]+", f.quote.strip())]
        if len(counts) != 1:
            continue  # the text writes the number as no count, or as several: which is open
        count = counts[0]
        for r, row in enumerate(table.rows, start=1):
            cells = row.cells[e], row.cells[g]
            if None in cells or any(c.percent for c in cells):
                continue
            units = {writer._cell_unit(table, c, row.cells[c])[:2] for c in (e, g)}
            if len(units) != 1:
                continue  # the amount each and the group's in two units: no one average
            label = (f"{row.label}: {cols[g].header} {cells[1].text} ÷ {count.quote} = "
                     f"{cells[0].text} {cols[e].header.lower()}")
            out.append(_row_average(writer, t, r, g, count, e, label))
    return out


#: a row of earnings per share: "Diluted EPS ($)", "Basic earnings per share (cents)"
_EPS_ROW = re.compile(r"\b(?:EPS|earnings\s+per\s+(?:ordinary\s+|equity\s+)?share)\b", re.I)
#: a row of the profit earnings per share are of: "Net income", "Profit after tax", "NPAT"
_PROFIT_ROW = re.compile(r"^(?:(?:underlying|adjusted|statutory|reported)\s+)?(?:net\s+"
                         r"(?:income|profit|earnings)|profit\s+after\s+tax|profit\s+for\s+the\s+"
                         r"(?:year|period|quarter|half)|npat)\b", re.I)
#: a row of the shares they are over: "Diluted shares (millions)", "Weighted average shares"
_SHARES_ROW = re.compile(r"\bshares\b", re.I)
#: a sentence's count of shares: "on 9.62 crore shares outstanding", "Paid-up equity: 8.005
#: crore shares of ₹2 each", "based on 68.0 million weighted-average diluted shares"
_SHARES_AFTER = re.compile(r"^\s*(?:weighted[- ]average\s+)?(?:(?:diluted|basic|ordinary|"
                           r"equity)\s+)?shares\b", re.I)
#: the words that say which earnings or shares a row is of
_KINDS = ("diluted", "basic", "underlying", "adjusted", "statutory", "reported")


def _kinds(label: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", label.lower()) if w in _KINDS}


def table_per_share(figures, tables: list[Table], writer) -> list[tuple[set[str], str]]:
    """A table whose rows are measures, one of them earnings per share ("Diluted EPS ($)"):
    in each column the row is the profit row's amount ("Net income") over the shares, the
    row that counts them ("Diluted shares (millions)"), else the one count of shares the
    text writes ("on 9.62 crore shares outstanding"). The rows' own words pick them (a
    profit and a count of shares of the same kind, where they name one: "Underlying EPS"
    is of "Underlying NPAT", "Diluted EPS" of diluted shares), never the values
    (kg.read's completions: no sentence figure, its Turtle)."""
    out = []
    said = [f for f in figures if f.unit == COUNT_UNIT and f.quote in f.sentence and
            _SHARES_AFTER.match(f.sentence[f.sentence.find(f.quote) + len(f.quote):])]
    for t, table in enumerate(tables, start=1):
        rows = [(r, row) for r, row in enumerate(table.rows) if row.label.strip()]
        eps = [(r, row) for r, row in rows if _EPS_ROW.search(row.label)]
        if len(eps) != 1:
            continue  # (two of them, basic and diluted: which shares each is over, the
            # rows may say, but one row of each is the plain case)
        e, eps_row = eps[0]
        kinds = _kinds(eps_row.label)
        profits = [(r, row) for r, row in rows if _PROFIT_ROW.match(row.label.strip())]
        # "Underlying EPS" of "Underlying NPAT", never "Statutory NPAT"
        profits = [(r, row) for r, row in profits if _kinds(row.label) <= kinds] if \
            len(profits) > 1 else profits
        shares = [(r, row) for r, row in rows if r != e and _SHARES_ROW.search(row.label)
                  and not re.search(r"\bper\b", row.label, re.I)]
        shares = [(r, row) for r, row in shares
                  if not (_kinds(row.label) & {"diluted", "basic"}) or
                  _kinds(row.label) & kinds & {"diluted", "basic"}]
        if len(profits) != 1 or len(shares) > 1:
            continue
        p, profit_row = profits[0]
        count = None
        if not shares:
            # (no row counts them: the one count of shares of their kind the text writes)
            fit = [f for f in said if not (_kinds(_SHARES_AFTER.match(
                f.sentence[f.sentence.find(f.quote) + len(f.quote):]).group(0)) -
                kinds) & {"diluted", "basic"}]
            if len(fit) != 1:
                continue
            count = fit[0]
        for c, column in enumerate(table.columns):
            cells = [eps_row.cells[c], profit_row.cells[c]] + \
                ([shares[0][1].cells[c]] if shares else [])
            if column.kind != "value" or any(x is None or x.value is None or x.percent
                                             for x in cells):
                continue
            read = [writer._cell_unit(table, c, x) for x in cells]
            units = [u[0] for u in read]
            if units[0] != units[1] or not units[0].startswith("unit:CCY_") or \
                    shares and (units[2] != "unit:NUM" or not read[2][1]):
                continue  # (earnings per share in the profit's currency, over a count of
                # shares its words scale: "Diluted shares (millions)"; a row that leaves
                # its scale unsaid under a caption of money in millions is read unscaled)
            if count is not None and writer.periods.get(count.local) not in (
                    None, writer.periods.get(writer.figure_id(t, e + 1, c + 1).lstrip(":"))):
                continue  # (the text's count is of its own period: "based on 68.0 million
                # shares" in the year's note says nothing of the year before)
            over = writer.figure_id(t, shares[0][0] + 1, c + 1) if shares else f":{count.local}"
            label = (f"{column.header}: {profit_row.label} {cells[1].text} ÷ "
                     f"{shares[0][1].label + ' ' + cells[2].text if shares else count.quote}"
                     f" = {eps_row.label} {cells[0].text}")
            out.append((set(), relation("AverageRelation", f":c-t{t}-r{e + 1}", label,
                                        f"cg:aggregate {writer.figure_id(t, p + 1, c + 1)} ; "
                                        f"cg:count {over} ; "
                                        f"cg:average {writer.figure_id(t, e + 1, c + 1)}")))
    return out
