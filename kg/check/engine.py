"""Run the shapes: pySHACL decides what fails; the explain queries give the values.

pySHACL is the reference validator.  Its report says which focus nodes fail
which constraint; :func:`explain` runs each arithmetic and calendar constraint
once over the whole graph without its verdict filter, so passing relations get
their computed values too, and every verdict is cross-checked against pySHACL's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.check.compile import core_message, severity_name
from kg.check.shapes import SparqlConstraint, shape_index
from kg.namespaces import SH
from kg.vocab import own_copy, shapes_graph

if TYPE_CHECKING:
    from rdflib.plugins.sparql.parserutils import Expr
    from rdflib.plugins.sparql.sparql import FrozenBindings, Query


@dataclass(frozen=True)
class ShaclResult:
    """One sh:ValidationResult, reduced to plain values."""

    focus: Node
    severity: str
    kind: str
    shape: Node | None
    constraint: Node | None
    message: str
    value: Node | None
    path: Node | None
    component: URIRef | None = None  # sh:sourceConstraintComponent


#: (constraint, focus) -> the variable bindings of its explain row
Explained = dict[tuple[Node, Node], dict[str, Node]]


class EngineError(RuntimeError):
    """The validator and the explain queries disagree: a bug, not a user mistake."""


class _ParsedOnce(Graph):
    """A view of a graph's store whose SPARQL queries are parsed once per query text.

    pySHACL hands rdflib a SPARQL constraint's text once for every focus node, and rdflib
    parses it each time: four fifths of pySHACL's time on a generated document was
    pyparsing. The parse (and algebra) of a text does not depend on the focus node, which
    pySHACL passes as initBindings; results are the same (RDF4J's SHACL engine caches its parsed
    queries the same way: eclipse-rdf4j/rdf4j#4200).
    """

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # noqa: N803
              initBindings=None, use_store_provided=True, **kwargs):  # noqa: N803
        if isinstance(query_object, str) and processor == "sparql":
            query_object = prepared_query(query_object, tuple(sorted((initNs or {}).items())),
                                    kwargs.pop("base", None))
            initNs = None  # noqa: N806 - already applied by the parse
        return super().query(query_object, processor, result, initNs, initBindings,
                             use_store_provided, **kwargs)


@lru_cache(maxsize=512)
def prepared_query(text: str, namespaces: tuple, base: str | None):
    """``text`` parsed and translated by rdflib, once per text, prefixes and base, its
    ``&&`` and ``||`` evaluated as :func:`short_circuit` says."""
    from rdflib.plugins.sparql.processor import prepareQuery
    return short_circuit(prepareQuery(text, initNs=dict(namespaces), base=base))


def short_circuit(query: Query) -> Query:
    """``query`` (rdflib's prepared query), its ``&&`` and ``||`` evaluating their operands
    one at a time and stopping where rdflib's verdict is decided.

    rdflib evaluates every operand first, then reads their values in order (``all`` for
    ``&&``; the first true for ``||``): a group's FILTERs are one ``&&``, so every EXISTS
    of a constraint ran for each candidate row that its first, cheap comparison had
    already ruled out (with the ``||`` of EXISTS that follow, about a third of the pySHACL
    engine's time on a generated corpus).  The values
    are read in the same order and to the same verdict, errors included; only operands
    past the deciding one are left unevaluated (they have no side effects). A bare
    variable is still looked up first, as rdflib does: an unbound one is an error of the
    whole expression, wherever it stands."""
    from types import MethodType

    from rdflib.plugins.sparql.parserutils import CompValue, Expr

    lazy = {"ConditionalAndExpression": _lazy_and, "ConditionalOrExpression": _lazy_or}
    todo, seen = [query.algebra], set()
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, Expr) and node.name in lazy:
            node._evalfn = MethodType(lazy[node.name], node)
        if isinstance(node, CompValue):
            todo += dict.values(node)  # as written: CompValue's own lookups evaluate
        elif isinstance(node, (list, tuple)):
            todo += node
    return query


def _operands(e: Expr, ctx: FrozenBindings) -> tuple[Node, Iterator | None]:
    """``e``'s operands in order, each evaluated only when asked for (bare terms at once,
    as rdflib evaluates them: an unbound variable raises here)."""
    from rdflib.plugins.sparql.parserutils import Expr, value
    first = e.expr  # evaluated: the expression's context is set
    rest = dict.get(e, "other")
    if rest is None:
        return first, None
    bare = [None if isinstance(x, Expr) else value(ctx, x) for x in rest]

    def values() -> Iterator:
        yield first
        for x, v in zip(rest, bare):
            yield x.eval(ctx) if isinstance(x, Expr) else v
    return first, values()


def _lazy_and(e: Expr, ctx: FrozenBindings) -> Node:
    """rdflib's ConditionalAndExpression (``all`` over the operands' EBV), lazily."""
    from rdflib.plugins.sparql.operators import EBV
    first, values = _operands(e, ctx)
    if values is None:
        return first
    return Literal(all(EBV(v) for v in values))


def _lazy_or(e: Expr, ctx: FrozenBindings) -> Node:
    """rdflib's ConditionalOrExpression (true at the first true operand; else its last
    error; else false), lazily."""
    from rdflib.plugins.sparql.operators import EBV
    from rdflib.plugins.sparql.sparql import SPARQLError
    first, values = _operands(e, ctx)
    if values is None:
        return first
    error = None
    for v in values:
        try:
            if EBV(v):
                return Literal(True)
        except SPARQLError as exc:
            error = exc
    if error:
        raise error
    return Literal(False)


def validate(data: Graph, shapes: Graph | None = None, *,
             parse_once: bool = True, sparql_paths: bool = False,
             lenient: bool = True) -> list[ShaclResult]:
    """Run every shape in ontology/shapes/ (or those of ``shapes``) over ``data`` with
    pySHACL; ``parse_once`` parses each SPARQL constraint once (off where a guard must
    read every query's text: kg shacl); ``sparql_paths`` keeps the sh:resultPath of a
    SPARQL constraint's results (kg shacl's report; kg check's findings name none);
    ``lenient`` runs pySHACL with warnings and infos allowed, which also makes a shape of
    those severities conform inside sh:or, sh:not, sh:node and the like (kg check's
    findings are held to that; kg shacl turns it off, as SHACL says: 3.4, 4.6)."""
    from pyshacl import validate as pyshacl_validate

    if parse_once and type(data) is Graph:  # a Dataset's view of its store would be another
        data = _ParsedOnce(store=data.store, identifier=data.identifier,
                           namespace_manager=data.namespace_manager)  # nothing copied
    # pySHACL adds triples to the shapes graph it is given (ShapesGraph's "system triples",
    # owl:Class rdfs:subClassOf rdfs:Class among them; its inplace is about the data
    # graph), and binds sh: in it: it gets a copy, never the process's shapes graph or a
    # caller's
    _, report, _ = pyshacl_validate(data, shacl_graph=own_copy(shapes if shapes is not None
                                                              else shapes_graph()),
                                    inference="none",
                                    allow_infos=lenient, allow_warnings=lenient,
                                    advanced=False,
                                    meta_shacl=False, abort_on_first=False)
    if isinstance(report, Exception):  # pySHACL returns its ValidationFailure as the report
        raise report
    index = shape_index()
    results = []
    # top-level results only: pySHACL also puts the results nested under sh:node
    # (sh:detail) in the report as sh:ValidationResult nodes
    for r in report.objects(None, SH.result):
        shape = report.value(r, SH.sourceShape)
        component_iri = report.value(r, SH.sourceConstraintComponent)
        component = str(component_iri)[len(str(SH)):-len("ConstraintComponent")]
        if component == "SPARQL":
            messages = sorted(str(m) for m in report.objects(r, SH.resultMessage))
            message = messages[0] if messages else "constraint not met"
        else:
            message = core_message(shape, component, shapes)
        results.append(ShaclResult(
            focus=report.value(r, SH.focusNode),
            severity=severity_name(report.value(r, SH.resultSeverity)),
            kind=index.kind(shape), shape=shape,
            constraint=report.value(r, SH.sourceConstraint),
            message=message, value=report.value(r, SH.value),
            path=report.value(r, SH.resultPath) if component != "SPARQL" or sparql_paths
            else None,
            component=component_iri))
    results.sort(key=lambda r: (str(r.focus), r.kind, r.message))
    return results


@cache
def _prepared(constraint: SparqlConstraint):
    """Parsed once per process: parsing, not evaluating, is most of a small query's cost."""
    from rdflib.plugins.sparql import prepareQuery
    return short_circuit(prepareQuery(constraint.explain_query()))


def explain(data: Graph) -> dict[tuple[Node, Node], dict[str, Node]]:
    """``(constraint, focus) -> variable bindings`` for every explainable constraint."""
    rows: dict[tuple[Node, Node], dict[str, Node]] = {}
    done: set[Node] = set()
    for constraint in shape_index().constraints:
        # a constraint two shapes share (cg:comparisonConstraint) is explained once
        if not constraint.explainable or constraint.node in done:
            continue
        done.add(constraint.node)
        for row in data.query(_prepared(constraint)):
            binding = {str(k): v for k, v in row.asdict().items()}
            rows[(constraint.node, binding["this"])] = binding
    return rows


def rerender(results: list[ShaclResult], explained: Explained) -> list[ShaclResult]:
    """Messages of explainable results written from their explain rows, numbers canonical
    (pySHACL writes the data's lexical forms; reports must not depend on the engine)."""
    from dataclasses import replace

    from kg.check.shapes import render_message
    messages = {(c.shape, c.node): c.message for c in shape_index().constraints
                if c.explainable}
    out = []
    for r in results:
        template = messages.get((r.shape, r.constraint))
        row = explained.get((r.constraint, r.focus)) if template else None
        out.append(replace(r, message=render_message(template, row)) if row and template else r)
    return out


def cross_check(results: list[ShaclResult], explained: dict[tuple[Node, Node], dict[str, Node]],
                constraints: tuple[SparqlConstraint, ...]) -> None:
    """Every relation the explain queries find failing is one pySHACL reports, and back."""
    explainable = {c.node for c in constraints if c.explainable}
    failing_shacl = {(r.constraint, r.focus) for r in results if r.constraint in explainable}
    failing_explain = {key for key, row in explained.items()
                       if isinstance(row.get("holds"), Literal) and not row["holds"].toPython()}
    if failing_shacl != failing_explain:
        raise EngineError("pySHACL and the explain queries disagree on "
                          f"{sorted(map(str, failing_shacl ^ failing_explain))}")

