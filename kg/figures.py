"""A figure against its quote: the encoded value and unit must say what the text says.

:func:`read_figure` returns the figure's precision, hedge and interval, derived
from the number written in its quote, or the reasons it disagrees with the quote.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD

from kg.interval import WORD_FRACTION_TOLERANCE, Interval, figure_interval
from kg.namespaces import CG, QUDT, SCHEMA
from kg.numbers import CURRENCIES, Mention, QuoteNumberError, canonical, parse_quantity
from kg.vocab import HedgeRule, Vocabulary

#: Literal datatypes that are exact decimals (xsd:integer and its kin derive from xsd:decimal).
DECIMAL_TYPES = {XSD.decimal, XSD.integer, XSD.nonNegativeInteger, XSD.positiveInteger,
                 XSD.long, XSD.int, XSD.short}


@dataclass
class FigureReading:
    """What the build derives for one figure, or why it cannot."""

    value: Decimal | None = None
    unit: URIRef | None = None
    decimals: int | None = None
    relative_tolerance: Decimal | None = None
    hedge: HedgeRule | None = None
    range_to: Decimal | None = None
    interval: Interval | None = None
    mention: Mention | None = None
    problems: list[tuple[str, str | None]] = field(default_factory=list)

    def fail(self, message: str, hint: str | None = None) -> None:
        self.problems.append((message, hint))


def decimal_literal(value: Decimal | float) -> Literal:
    """An xsd:decimal in the lexical form Turtle writers use (always with a point), so a
    graph reads back from Turtle/TriG as the very same terms."""
    text = f"{Decimal(repr(value)) if isinstance(value, float) else value:f}"
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


#: the most significant digits a value may have: decimal arithmetic keeps 28, and would
#: round the rest away unsaid
MAX_DIGITS = 28
#: the largest power of ten a value (or cg:decimals) may have, either way: more than any
#: quantity a document states, and far from what the arithmetic cannot hold
MAX_EXPONENT = 40


def decimal_value(literal: object) -> Decimal | None:
    """The exact decimal in a literal, or None when it is not an xsd:decimal/xsd:integer
    or not a value arithmetic holds exactly (:func:`decimal_problem`)."""
    value, _ = decimal_problem(literal)
    return value


def decimal_problem(literal: object) -> tuple[Decimal | None, str | None]:
    """The exact decimal in a literal, or None and what is wrong with it (None too when it is
    no xsd:decimal/xsd:integer at all): "Infinity", "NaN", 200,000 digits and "5E999999"
    parse as decimals, and would end the run in the arithmetic."""
    if not isinstance(literal, Literal) or literal.datatype not in DECIMAL_TYPES:
        return None, None
    try:
        value = Decimal(str(literal))
    except InvalidOperation:
        return None, None
    if not value.is_finite():
        return None, "is not a number"
    if value:
        significant = len(bytes(value.as_tuple().digits).rstrip(b"\0"))  # no trailing zeros
        if significant > MAX_DIGITS:
            return None, f"has {significant:,} significant digits, more than {MAX_DIGITS}"
        if abs(value.adjusted()) > MAX_EXPONENT:
            return None, f"is out of range (beyond 1E+{MAX_EXPONENT} or 1E-{MAX_EXPONENT})"
    return value, None


def read_figure(graph: Graph, figure: URIRef, quote: str, vocab: Vocabulary) -> FigureReading:
    """Check ``figure`` against the number written in ``quote`` and derive its interval."""
    r = FigureReading()
    raw_value = graph.value(figure, QUDT.numericValue)
    if raw_value is None:
        r.fail("figure has no qudt:numericValue", "give its exact value, e.g. 910000000")
    else:
        r.value, wrong = decimal_problem(raw_value)
        if wrong is not None:
            r.fail(f"qudt:numericValue {_shown_literal(raw_value)} {wrong}",
                   "write the value as the text states it, e.g. 9100000000 or 57.7")
        elif r.value is None:
            r.fail(f"qudt:numericValue {raw_value.n3() if hasattr(raw_value, 'n3') else raw_value} "
                   "is not an exact decimal",
                   "write a plain decimal such as 9100000000 or 57.7 (not 9.1e9, which is a "
                   "double, nor a string)")
    r.unit = _unit(graph, figure, vocab, r)
    try:
        r.mention = parse_quantity(quote)
    except QuoteNumberError as exc:
        r.fail(f"cannot read the figure's quote: {exc}", "quote just the number and its unit")
        return r
    if r.value is None or r.unit is None:
        return r
    _agree_value(graph, figure, r, vocab)
    _agree_unit(graph, figure, r, vocab)
    if not r.problems:
        _derive_precision(graph, figure, r, vocab)
    return r


def _unit(graph: Graph, figure: URIRef, vocab: Vocabulary, r: FigureReading) -> URIRef | None:
    unit = graph.value(figure, QUDT.unit)
    if unit is None:
        r.fail("figure has no qudt:unit", "e.g. qudt:unit unit:CCY_USD, unit:PERCENT or unit:NUM")
        return None
    if unit not in vocab.unit_codes:
        known = ", ".join(sorted(_short(u) for u in vocab.unit_codes))
        r.fail(f"unknown unit <{unit}>", f"known units: {known}")
        return None
    return URIRef(unit)


def _short(unit: URIRef) -> str:
    text = str(unit)
    return "unit:" + text.rsplit("/", 1)[1] if "qudt.org/vocab/unit/" in text else \
        "cg:" + text.rsplit("#", 1)[1]


def _agree_value(graph: Graph, figure: URIRef, r: FigureReading, vocab: Vocabulary) -> None:
    m = r.mention
    assert m is not None and r.value is not None
    if m.kind == "date":
        r.fail(f"the quote {m.text!r} is a date, not an amount",
               "encode it as a cg:StatedDate with cg:date")
        return
    if m.readings:
        if r.value not in m.readings:
            r.fail(f"value {r.value:f} disagrees with the quote: {m.note}")
        elif graph.value(figure, CG.readingNote) is None:
            r.fail(f"the quote's number is garbled: {m.note}",
                   "say which reading the figure takes and why in cg:readingNote")
        return
    scale = _scale(graph, figure, r)
    written = m.value.scaleb(scale) if m.value is not None else None
    if written is not None and m.kind == "fraction" and \
            abs(r.value - written) < Decimal("0.0000005"):
        pass  # "a third" written down to six places (0.333333) by an older kg is the same
    elif written is not None and canonical(r.value) != canonical(written):
        r.fail(f"value {canonical(r.value):f} disagrees with the quote {m.text!r}, "
               f"which reads {canonical(written):f}" + (f" (its {_scale_word(scale)} from "
                                                         "cg:scale)" if scale else ""))
    raw_range = graph.value(figure, CG.rangeTo)
    range_to, wrong = decimal_problem(raw_range)
    if wrong is not None:
        r.fail(f"cg:rangeTo {_shown_literal(raw_range)} {wrong}")
        return
    if m.upper is not None:
        if range_to is None or canonical(range_to) != m.upper:
            r.fail(f"the quote {m.text!r} is a range up to {m.upper:f}",
                   f"add cg:rangeTo {m.upper:f}")
        r.range_to = m.upper
    elif range_to is not None:
        r.fail(f"cg:rangeTo {range_to:f} but the quote {m.text!r} is not a range")


#: the largest power of ten a table's caption applies ("trillions" is 12)
MAX_SCALE = 15
#: the smallest: a hundredth, for a row or head in pence ("Dividend per share (pence)") whose
#: figures are pounds
MIN_SCALE = -2


def _scale(graph: Graph, figure: URIRef, r: FigureReading) -> int:
    """The power of ten that a caption or header ("millions of dollars") applies to the
    number written in the quote; 0 where the quote says it all."""
    literal = graph.value(figure, CG.scale)
    if literal is None:
        return 0
    value = literal.toPython() if isinstance(literal, Literal) else None
    if not isinstance(value, int) or isinstance(value, bool) or \
            not MIN_SCALE <= value <= MAX_SCALE:
        r.fail(f"cg:scale {literal} is not a power of ten from {MIN_SCALE} to {MAX_SCALE}",
               "e.g. cg:scale 6 for a table in millions")
        return 0
    return value


def _scale_word(scale: int) -> str:
    return {3: "thousands", 5: "lakhs", 6: "millions", 7: "crores", 9: "billions",
            12: "trillions"}.get(
        scale, f"10^{scale}")


def _agree_unit(graph: Graph, figure: URIRef, r: FigureReading, vocab: Vocabulary) -> None:
    m = r.mention
    assert m is not None and r.unit is not None
    code = vocab.unit_codes[r.unit]
    if m.unit is not None:
        if code == "UNITLESS" and re.search(r"\d\s*(?:p|pence)$", m.text) and \
                graph.value(figure, SKOS.editorialNote) is not None:
            return  # "for every £1 we spent, 82p went ...": a share, said in the note
        if m.unit == "USD" and code != m.unit and not re.search(r"U\.?S", m.text) and \
                graph.value(figure, SKOS.editorialNote) is not None and _a_dollar(code):
            return  # "$742,000" where the text's dollar is Canada's: the note says so
        if code == {"KG": "KG/HA", "TONNE": "T/HA"}.get(m.unit) and \
                graph.value(figure, SKOS.editorialNote) is not None:
            return  # "16.7 kg of nitrogen retained per hectare": the words put it per hectare
        if m.unit == "CNY" and code == "JPY" and "¥" in m.text and \
                graph.value(figure, SKOS.editorialNote) is not None:
            return  # "¥96,175" where the text's "¥" is the yen: the note says so
        if m.unit == "GBP" and code == "LB" and re.search(r"\bpounds?\s*$", m.text, re.I) and \
                graph.value(figure, SKOS.editorialNote) is not None:
            return  # "5.42 million pounds" of coffee in a text that counts dollars: the note
        if code == "RATE" and m.unit in CURRENCIES and \
                graph.value(figure, SKOS.editorialNote) is not None:
            return  # "R18,42 to the US dollar": a rate in the currency it counts, so noted
        if code != m.unit:
            r.fail(f"unit {_short(r.unit)} disagrees with the quote {m.text!r}, which is in "
                   f"{_short(vocab.units[m.unit]) if m.unit in vocab.units else m.unit}")
    elif m.kind in ("fraction", "multiplier"):
        if m.kind == "fraction" and code == "PERCENT" and _scale(graph, figure, r) == 2 and \
                graph.value(figure, SKOS.editorialNote) is not None:
            return  # "fell by a quarter": the fraction in percent (x 10^2), said in the note
        if code != "UNITLESS":
            r.fail(f"the quote {m.text!r} is a {'fraction' if m.kind == 'fraction' else 'factor'}"
                   "; its unit must be unit:UNITLESS")
    elif code in ("PERCENT", "PERCENT_POINT") and graph.value(figure, SKOS.editorialNote) is None:
        r.fail(f"unit {_short(r.unit)} but the quote {m.text!r} writes no percent sign or word",
               "say where the unit comes from (a table's column header) in skos:editorialNote")
    elif code in CURRENCIES and graph.value(figure, SKOS.editorialNote) is None:
        r.fail(f"unit {_short(r.unit)} but the quote {m.text!r} names no currency",
               "say where the currency comes from in skos:editorialNote")


def _a_dollar(code: str) -> bool:
    """Whether a currency is a dollar (CLDR's English name: "Canadian Dollar")."""
    from babel import Locale
    return "dollar" in (Locale("en").currencies.get(code) or "").lower()


def _derive_precision(graph: Graph, figure: URIRef, r: FigureReading, vocab: Vocabulary) -> None:
    m = r.mention
    assert m is not None and r.value is not None
    explicit = graph.value(figure, CG.decimals)
    if explicit is not None:
        r.decimals = _explicit_decimals(explicit)
        if r.decimals is None:
            r.fail(f"cg:decimals {_shown_literal(explicit)} is not a whole number from "
                   f"-{MAX_EXPONENT} to {MAX_EXPONENT}",
                   "the power of ten the value is rounded to, negated: -8 for hundreds of "
                   "millions, 1 for tenths")
            return
    elif m.kind in ("number", "range"):
        # "4,020" in a table of millions is as precise as its last digit: ±0.5 million
        r.decimals = m.decimals - _scale(graph, figure, r) if m.decimals is not None \
            else m.decimals
        if r.decimals == -1 and m.decimals == -1 and m.scale == 0 and r.value >= 1000 and \
                vocab.unit_codes.get(r.unit) in CURRENCIES:
            # "£1,810", "$2,460": a sum of money written to the unit with three figures or
            # more before its one trailing zero is a price or an amount as charged, not one
            # rounded to the ten (a writer who rounds money rounds to the hundred or the
            # thousand: "£31,500", "$2,000", which keep their loose reading); read as ±£5,
            # "from £1,510 to £1,580, up 4.4%" (4.6%) would pass unchecked
            r.decimals = 0
    elif m.kind == "word":
        # "two" is exact; "a trillion" is as loose as its one significant digit
        r.decimals = 0 if m.value is not None and m.value < 100 else -m.value.adjusted()
    elif m.kind in ("fraction", "multiplier"):
        # "a quarter", "doubled": as loose as words are
        r.relative_tolerance = WORD_FRACTION_TOLERANCE
    hedge_iri = graph.value(figure, CG.hedge)
    if hedge_iri is not None:
        r.hedge = vocab.hedge_by_iri.get(URIRef(hedge_iri))
        if r.hedge is None:
            r.fail(f"unknown hedge <{hedge_iri}>",
                   "known hedges: " + ", ".join(sorted(vocab.hedges)))
            return
    elif m.hedge is not None:
        r.hedge = vocab.hedges[m.hedge]
    r.interval = figure_interval(r.value, decimals=r.decimals,
                                 relative_tolerance=r.relative_tolerance, hedge=r.hedge,
                                 range_to=r.range_to)
    if _whole_count(graph, figure, r, vocab):
        # "45 missions", "23 and 21": things counted one by one are a whole number, so the
        # half a unit either side of "45" holds no other value; read as 44.5 to 45.5, a
        # running total one short of its parts would pass
        r.interval = Interval(r.value, r.value)


#: the roles in which a count of things adds up exactly: parts and totals, a gap between
#: two counts ("23 missions and 21 more make 44")
_COUNT_ROLES = (CG.total, CG.part, CG.minuend, CG.subtrahend, CG.difference)
#: the roles of a quotient and its terms (a share, a ratio, a change, an average, a
#: multiple): a count there keeps its half unit, as a rounded number it is set against may
#: have been rounded twice ("201 of 248, 81.1%": 81.048% rounded to 81.05, then to 81.1)
_ROUNDED_ROLES = (CG.average, CG.ratio, CG.change, CG.rate, CG.factor, CG.growthRate,
                  CG.share, CG.multiple, CG.base, CG.portion, CG.whole, CG.numerator,
                  CG.denominator, CG.initial, CG.final, CG.aggregate, CG["count"])


def _whole_count(graph: Graph, figure: URIRef, r: FigureReading, vocab: Vocabulary) -> bool:
    """Whether the figure is a count of things written to the unit: unit:NUM, a whole
    number with no scale word ("45", "twelve", not "1.2 million" nor "4 thousand" in a
    table of thousands), no hedge, no range, a part, total or gap of some sum or difference
    and no term of a quotient ("an average of 19 visitors a day", "81.1% of 248")."""
    if vocab.unit_codes.get(r.unit) != "NUM" or r.decimals != 0 or r.hedge is not None or \
            r.range_to is not None or r.relative_tolerance is not None or \
            r.value != r.value.to_integral_value():
        return False
    if any(True for role in _ROUNDED_ROLES for _ in graph.subjects(role, figure)):
        return False
    return any(True for role in _COUNT_ROLES for _ in graph.subjects(role, figure))


def _explicit_decimals(literal: object) -> int | None:
    """cg:decimals as a whole number within :data:`MAX_EXPONENT`, or None."""
    if not isinstance(literal, Literal):
        return None
    try:
        value = Decimal(str(literal))
    except InvalidOperation:
        return None
    if not value.is_finite() or abs(value) > MAX_EXPONENT or value != value.to_integral_value():
        return None
    return int(value)


def _shown_literal(literal: object) -> str:
    """A literal as a message shows it: cut short (it may be 200,000 digits long)."""
    text = str(literal)
    return text if len(text) <= 60 else f"{text[:24]}...{text[-12:]} ({len(text):,} characters)"


def read_date(graph: Graph, node: URIRef, quote: str) -> tuple[dt.date | None, list[str]]:
    """A stated date against its quote: the month and day (and year, if written) must match."""
    literal = graph.value(node, CG.date)
    if literal is None and recurs_yearly(graph, node):
        return None, _recurring_messages(graph, node, quote)
    if literal is None and graph.value(node, CG.monthDay) is not None:
        return None, [f"the text gives {quote!r} without a year: add cg:date with the year "
                      "(e.g. \"2014-11-28\"^^xsd:date) and say where it comes from in "
                      "skos:editorialNote, or, for a day of every year, add "
                      "schema:repeatFrequency \"P1Y\""]
    if not isinstance(literal, Literal) or literal.datatype != XSD.date:
        return None, ["stated date has no cg:date of type xsd:date (e.g. \"2014-11-28\"^^xsd:date)"]
    value = literal.toPython()
    if not isinstance(value, dt.date):
        return None, [f"cg:date {literal} is not a valid date"]
    try:
        m = parse_quantity(quote)
    except QuoteNumberError as exc:
        return value, [f"cannot read the date's quote: {exc}"]
    if m.kind != "date" or m.month_day is None:
        return value, [f"the quote {m.text!r} is not a date"]
    if (value.month, value.day) != m.month_day or (m.date and m.date != value):
        return value, [f"cg:date {value.isoformat()} disagrees with the quote {m.text!r}"]
    return value, []


#: schema.org's repeat frequency of a yearly schedule: "every year on November 11"
EVERY_YEAR = Literal("P1Y")


def recurs_yearly(graph: Graph, node: URIRef) -> bool:
    """Whether a stated date is a day of every year (``schema:repeatFrequency "P1Y"``)."""
    return (node, SCHEMA.repeatFrequency, EVERY_YEAR) in graph


def _recurring_messages(graph: Graph, node: URIRef, quote: str) -> list[str]:
    """A day of every year against its quote: it has a month and day, and they are the
    quote's."""
    literal = graph.value(node, CG.monthDay)
    if literal is None:
        return ['a date of every year needs its cg:monthDay (e.g. "--11-11"^^xsd:gMonthDay)']
    match = re.fullmatch(r"--(\d\d)-(\d\d)", str(literal))
    if literal.datatype != XSD.gMonthDay or match is None:
        return [f'cg:monthDay {literal} is not a month and day (e.g. "--11-11"^^xsd:gMonthDay)']
    try:
        m = parse_quantity(quote)
    except QuoteNumberError as exc:
        return [f"cannot read the date's quote: {exc}"]
    if m.kind != "date" or m.month_day is None:
        return [f"the quote {m.text!r} is not a date"]
    if (int(match[1]), int(match[2])) != m.month_day:
        return [f"cg:monthDay {literal} disagrees with the quote {m.text!r}"]
    if m.date is not None:
        return [f"the quote {m.text!r} gives a year: a date of every year has none "
                "(drop schema:repeatFrequency and give cg:date)"]
    return []
