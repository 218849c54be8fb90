"""A table that gives one amount in several currencies, column by column ("Fee (£)",
"Approx. fee (US$)"; "Billed monthly (€)", "Monthly in £"), converts each row's amount at
the rate the text states for the pair ("the converted amounts use rates of £1 = US$1.27",
"converted from euros at €1 = £0.86"): a careful reader checks every row at that rate.

The columns must name one measure (their heads' words, the currency aside, one the other's),
and the document must state exactly one rate for the two currencies; the values never choose
the pair, the words do.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from kg.read.tables import Table, column_period
from kg.read.turtle import relation

CCY = "http://qudt.org/vocab/unit/CCY_"
RATE_UNIT = "https://w3id.org/claimgraph/ns#CurrencyPerCurrency"
#: head words that say nothing of what a column measures: how it was converted, its currency
_NOISE = {"approx", "approximate", "approximately", "about", "around", "roughly", "c", "ca",
          "in", "equivalent", "equiv", "converted", "indicative", "guide", "guidance", "est",
          "estimated", "the", "of", "per", "and", "us", "local", "currency"}

#: head words that say a column's amounts are converted from another's
_CONVERTING = {"approx", "approximate", "approximately", "about", "around", "roughly", "c",
               "ca", "equivalent", "equiv", "converted", "indicative", "guide", "guidance",
               "est", "estimated"}


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A currency's name, code or sign, the longest first ("us$" before "$"), and its code."""
    from kg.authoring.suggest.text import CURRENCY_WORDS
    from kg.numbers import CURRENCIES

    names = dict(CURRENCY_WORDS)
    names.update({w + "s": c for w, c in CURRENCY_WORDS.items() if w.isalpha()})
    alts = sorted(names, key=len, reverse=True)
    # a word boundary only beside a letter: "us$" ends in a sign ("US$1.27")
    pattern = "|".join((r"\b" if n[:1].isalpha() else "") + re.escape(n) +
                       (r"\b" if n[-1:].isalpha() else "") for n in alts)
    # an ISO code only in capitals ("KES 129.4 to the US dollar"): in lower case some are
    # words ("all", "top")
    codes = sorted(c for c in CURRENCIES if c.lower() not in names)
    names.update({c.lower(): c for c in codes})
    pattern += r"|(?-i:\b(?:" + "|".join(codes) + r")\b)"
    return re.compile(f"(?:{pattern})", re.I), names


#: rate_currencies' patterns, each around every currency's name (:func:`_names`), which is
#: spelt ``{cur}`` here
_RATE_SOURCES = {
    "named_last": (r"({cur})\s*$", re.I),
    "named_first": (r"\s*({cur})", re.I),
    "equation": (r"(?:({cur})\s*1(?:\.0+)?|\b1(?:\.0+)?\s*({cur}))\s*=\s*(?:{cur})?\s*$", re.I),
    "bought": (r"\b(?:one|each|every|a|1)\s+({cur})\s+(?:bought|buys|fetched|"
               r"fetches|(?:was|is|were)\s+worth|traded\s+at|trades\s+at|"
               r"exchanged\s+for|equalled|equaled|equals)\s+(?:about\s+|"
               r"around\s+|roughly\s+|some\s+)?(?:{cur})?\s*$", re.I),
    "listed": (r"\s*(?:,\s*(?:and|or)?|and|or)\s*(?:(?:{cur})\s*)?"
               r"\d[\d,]*(?:\.\d+)?(?:\s*(?:{cur})\b)?(?!\s*=)", re.I),
    "per": (r"\s*(?:per|to\s+the|to\s+one|to\s+a|to|a|an|for\s+each|for\s+every|/)"
            r"\s*(?:one\s+)?({cur})(?:\s*1(?:\.0+)?\b)?", re.I),
}
#: what a text must hold for each of those patterns to match in it (a currency's name aside,
#: which :func:`_names` finds): a pattern is compiled (some 15 ms for each name list it
#: holds) only for a text that holds it, and most rates need two of the six
_RATE_NEEDS = {
    "equation": re.compile(r"="),
    "bought": re.compile(r"bought|buys|fetched|fetches|worth|traded|trades|exchanged|"
                         r"equalled|equaled|equals", re.I),
    "listed": re.compile(r"\s*(?:,|and|or)", re.I),
    "per": re.compile(r"\s*(?:per|to|an?|for|/)", re.I),
}


@cache
def _rate_pattern(name: str) -> re.Pattern[str]:
    """One of rate_currencies' patterns, compiled once: rebuilt as a string at each call, it
    was compiled again whenever the re module's cache (512 patterns) had let it go."""
    source, flags = _RATE_SOURCES[name]
    return re.compile(source.replace("{cur}", _names()[0].pattern), flags)


def _rate_match(name: str, text: str, *, search: bool = True) -> re.Match[str] | None:
    """``text`` searched (or matched at its start) with rate_currencies' pattern ``name``;
    None without compiling it where the text lacks what it needs."""
    need = _RATE_NEEDS.get(name)
    if need is None:
        if _names()[0].search(text) is None:  # every pattern holds a currency's name
            return None
    elif (need.search(text) if search else need.match(text)) is None:
        return None
    pattern = _rate_pattern(name)
    return pattern.search(text) if search else pattern.match(text)


def _code(word: str) -> str | None:
    return _names()[1].get(word.lower())


def rate_currencies(sentence: str, quote: str) -> tuple[str, str] | None:
    """(the currency a stated rate counts, the one it counts per), as the words around its
    number say: "£1 = US$1.27" (USD, GBP), "1 USD = 0.92 EUR" (EUR, USD), "€0.92 per US
    dollar" (EUR, USD), "US$1.25 to £1" (USD, GBP); None where they do not say both."""
    at = sentence.find(quote)
    if at < 0 or not quote:
        return None
    names = _names()[0]
    before, after = sentence[:at], sentence[at + len(quote):]
    own = names.search(quote)
    counted = _code(own.group(0)) if own else None
    if counted is None:
        m = _rate_match("named_last", before) or _rate_match("named_first", after, search=False)
        counted = _code(m.group(1)) if m else None
    if own is None and counted is not None and _rate_match("named_last", before) is None:
        after = after[_rate_match("named_first", after, search=False).end():]
    per = None
    # an equation names the currency counted per on its left: "£1 = US$1.27", "1 USD = "
    m = _rate_match("equation", before)
    if m:
        per = _code(m.group(1) or m.group(2))
    elif bought := _rate_match("bought", before):
        # what one unit of a currency bought: "one euro bought 0.86 pounds", "each Swiss
        # franc was worth €1.06"
        per = _code(bought.group(1))
    else:
        # rates listed together share the currency they count per, named once after the
        # last: "at US$1.08 and ₹93.6 to the euro", "at $1.08, £0.86 or ₹93.6 per euro"
        while (m := _rate_match("listed", after, search=False)):
            after = after[m.end():]
        m = _rate_match("per", after, search=False)
        if m:
            per = _code(m.group(1))
    if counted is None or per is None or counted == per:
        return None
    return counted, per


def stated_rates(figures) -> dict[frozenset[str], list[tuple[object, str, str]]]:
    """Each pair of currencies -> the rates the text states for it, as (figure, counted,
    per)."""
    out: dict[frozenset[str], list[tuple[object, str, str]]] = {}
    for f in figures:
        if f.unit != RATE_UNIT:
            continue
        pair = rate_currencies(f.sentence, f.quote)
        if pair is not None:
            out.setdefault(frozenset(pair), []).append((f, *pair))
    return out


def _measure(head: str) -> set[str]:
    """What a column measures, its currency and the words of converting aside: "Approx. fee
    (US$)" -> {"fee"}, "Monthly in £" -> {"monthly"}."""
    words = _names()[0].sub(" ", head.lower())
    return {w for w in re.findall(r"[a-z]+", words) if w not in _NOISE and len(w) > 1}


def _converting(head: str) -> bool:
    """Whether a column's head says its amounts are converted ("Approx. USD", "US$
    equivalent", "In euros (indicative)"), not merely which currency they are in."""
    return bool(_CONVERTING & set(re.findall(r"[a-z]+", head.lower())))


def _value(quote: str) -> Decimal | None:
    m = re.search(r"\d+(?:\.\d+)?", quote.replace(",", ""))
    return Decimal(m.group(0)) if m else None


def table_conversions(figures, tables: list[Table], writer) -> list[tuple[set[str], str]]:
    """Each row's amount in one currency column and its conversion in another, at the one
    rate the text states for the two currencies (kg.read's completions: the cell converted,
    its Turtle)."""
    rates = {pair: found for pair, found in stated_rates(figures).items()
             if len({_value(f.quote) for f, _, _ in found}) == 1}
    if not rates:
        return []
    out = []
    for t, table in enumerate(tables, start=1):
        if len({column_period(row.label) for row in table.rows} - {None}) > 1:
            # rows of several years or quarters: each converted at its own period's rate,
            # which one stated rate is not
            continue
        currency: dict[int, str] = {}
        for c, column in enumerate(table.columns):
            codes = {writer._cell_unit(table, c, row.cells[c])[0] for row in table.rows
                     if row.cells[c] is not None}
            if column.kind == "value" and len(codes) == 1 and \
                    next(iter(codes)).startswith("unit:CCY_"):
                currency[c] = next(iter(codes)).removeprefix("unit:CCY_")
        def fits(a: int, b: int) -> int:
            """How well two columns' heads name one measure of one period: 2 for the same
            words ("Fee (£)", "Approx. fee (US$)"), 1 for one's words among the other's
            ("Billed monthly (€)", "Monthly in £"), 0 for neither."""
            one, other = _measure(table.columns[a].header), _measure(table.columns[b].header)
            if column_period(table.columns[a].header) != column_period(table.columns[b].header):
                return 0
            if bool(one) != bool(other) and \
                    _converting(table.columns[b if one else a].header):
                # "Annual fee (EUR)" | "Approx. USD": a head that names only its currency and
                # that it is converted restates the measure the other names
                return 1
            if not one or not other:
                return 0
            return 2 if one == other else 1 if one <= other or other <= one else 0

        for i in currency:
            for j in currency:
                pair = frozenset((currency[i], currency[j]))
                if i >= j or len(pair) != 2 or pair not in rates or not fits(i, j):
                    continue
                # another column in either currency the words fit as well: which one the
                # conversion is of, the words do not say
                if any(k not in (i, j) and (currency[k] == currency[i] and
                                            fits(k, j) >= fits(i, j) or
                                            currency[k] == currency[j] and
                                            fits(i, k) >= fits(i, j))
                       for k in currency):
                    continue
                rate, counted, _per = rates[pair][0]
                amount, converted = (i, j) if currency[i] == counted else (j, i)
                for r, row in enumerate(table.rows, start=1):
                    if row.cells[amount] is None or row.cells[converted] is None:
                        continue
                    a = writer.figure_id(t, r, amount + 1)
                    b = writer.figure_id(t, r, converted + 1)
                    label = (f"{row.label}: {row.cells[amount].text} is "
                             f"{row.cells[converted].text} at {rate.quote}")
                    # (keyed by no sentence figure: nothing the words relate stands in for it)
                    out.append((set(),
                                relation("ConversionRelation", f":c-t{t}-r{r}", label,
                                         f"cg:amount {a} ; cg:convertedAmount {b} ; "
                                         f"cg:rate :{rate.local}")))
    return out


def sentence_conversions(figures, tables: list[Table], writer) -> list[tuple[set[str], str]]:
    """"We convert annual-billing prices at €0.92 per US dollar: Starter is €9.20, Team
    €22.08 …": each amount in the rate's other currency, set right after a row's label, is
    that row's price in the table's column the sentence's words name (its period, then the
    head's words; one column, or none)."""
    from kg.read.prices import _PER as PER, _alike, period_of

    rates = {pair: found for pair, found in stated_rates(figures).items()
             if len({_value(f.quote) for f, _, _ in found}) == 1}
    if not rates:
        return []
    out = []
    for f in figures:
        if not f.unit.startswith(CCY) or not f.quote or f.quote not in f.sentence:
            continue
        code = f.unit.removeprefix(CCY)
        at = f.sentence.find(f.quote)
        periods = {(m.group(1) or m.group(2)).lower() for m in PER.finditer(f.sentence)}
        # the words that may name a column's qualifier: not the period ("per month" is no
        # "Billed monthly")
        words = re.findall(r"[A-Za-z]+", PER.sub(" ", f.sentence))
        found = []
        for t, table in enumerate(tables, start=1):
            # the row whose label stands right before the amount ("Team €22.08")
            # ("total income is equivalent to US$31.9 million": the label is the row's,
            # lower-cased in the running sentence)
            rows = [r for r, row in enumerate(table.rows, start=1) if row.label.strip() and
                    re.search(rf"(?<![\w-]){re.escape(row.label.strip())}(?:\s+(?:is|was|at|"
                              rf"costs?|pays?|(?:is|was|are|were)\s+(?:equivalent|equal)\s+to|"
                              rf"equals?|comes?\s+to|amounts?\s+to))?\s*:?\s*$",
                              f.sentence[:at], re.I)]
            if len(rows) != 1:
                continue
            columns = []
            for c, column in enumerate(table.columns):
                cells = [row.cells[c] for row in table.rows if row.cells[c] is not None]
                units = {writer._cell_unit(table, c, cell)[0] for cell in cells}
                if column.kind != "value" or len(units) != 1 or \
                        not next(iter(units)).startswith("unit:CCY_"):
                    continue
                other = next(iter(units)).removeprefix("unit:CCY_")
                period, rest = period_of(column.header)
                if other == code or frozenset((code, other)) not in rates or \
                        (periods and period not in periods) or len(periods) > 1:
                    continue
                columns.append((sum(any(_alike(w, x) for x in words) for w in rest), c, other))
            best = max((s for s, _, _ in columns), default=0)
            chosen = [(c, other) for s, c, other in columns if s == best]
            if len(chosen) == 1 and (best > 0 or len(columns) == 1):
                found.append((t, rows[0], *chosen[0]))
        if len(found) != 1:
            continue
        t, r, c, other = found[0]
        if tables[t - 1].rows[r - 1].cells[c] is None:
            continue
        rate, counted, _per = rates[frozenset((code, other))][0]
        cell = writer.figure_id(t, r, c + 1)
        amount, converted = (f":{f.local}", cell) if code == counted else (cell, f":{f.local}")
        label = f"{tables[t - 1].rows[r - 1].label}: {f.quote} at {rate.quote} (the table)"
        out.append(({f.local},
                    relation("ConversionRelation", f":{f.claim}", label,
                             f"cg:amount {amount} ; cg:convertedAmount {converted} ; "
                             f"cg:rate :{rate.local}")))
    return out


#: what may stand between the prices of a line of prices only: "€45.80 · £38.71",
#: "€17.48 / £15.01", "(€9.20 or £7.90)"
_PRICES_APART = re.compile(r"[\s·•|/,;()≈~]*(?:(?:or|and|approx\.?|about)[\s·•|/,;()≈~]*)*",
                           re.I)


def price_lines(figures, text: str) -> list[tuple[set[str], str]]:
    """A price on a line of its own ("$49 per user / month") and, on the next, a line of
    prices only, each in another currency ("€45.80 · £38.71"): the same price shown in those
    currencies, each converted at the one rate the text states for its pair ("converted at
    1 USD = 0.92 EUR"). The layout and the stated rate say so, never the values."""
    rates = {pair: found for pair, found in stated_rates(figures).items()
             if len({_value(f.quote) for f, _, _ in found}) == 1}
    if not rates:
        return []
    by_claim: dict[str, list] = {}
    for f in figures:
        by_claim.setdefault(f.claim, []).append(f)
    claims = list(by_claim)
    folded = " ".join(text.split())
    out = []
    for before, claim in zip(claims, claims[1:]):
        line, prices = by_claim[claim], by_claim[before]
        sentence = line[0].sentence
        rest = sentence
        for f in line:
            rest = rest.replace(f.quote, " ", 1)
        if len(prices) != 1 or not prices[0].unit.startswith(CCY) or \
                not all(f.unit.startswith(CCY) and f.quote for f in line) or \
                not _PRICES_APART.fullmatch(rest):
            continue
        price = prices[0]
        # the line of prices stands right under the price's own line
        if f"{price.sentence} {sentence}" not in folded:
            continue
        code = price.unit.removeprefix(CCY)
        for f in line:
            other = f.unit.removeprefix(CCY)
            pair = frozenset((code, other))
            if other == code or pair not in rates:
                continue
            rate, counted, _per = rates[pair][0]
            amount, converted = (f, price) if other == counted else (price, f)
            out.append(({f.local},
                        relation("ConversionRelation", f":{f.claim}",
                                 f"{price.quote} shown as {f.quote} at {rate.quote}",
                                 f"cg:amount :{amount.local} ; cg:convertedAmount "
                                 f":{converted.local} ; cg:rate :{rate.local}")))
    return out
