"""The fast engine: the compiled shapes (:mod:`kg.check.compile`) run on pyoxigraph.

Each constraint is one query over the whole graph, evaluated by Oxigraph's
Rust engine, instead of one evaluation per focus node in Python.  The rows
become the same :class:`~kg.check.engine.ShaclResult` values pySHACL's report
gives, so the rest of ``kg check`` cannot tell the engines apart (the
differential tests in tests/check/test_engines.py hold them to that).

>>> from kg.build import build_corpus
>>> results, explained = validate_graphs([d.graph for d in build_corpus().documents])
>>> sorted({r.kind for r in results if r.severity == "violation"})
['difference', 'sum']
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.check.compile import CompiledCheck, compiled_checks, core_message
from kg.check.engine import Explained, ShaclResult
from kg.check.shapes import render_message
from kg.vocab import vocabulary_graph

#: everything goes into the store's default graph: queried there, the checks took 20% less
#: time than over a default graph listed as the union of named graphs
DEFAULT = ox.DefaultGraph()
_STRING = str(XSD.string)


def to_oxigraph(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(node)
    if isinstance(node, BNode):
        return ox.BlankNode(node)
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(node, language=node.language)
        if node.datatype is not None:
            return ox.Literal(node, datatype=ox.NamedNode(node.datatype))
        return ox.Literal(node)
    raise TypeError(f"not an RDF term: {node!r}")


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == _STRING else Literal(term.value,
                                                                   datatype=URIRef(datatype))


#: one figure's property and the values it takes instead of its own (a what-if)
Edit = tuple[Node, Node, list[Node]]


def quads(graph: Graph) -> list[ox.Quad]:
    """An rdflib graph as Oxigraph quads in the default graph."""
    terms: dict[Node, object] = {}

    def conv(n: Node):
        t = terms.get(n)
        if t is None:
            t = terms[n] = to_oxigraph(n)
        return t

    return [ox.Quad(conv(s), conv(p), conv(o), DEFAULT) for s, p, o in graph]


#: the graph converted last: a diagnosis asks its what-ifs of the graph just validated
_last: tuple[Graph, int, list[ox.Quad]] | None = None


def _quads_of(graph: Graph) -> list[ox.Quad]:
    """:func:`quads`, kept for the graph converted last (built graphs are not changed after
    the build; the length guards against one that was)."""
    global _last
    if _last is not None and _last[0] is graph and _last[1] == len(graph):
        return _last[2]
    converted = quads(graph)
    _last = (graph, len(graph), converted)
    return converted


@cache
def _vocabulary_quads() -> list[ox.Quad]:
    return quads(vocabulary_graph())


def _new_store() -> ox.Store:
    """A fresh in-memory store with the vocabulary.  One per call: a long-lived store
    whose documents are loaded and removed again slows down with every document
    (measured: 40 ms a document at first, 83 ms after 300)."""
    store = ox.Store()
    store.bulk_extend(_vocabulary_quads())
    return store


def validate_graphs(graphs: Iterable[Graph], *, explain_only: bool = False,
                    edits: Iterable[Edit] = ()) -> tuple[list[ShaclResult], Explained]:
    """Every shape over the vocabulary plus ``graphs``: results, and the explain rows of
    every arithmetic and calendar constraint (passing relations included).

    ``explain_only`` runs just the arithmetic and calendar constraints (what a what-if
    needs to know whether relations hold); ``edits`` replace the values of a subject's
    property (in the store: the graphs stay unchanged)."""
    store = _new_store()
    for graph in graphs:
        store.bulk_extend(_quads_of(graph))
    for subject, prop, values in edits:
        _replace_values(store, to_oxigraph(subject), to_oxigraph(prop),
                        [to_oxigraph(v) for v in values])
    checks = [c for c in compiled_checks() if c.constraint is not None
              and c.constraint.explainable] if explain_only else list(compiled_checks())
    return run_checks(store, checks)


def _replace_values(store: ox.Store, subject, prop, values: list) -> None:
    for old in list(store.quads_for_pattern(subject, prop, None, DEFAULT)):
        store.remove(old)
    for value in values:
        store.add(ox.Quad(subject, prop, value, DEFAULT))


def run_checks(store: ox.Store,
               checks: Iterable[CompiledCheck]) -> tuple[list[ShaclResult], Explained]:
    results: list[ShaclResult] = []
    explained: Explained = {}
    for check in checks:
        rows = store.query(check.query)
        variables = [v.value for v in rows.variables]
        for solution in rows:
            row = {v: to_rdflib(solution[v]) for v in variables if solution[v] is not None}
            result = _result(check, row, explained)
            if result is not None:
                results.append(result)
    results.sort(key=lambda r: (str(r.focus), r.kind, r.message))
    return results, explained


def _result(check: CompiledCheck, row: dict[str, Node],
            explained: Explained) -> ShaclResult | None:
    focus = row["this"]
    constraint = check.constraint
    if constraint is None:
        message = core_message(check.shape, check.component)
        return ShaclResult(focus, check.severity, check.kind, check.shape, None, message,
                           row.get("value"), check.path)
    if constraint.explainable:
        explained[(constraint.node, focus)] = row
        holds = row.get("holds")
        if holds is None or holds.toPython():
            return None
    message = render_message(constraint.message, row) if constraint.message else \
        "constraint not met"
    return ShaclResult(focus, check.severity, check.kind, check.shape, constraint.node,
                       message, row.get("value"), None)
