"""What-if: the same checks with some figures assumed to have other values.

``kg check --assume f-bf-malls="9.1 billion"`` re-runs every shape on a copy of
the graph in which that figure has the assumed value (and the interval its
written precision implies), and reports which findings clear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.build import BuildResult, BuiltDocument
from kg.figures import decimal_literal
from kg.interval import figure_interval
from kg.namespaces import CG, QUDT
from kg.numbers import QuoteNumberError, canonical, parse_quantity
from kg.problems import InputError, Problem
from kg.vocab import vocabulary

if TYPE_CHECKING:  # the fast engine (pyoxigraph) is imported only when a what-if runs
    from kg.check.oxigraph import Edit


@dataclass(frozen=True)
class Assumption:
    figure: URIRef
    value: Decimal
    decimals: int | None
    text: str


def parse_assumption(text: str, result: BuildResult) -> Assumption:
    """``FIGURE=VALUE``: the figure by IRI or local name, the value as digits or words."""
    name, sep, value_text = text.partition("=")
    if not sep or not name.strip() or not value_text.strip():
        raise InputError(Problem("--assume", 0, f"expected FIGURE=VALUE, got {text!r}",
                                 'e.g. --assume f-bf-malls="9.1 billion"'))
    figure = find_figure(name.strip(), result)
    value, decimals = _read_value(value_text.strip())
    return Assumption(figure, value, decimals, value_text.strip())


def find_figure(name: str, result: BuildResult) -> URIRef:
    figures = sorted({f for d in result.documents for f in d.graph.subjects(RDF.type, CG.Figure)},
                     key=str)
    matches = [f for f in figures if str(f) == name or re.split(r"[#/]", str(f))[-1] == name]
    if len(matches) != 1:
        known = ", ".join(re.split(r"[#/]", str(f))[-1] for f in figures[:12])
        what = "no figure" if not matches else f"{len(matches)} figures"
        raise InputError(Problem("--assume", 0, f"{what} named {name!r}",
                                 f"give the full IRI; figures include {known}"))
    return URIRef(matches[0])


def _read_value(text: str) -> tuple[Decimal, int | None]:
    try:
        m = parse_quantity(text)
        if m.value is not None:
            return m.value, m.decimals
    except QuoteNumberError:
        pass
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InputError(Problem("--assume", 0, f"cannot read the value {text!r}",
                                 'write digits ("9100000000") or words ("9.1 billion")')) from None
    return canonical(value), None


def apply(result: BuildResult, assumptions: list[Assumption]) -> BuildResult:
    """A copy of ``result`` whose figures take the assumed values."""
    documents = []
    for doc in result.documents:
        edits = assumed_values(doc.graph, assumptions)
        if not edits:
            documents.append(doc)
            continue
        graph = Graph(store="SimpleMemory", bind_namespaces="none")
        graph += doc.graph
        for figure, prop, values in edits:
            graph.remove((figure, prop, None))
            for value in values:
                graph.add((figure, prop, value))
        documents.append(replace(doc, graph=graph))
    return BuildResult(documents, list(result.problems), list(result.failed))


#: what an assumption replaces on its figure: the value and the interval it implies
ASSUMED_PROPERTIES = (QUDT.numericValue, CG.decimals, CG.lowerBound, CG.upperBound)


def assumed_values(graph: Graph, assumptions: list[Assumption]) -> list[Edit]:
    """For each assumed figure that ``graph`` has: each of :data:`ASSUMED_PROPERTIES` with
    the values it takes instead of its stated ones (none where the assumption leaves it open)."""
    edits: list[Edit] = []
    for a in assumptions:
        f = a.figure
        if (f, RDF.type, CG.Figure) not in graph:
            continue
        hedge_iri = graph.value(f, CG.hedge)
        hedge = vocabulary().hedge_by_iri.get(URIRef(hedge_iri)) if hedge_iri else None
        decimals = a.decimals
        if decimals is None:
            old = graph.value(f, CG.decimals)
            decimals = int(old) if old is not None else None
        interval = figure_interval(a.value, decimals=decimals, hedge=hedge)
        values: dict[URIRef, list[Node]] = {
            QUDT.numericValue: [Literal(f"{a.value:f}", datatype=XSD.decimal)],
            CG.decimals: [] if decimals is None else [Literal(decimals, datatype=XSD.integer)],
            CG.lowerBound: [] if interval.low is None else [decimal_literal(interval.low)],
            CG.upperBound: [] if interval.high is None else [decimal_literal(interval.high)],
        }
        edits.extend((f, prop, values[prop]) for prop in ASSUMED_PROPERTIES)
    return edits


def quick_verdicts(result: BuildResult, assumptions: list[Assumption] | None = None,
                   focus: Iterable[str] | None = None) -> dict[str, bool]:
    """Relation IRI -> holds, from the shapes' own queries (no structure checks), with the
    ``assumptions`` made in the store itself (no copy of the graph).  Given ``focus``
    (relation IRIs), only their verdicts are asked for: theirs are the same, and the
    constraints that cannot be about them are not run."""
    from kg.check.oxigraph import verdicts

    edits = [e for doc in result.documents for e in assumed_values(doc.graph, assumptions or [])]
    return verdicts([doc.graph for doc in result.documents], edits=edits,
                    focus=None if focus is None else [URIRef(r) for r in focus])


def all_hold(result: BuildResult, assumptions: list[Assumption], focus: Iterable[str]) -> bool:
    """Whether every relation of ``focus`` (IRIs) holds with the ``assumptions`` made (one
    without a verdict holds): ``all(quick_verdicts(result, assumptions, focus).get(r, True)
    for r in focus)``, without running the checks left once one of them fails
    (:func:`kg.check.oxigraph.all_hold`)."""
    from kg.check.oxigraph import all_hold as holds

    edits = [e for doc in result.documents for e in assumed_values(doc.graph, assumptions)]
    return holds([doc.graph for doc in result.documents], [URIRef(r) for r in focus],
                 edits=edits)


__all__ = ["Assumption", "BuiltDocument", "all_hold", "apply", "assumed_values",
           "find_figure", "parse_assumption", "quick_verdicts"]
