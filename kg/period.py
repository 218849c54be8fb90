"""The days a figure's period (``dcterms:temporal``) stands for.

A period is written as the model says it (``kg read`` writes these; a hand-written claim
uses a period IRI):

* an ``xsd:gYear`` ("2014": 1 January to 31 December), an ``xsd:gYearMonth`` ("2014-11":
  the month), an ``xsd:date`` (that day);
* a node with ``schema:startDate`` and ``schema:endDate`` (a ``dcterms:PeriodOfTime``: a
  quarter, a half, a fiscal year, "Thanksgiving Day through Sunday"), or with a
  ``schema:startDate`` alone, which is one day (an event of a day: Black Friday 2014).

The build writes each figure's first and last day as ``cg:periodStart`` and
``cg:periodEnd``, so that the shapes compare periods however they are written.

>>> from rdflib import Graph, Literal
>>> from rdflib.namespace import XSD
>>> span_of(Graph(), Literal("2014-02", datatype=XSD.gYearMonth))
Span(start=datetime.date(2014, 2, 1), end=datetime.date(2014, 2, 28), name='2014-02')
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from rdflib import Graph, Literal
from rdflib.namespace import RDFS, XSD
from rdflib.term import Node

from kg.namespaces import SCHEMA


@dataclass(frozen=True)
class Span:
    """A period's first and last day, and how a message names it."""

    start: dt.date
    end: dt.date
    name: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def is_day(self) -> bool:
        return self.start == self.end


class PeriodError(ValueError):
    """A period whose dates cannot be read, or end before they start."""


def span_of(graph: Graph, period: Node) -> Span | None:
    """The days ``period`` stands for; None for a period without dates (an event the
    graph gives no day). Raises :class:`PeriodError` on dates that cannot be read."""
    if isinstance(period, Literal):
        return _literal(period)
    start = graph.value(period, SCHEMA.startDate)
    if start is None:
        return None
    end = graph.value(period, SCHEMA.endDate)
    first = _day(start, "schema:startDate")
    last = _day(end, "schema:endDate") if end is not None else first
    if last < first:
        raise PeriodError(f"its schema:endDate {last} is before its schema:startDate {first}")
    label = graph.value(period, RDFS.label)
    return Span(first, last, str(label) if label is not None else
                (str(first) if first == last else f"{first} to {last}"))


def _literal(period: Literal) -> Span | None:
    text = str(period).strip()
    try:
        if period.datatype == XSD.gYear:
            y = int(text)
            return Span(dt.date(y, 1, 1), dt.date(y, 12, 31), text)
        if period.datatype == XSD.gYearMonth:
            y, m = (int(x) for x in text.split("-"))
            return Span(dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), text)
        if period.datatype == XSD.date:
            day = dt.date.fromisoformat(text[:10])
            return Span(day, day, text)
    except ValueError as exc:
        raise PeriodError(f"{text!r} is no {str(period.datatype).rsplit('#')[-1]}") from exc
    return None


def _day(value: Node, prop: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise PeriodError(f"its {prop} {str(value)!r} is no date (YYYY-MM-DD)") from exc
