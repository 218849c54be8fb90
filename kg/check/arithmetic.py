"""The arithmetic of a check, written out for people.

Only presentation: whether a relation holds is decided by the shapes; these
functions spell out the numbers the shape's query computed ("910 million +
2.3 billion = 3.21 billion US dollars; stated total 11.4 billion US dollars").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.namespaces import CG, QUDT
from kg.numbers import (
    QuoteNumberError,
    canonical,
    describe,
    describe_interval,
    interval_digits,
    parse_quantity,
    significant,
)
from kg.vocab import vocabulary

Row = dict[str, Node]


def unit_code(graph: Graph, figure: Node) -> str | None:
    unit = graph.value(figure, QUDT.unit)
    return vocabulary().unit_codes.get(URIRef(unit)) if unit is not None else None


def value_of(graph: Graph, figure: Node) -> Decimal | None:
    v = graph.value(figure, QUDT.numericValue)
    return Decimal(str(v)) if v is not None else None


def fig(graph: Graph, figure: Node | None) -> str:
    """A figure as the text writes it ("$159.55", "close to two thirds"), never rounded; a
    derived figure says how it is computed."""
    if figure is None:
        return "?"
    v = value_of(graph, figure)
    if v is None:
        return str(figure)
    unit = unit_code(graph, figure)
    if (figure, RDF.type, CG.DerivedFigure) in graph:
        return f"{describe(v, unit if unit != 'UNITLESS' else None)} " \
               f"({derivation(graph, figure)})"
    quote = graph.value(figure, CG.quote)
    shown = describe(v, None if unit == "UNITLESS" else unit, significant(v))
    if quote is None:
        return shown
    written = " ".join(str(quote).split())
    try:
        m = parse_quantity(written)
    except QuoteNumberError:
        return f"{written} ({shown})"
    # a number in words or garbled ("a quarter", "24 2%"): its value beside it
    if m.readings or m.kind in ("fraction", "word", "multiplier", "indefinite"):
        return f"{written} ({shown})"
    if m.value is not None and canonical(m.value) != canonical(v):
        return shown  # a value assumed for a what-if: the text's words no longer say it
    return written


_SYMBOLS = {"Add": " + ", "Subtract": " − ", "Multiply": " × ", "Divide": " ÷ "}


def derivation(graph: Graph, node: Node) -> str:
    """How a derived figure is computed, in its operands' own words."""
    from kg.derived import operands_of
    operation = str(graph.value(node, CG.operation) or "").rsplit("#", 1)[-1]
    operands = operands_of(graph, node)

    def term(o: Node) -> str:
        if (o, RDF.type, CG.DerivedFigure) in graph:
            return f"({derivation(graph, o)})"
        quote = graph.value(o, CG.quote)
        return str(quote) if quote is not None else fig(graph, o)

    if operation == "Convert" and operands:
        into = unit_code(graph, node)
        relation = graph.value(node, CG.atImpliedRateOf)
        if relation is not None:
            a, c = graph.value(relation, CG.amount), graph.value(relation, CG.convertedAmount)
            av, cv = value_of(graph, a), value_of(graph, c)
            rate = describe(av / cv, None) if av and cv else "?"
            return (f"{term(operands[0])} at the document's own rate, {rate} "
                    f"{unit_code(graph, a)} per {into} ({fig(graph, a)} for {fig(graph, c)})")
        rate_figure = graph.value(node, CG.atRate)
        if rate_figure is None:  # another scale of one dimension: QUDT's multipliers
            factor = vocabulary().factor(unit_code(graph, operands[0]), into)
            return f"{term(operands[0])} × {describe(factor, None) if factor else '?'}, QUDT"
        return f"{term(operands[0])} at {fig(graph, rate_figure)}"
    return _SYMBOLS.get(operation, " ? ").join(term(o) for o in operands)


def num(row: Row, name: str) -> Decimal | None:
    v = row.get(name)
    return Decimal(str(v)) if isinstance(v, Literal) else None


def interval(row: Row, prefix: str, unit: str | None) -> str:
    return describe_interval(num(row, f"{prefix}Low"), num(row, f"{prefix}High"), unit)


def computed(row: Row, unit: str | None, prefix: str = "computed") -> str:
    """A computed value to the precision that shows its interval (as many digits as tell
    the interval's ends apart)."""
    value = num(row, prefix)
    if value is None:
        return "?"
    return describe(value, unit, interval_digits(num(row, f"{prefix}Low"),
                                                 num(row, f"{prefix}High"), unit))


def expected_observed(kind: str, graph: Graph, relation: Node, row: Row) -> tuple[str | None, str | None]:
    """What the other figures imply and what the text states, with intervals."""
    if kind in ("sum", "difference", "ratio", "percent-change", "conversion", "average",
                "multiple", "share", "growth", "restatement", "reference") and "computed" in row:
        unit = _result_unit(kind, graph, row)
        stated = num(row, "stated")
        if num(row, "computed") is None or stated is None:
            return None, None
        written = row.get("value")
        as_written = fig(graph, written) if written is not None and \
            value_of(graph, written) == stated else describe(stated, unit, significant(stated))
        return (f"{computed(row, unit)} ({interval(row, 'computed', unit)})",
                f"{as_written} ({interval(row, 'stated', unit)})")
    if kind == "whole" and "computed" in row:
        # no figure states the whole: the shares' sum is what the text says
        unit = _share_unit(graph, relation)
        whole = num(row, "stated")
        if num(row, "computed") is None or whole is None:
            return None, None
        return (f"{describe(whole, unit)}, the whole the shares exhaust",
                f"{computed(row, unit)} ({interval(row, 'computed', unit)})")
    if kind == "comparison":
        greater, lesser = graph.value(relation, CG.greater), graph.value(relation, CG.lesser)
        return f"greater than {fig(graph, lesser)}", fig(graph, greater)
    if kind == "conversion" and graph.value(relation, CG.rate) is None:
        return "an exchange rate (none is stated)", _implied_rate(graph, relation)
    if kind == "date":
        if "expectedDate" in row:
            return str(row["expectedDate"]), str(row.get("date"))
        if "monthDay" in row:  # a day of every year: no one weekday, no one date
            return None, None
        if "statedLabel" in row:
            return str(row["statedLabel"]), str(row.get("actualLabel"))
    return None, None


def _result_unit(kind: str, graph: Graph, row: Row) -> str | None:
    if kind == "percent-change":
        return "PERCENT" if unit_code(graph, row["value"]) == "PERCENT" else "PERCENT_POINT"
    if kind == "ratio":
        return None if unit_code(graph, row["value"]) != "PERCENT" else "PERCENT"
    if kind == "multiple":
        return None
    if kind == "growth":
        return "PERCENT"
    return unit_code(graph, row["value"])


def write_out(kind: str, graph: Graph, relation: Node, row: Row) -> str | None:
    """The relation's arithmetic with its numbers, or None where there is none."""
    writer = WRITERS.get(kind)
    return writer(graph, relation, row) if writer else None


def _sum(graph: Graph, relation: Node, row: Row) -> str:
    parts = sorted(graph.objects(relation, CG.part), key=lambda p: -(value_of(graph, p) or 0))
    total = graph.value(relation, CG.total)
    result = computed(row, unit_code(graph, total))
    return (" + ".join(fig(graph, p) for p in parts) + f" = {result}; "
            f"stated total {fig(graph, total)}")


def _share_unit(graph: Graph, relation: Node) -> str | None:
    units = {unit_code(graph, p) for p in graph.objects(relation, CG.part)}
    return units.pop() if len(units) == 1 else None


def _whole(graph: Graph, relation: Node, row: Row) -> str:
    parts = sorted(graph.objects(relation, CG.part), key=lambda p: -(value_of(graph, p) or 0))
    unit = _share_unit(graph, relation)
    whole = num(row, "stated")
    return (" + ".join(fig(graph, p) for p in parts) + f" = {computed(row, unit)}; shares of "
            f"one whole add up to {describe(whole, unit) if whole is not None else '?'}")


def _two_terms(graph: Graph, row: Row, left: Node, symbol: str, right: Node, unit: str | None,
               stated: Node, stated_as: str, per: str = "") -> str:
    """``left symbol right = computed; stated_as stated``, the shape of most write-outs."""
    result = f"{computed(row, unit)}{per}"
    return f"{fig(graph, left)} {symbol} {fig(graph, right)} = {result}; {stated_as} " \
           f"{fig(graph, stated)}"


def _difference(graph: Graph, relation: Node, row: Row) -> str:
    m, s, d = (graph.value(relation, p) for p in (CG.minuend, CG.subtrahend, CG.difference))
    return _two_terms(graph, row, m, "−", s, unit_code(graph, d), d, "stated difference")


def _ratio(graph: Graph, relation: Node, row: Row) -> str:
    n, d, r = (graph.value(relation, p) for p in (CG.numerator, CG.denominator, CG.ratio))
    unit = "PERCENT" if unit_code(graph, r) == "PERCENT" else None
    result = computed(row, unit)
    return f"{fig(graph, n)} ÷ {fig(graph, d)} = {result}; stated ratio {fig(graph, r)}"


def _percent_change(graph: Graph, relation: Node, row: Row) -> str:
    i, f, c = (graph.value(relation, p) for p in (CG.initial, CG.final, CG.change))
    falling = graph.value(relation, CG.direction) == CG.Decrease
    unit = unit_code(graph, c)
    result = computed(row, unit)
    word = "fall" if falling else "rise"
    if unit == "PERCENT_POINT":
        return f"{fig(graph, f)} − {fig(graph, i)} = {result}; stated {word} of {fig(graph, c)}"
    return (f"({fig(graph, f)} − {fig(graph, i)}) ÷ {fig(graph, i)} = {result}; "
            f"stated {word} of {fig(graph, c)}")


def _implied_rate(graph: Graph, relation: Node) -> str:
    a, c = graph.value(relation, CG.amount), graph.value(relation, CG.convertedAmount)
    av, cv = value_of(graph, a), value_of(graph, c)
    implied = describe(av / cv, None) if av and cv else "?"
    return f"implied rate {implied} {unit_code(graph, a)} per {unit_code(graph, c)}"


def _conversion(graph: Graph, relation: Node, row: Row) -> str:
    a, c, r = (graph.value(relation, p) for p in (CG.amount, CG.convertedAmount, CG.rate))
    if r is None and "rateValue" in row:
        result = computed(row, unit_code(graph, c))
        rate = f"{row['rateValue']} {unit_code(graph, a)} per {unit_code(graph, c)}"
        # a day's rate by its day; a period's mean by its name (kg.refrates)
        source = f"European Central Bank reference rate of {row['rateDay']}" if "rateDay" in \
            row else str(row.get("rateName")).replace("ECB", "European Central Bank")
        return (f"{fig(graph, a)} ÷ {rate} ({source}, taken as ±1%) = {result}; "
                f"stated {fig(graph, c)}; "
                f"{_implied_rate(graph, relation)}")
    if r is None and "computed" in row:  # a measure in another unit (QUDT's multipliers)
        return f"{fig(graph, a)} = {computed(row, unit_code(graph, c))}; stated {fig(graph, c)}"
    if r is None:
        return f"{fig(graph, a)} ÷ {fig(graph, c)}: {_implied_rate(graph, relation)}; no rate stated"
    result = computed(row, unit_code(graph, c))
    return f"{fig(graph, a)} ÷ {fig(graph, r)} = {result}; stated {fig(graph, c)}"


#: the counts of items or periods (ontology/shapes/average.ttl), by their notations
_ITEM_COUNTS = frozenset({"NUM", "UNITLESS", "DAY", "WEEK", "MONTH", "YEAR", "HOUR", "MINUTE"})


def _average(graph: Graph, relation: Node, row: Row) -> str:
    a, n, v = (graph.value(relation, p) for p in (CG.aggregate, CG["count"], CG.average))
    # a value for each item or period; over a measured count (hectares) the unit says "per"
    code = unit_code(graph, n)
    each = " each" if code is None or code in _ITEM_COUNTS else ""
    return _two_terms(graph, row, a, "÷", n, unit_code(graph, v), v, "stated average", each)


def _multiple(graph: Graph, relation: Node, row: Row) -> str:
    m, b, k = (graph.value(relation, p) for p in (CG.multiple, CG.base, CG.factor))
    return _two_terms(graph, row, m, "÷", b, None, k, "stated", " times")


def _share(graph: Graph, relation: Node, row: Row) -> str:
    p, w, s = (graph.value(relation, x) for x in (CG.portion, CG.whole, CG.share))
    return _two_terms(graph, row, p, "÷", w, unit_code(graph, s), s, "stated share")


def _restatement(graph: Graph, relation: Node, row: Row) -> str:
    first, again = graph.value(relation, CG.first), graph.value(relation, CG.restatedAs)
    holds = row.get("holds")
    sign = "=" if holds is None or holds.toPython() else "≠"
    return f"{fig(graph, first)} {sign} {fig(graph, again)}, the same quantity stated twice"


def _growth(graph: Graph, relation: Node, row: Row) -> str:
    i, f, r = (graph.value(relation, p) for p in (CG.initial, CG.final, CG.growthRate))
    n = graph.value(relation, CG.periods)
    result = computed(row, "PERCENT")
    # the text's period, as the shape reads it from the claim ("an average annual rate")
    per = str(row.get("period") or "period")
    return (f"({fig(graph, f)} ÷ {fig(graph, i)})^(1/{n}) − 1 = {result} a {per}; "
            f"stated {fig(graph, r)} a {per}")


def _every_year(graph: Graph, relation: Node, row: Row) -> str | None:
    """A day of every year ("every year on November 11") against the holiday or weekday."""
    day = graph.value(graph.value(relation, CG.onDate), CG.monthDay)
    if day is None or "monthDay" not in row:
        return None
    said = row.get("ruleLabel") or row.get("statedLabel")
    return f"{day} of every year; the text says {said}" + (
        f" ({row['why']})" if row.get("why") else "")


def _comparison(graph: Graph, relation: Node, row: Row) -> str:
    g, lesser = graph.value(relation, CG.greater), graph.value(relation, CG.lesser)
    holds = row.get("holds")
    sign = ">" if holds is None or holds.toPython() else "≯"
    return f"{fig(graph, g)} {sign} {fig(graph, lesser)}"


def _date(graph: Graph, relation: Node, row: Row) -> str | None:
    date = graph.value(graph.value(relation, CG.onDate), CG.date)
    if date is None:
        return _every_year(graph, relation, row)
    day = date.toPython()
    weekday = day.strftime("%A") if isinstance(day, dt.date) else "?"
    if "expectedDate" in row:
        return f"{row.get('ruleLabel')} {row.get('year')} falls on {row['expectedDate']}; " \
               f"the text says {date}, a {weekday}"
    return f"{date} is a {weekday}; the text says {row.get('statedLabel')}"


def _reference(graph: Graph, figure: Node, row: Row) -> str:
    """A figure against the public series it matches (kg.refdata); ``figure`` is the focus."""
    unit = unit_code(graph, figure)
    return (f"{row.get('seriesLabel')}, {row.get('year')}: {computed(row, unit)} (taken as "
            f"{interval(row, 'computed', unit)}; {row.get('source')}, vintage "
            f"{row.get('version')}); stated {fig(graph, figure)}")


WRITERS: dict[str, Callable[[Graph, Node, Row], str | None]] = {
    "sum": _sum, "difference": _difference, "ratio": _ratio,
    "percent-change": _percent_change, "conversion": _conversion,
    "comparison": _comparison, "date": _date, "average": _average, "multiple": _multiple,
    "share": _share, "growth": _growth, "restatement": _restatement, "whole": _whole,
    "reference": _reference,
}
