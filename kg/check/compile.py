"""Compile the SHACL shapes in ontology/shapes/ into whole-graph SPARQL queries.

pySHACL evaluates each constraint once per focus node; the fast engine
(:mod:`kg.check.oxigraph`) runs each compiled query once over the whole graph
instead.  Nothing here restates a rule: every query is generated from the
shapes graph, and a shape using a Core component this compiler does not know
is refused (:class:`CompileError`) rather than skipped, so the two engines
cannot silently disagree.

The translation follows the SHACL spec section by section:

* targets (2.1.3): ``sh:targetClass`` (with ``rdfs:subClassOf*``), ``sh:targetNode``,
  ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``;
* property paths (2.3.1): predicate, sequence, alternative, inverse, ``*``/``+``/``?``;
* Core components (4): each becomes a *violation pattern* over a focus variable;
  a nested shape (``sh:node``, ``sh:or``, qualified shapes) conforms where none of
  its violation patterns matches (``NOT EXISTS``);
* SPARQL-based constraints (5): ``$this`` becomes ``?this`` and the shape's target
  pattern is joined in front.

>>> [c.component for c in compiled_checks()][:2]            # doctest: +SKIP
['MinCount', 'MaxCount']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.check.shapes import SparqlConstraint, shape_index
from kg.namespaces import SH
from kg.vocab import shapes_graph

#: stands for the value node in a qualified shape's condition until each copy is named
PLACEHOLDER = "?_qualified_value"
SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}

#: Shape predicates that are not constraints (or are read with the one they belong to).
NOT_CONSTRAINTS = {
    RDF.type, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf,
    SH.message, SH.severity, SH.path, SH.property, SH.sparql, SH.name, SH.description,
    SH.order, SH.group, SH.deactivated, SH.qualifiedMinCount, SH.qualifiedMaxCount,
    SH.qualifiedValueShapesDisjoint,
}


class CompileError(ValueError):
    """A shape uses something the fast engine cannot translate."""


@dataclass(frozen=True)
class CompiledCheck:
    """One constraint of one shape, as a query whose rows are its validation results.

    Each row binds ``?this`` (the focus node) and, where SHACL reports one, ``?value``.
    """

    shape: Node  # the shape that reports the result (a property shape may be a blank node)
    root: URIRef  # the named shape it belongs to
    kind: str  # cg:checkKind of the root shape
    component: str  # SHACL constraint component, without "ConstraintComponent"
    severity: str
    message: str | None  # sh:message of the reporting shape (or of the SPARQL constraint)
    query: str
    path: Node | None = None
    parameter: Node | None = None  # the component's parameter value (for default messages)
    constraint: SparqlConstraint | None = None  # for SPARQL-based constraints


def default_message(component: str, path: str | None, parameter: str | None) -> str:
    """The message of a result whose shape has no sh:message, the same for every engine."""
    on = f" on {path}" if path else ""
    texts = {
        "MinCount": f"fewer than {parameter} values{on}",
        "MaxCount": f"more than {parameter} values{on}",
        "Datatype": f"a value{on} is not of datatype {parameter}",
        "Class": f"a value{on} is not an instance of {parameter}",
        "In": f"a value{on} is not one of the allowed values",
        "HasValue": f"{on.strip() or 'the node'} lacks the required value {parameter}",
        "Node": f"a value{on} does not conform to {parameter}",
        "Or": f"a value{on} conforms to none of the alternatives",
        "And": f"a value{on} does not conform to all of the shapes",
        "Not": f"a value{on} conforms to a shape it must not",
        "QualifiedMinCount": f"fewer than {parameter} values{on} conform to the qualified shape",
        "QualifiedMaxCount": f"more than {parameter} values{on} conform to the qualified shape",
        "MinInclusive": f"a value{on} is below {parameter}",
        "MaxInclusive": f"a value{on} is above {parameter}",
        "MinExclusive": f"a value{on} is not above {parameter}",
        "MaxExclusive": f"a value{on} is not below {parameter}",
        "NodeKind": f"a value{on} is not of node kind {parameter}",
    }
    return texts.get(component, f"{component} constraint not met{on}")


# --- terms and paths --------------------------------------------------------------------

def term(node: Node) -> str:
    """``node`` in SPARQL syntax."""
    if isinstance(node, (URIRef, Literal)):
        return node.n3()
    raise CompileError(f"a blank node ({node}) cannot appear as a constant in a shape")


def path_expression(g: Graph, path: Node) -> str:
    """A SHACL property path as a SPARQL property path (SHACL 2.3.1)."""
    if isinstance(path, URIRef):
        return term(path)
    if (path, RDF.first, None) in g:
        return "(" + "/".join(path_expression(g, p) for p in Collection(g, path)) + ")"
    for predicate, template in ((SH.alternativePath, None), (SH.inversePath, "^{}"),
                                (SH.zeroOrMorePath, "{}*"), (SH.oneOrMorePath, "{}+"),
                                (SH.zeroOrOnePath, "{}?")):
        inner = g.value(path, predicate)
        if inner is None:
            continue
        if template is None:
            return "(" + "|".join(path_expression(g, p) for p in Collection(g, inner)) + ")"
        return template.format(f"({path_expression(g, inner)})")
    raise CompileError(f"unsupported property path {path}")


def target_pattern(g: Graph, shape: Node, var: str = "?this") -> str | None:
    """The focus nodes of ``shape`` (SHACL 2.1.3), or None if it has no target."""
    alternatives = []
    for cls in sorted(g.objects(shape, SH.targetClass), key=str):
        alternatives.append(f"{var} a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* "
                            f"{term(cls)} .")
    nodes = sorted(g.objects(shape, SH.targetNode), key=str)
    if nodes:
        alternatives.append(f"VALUES {var} {{ {' '.join(term(n) for n in nodes)} }}")
    for p in sorted(g.objects(shape, SH.targetSubjectsOf), key=str):
        alternatives.append(f"{var} {term(p)} [] .")
    for p in sorted(g.objects(shape, SH.targetObjectsOf), key=str):
        alternatives.append(f"[] {term(p)} {var} .")
    if not alternatives:
        return None
    return " UNION ".join(f"{{ {a} }}" for a in alternatives) if len(alternatives) > 1 \
        else alternatives[0]


# --- violation patterns ------------------------------------------------------------------

@dataclass(frozen=True)
class Violation:
    """A graph pattern that matches where ``shape`` reports a result for the focus variable."""

    shape: Node
    component: str
    pattern: str
    value: str | None  # the variable SHACL reports as sh:value, if any
    path: Node | None = None
    parameter: Node | None = None


class _Compiler:
    def __init__(self, g: Graph) -> None:
        self.g = g
        self._counter = itertools.count()

    def fresh(self, stem: str = "v") -> str:
        return f"?_{stem}{next(self._counter)}"

    # a shape's violations at a focus variable ------------------------------------------

    def violations(self, shape: Node, focus: str) -> list[Violation]:
        g = self.g
        out: list[Violation] = []
        path = g.value(shape, SH.path)
        for predicate in sorted(set(g.predicates(shape)), key=str):
            if predicate in NOT_CONSTRAINTS or not str(predicate).startswith(str(SH)):
                continue
            for parameter in sorted(g.objects(shape, predicate), key=str):
                out.extend(self._component(shape, focus, path, predicate, parameter))
        return out

    def conforms(self, shape: Node, focus: str) -> str:
        """A SPARQL expression: ``focus`` conforms to ``shape`` (and its property shapes)."""
        patterns = [v.pattern for v in self.violations(shape, focus)]
        for prop in sorted(self.g.objects(shape, SH.property), key=str):
            patterns.extend(v.pattern for v in self.violations(prop, focus))
        if (shape, SH.sparql, None) in self.g:
            raise CompileError(f"nested shape {shape} has a SPARQL constraint")
        if not patterns:
            return "true"
        return "NOT EXISTS { " + " UNION ".join(f"{{ {p} }}" for p in patterns) + " }"

    def _values(self, focus: str, path: Node | None) -> tuple[str, str]:
        """The value nodes of a shape at ``focus``: (pattern, variable)."""
        if path is None:
            return "", focus
        v = self.fresh()
        return f"{focus} {path_expression(self.g, path)} {v} .", v

    def _component(self, shape: Node, focus: str, path: Node | None, predicate: URIRef,
                   parameter: Node) -> Iterator[Violation]:
        name = str(predicate)[len(str(SH)):]
        if name == "qualifiedValueShape":
            yield from self._qualified(shape, focus, path, parameter)
            return
        if name in ("minCount", "maxCount") or (name == "hasValue" and path is not None):
            yield self._count_component(shape, focus, path, name, parameter)
            return
        values, v = self._values(focus, path)
        condition = self._value_condition(name, v, parameter)
        if condition is None:
            raise CompileError(f"shape {shape} uses sh:{name}, which the fast engine "
                               "does not compile")
        component = name[0].upper() + name[1:]
        yield Violation(shape, component, f"{values} FILTER ({condition})", v,
                        path, parameter if not isinstance(parameter, BNode) else None)

    def _value_condition(self, name: str, v: str, parameter: Node) -> str | None:
        g = self.g
        if name == "class":
            return (f"NOT EXISTS {{ {v} a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* "
                    f"{term(parameter)} }}")
        if name == "datatype":
            return f"!(isLiteral({v}) && datatype({v}) = {term(parameter)})"
        if name == "in":
            members = list(Collection(g, parameter))
            return "!(" + (" || ".join(f"sameTerm({v}, {term(m)})" for m in members)
                           or "false") + ")"
        if name == "hasValue":  # on a node shape: the focus node itself
            return f"!sameTerm({v}, {term(parameter)})"
        comparisons = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">",
                       "maxExclusive": "<"}
        if name in comparisons:
            return f"!COALESCE({v} {comparisons[name]} {term(parameter)}, false)"
        if name == "node":
            return f"!({self.conforms(parameter, v)})"
        if name == "not":
            return self.conforms(parameter, v)
        if name in ("or", "and"):
            joiner = " || " if name == "or" else " && "
            members = [self.conforms(s, v) for s in Collection(g, parameter)]
            return f"!({joiner.join(members) or ('false' if name == 'or' else 'true')})"
        if name == "nodeKind":
            tests = {"IRI": f"isIRI({v})", "BlankNode": f"isBlank({v})",
                     "Literal": f"isLiteral({v})",
                     "BlankNodeOrIRI": f"(isBlank({v}) || isIRI({v}))",
                     "BlankNodeOrLiteral": f"(isBlank({v}) || isLiteral({v}))",
                     "IRIOrLiteral": f"(isIRI({v}) || isLiteral({v}))"}
            return f"!{tests[str(parameter)[len(str(SH)):]]}"
        return None

    def _count_component(self, shape: Node, focus: str, path: Node | None, name: str,
                         parameter: Node) -> Violation:
        g = self.g
        if path is None:
            raise CompileError(f"sh:{name} on node shape {shape} (SHACL allows it only on "
                               "property shapes)")
        p = path_expression(g, path)
        if name == "hasValue":
            return Violation(shape, "HasValue", f"FILTER NOT EXISTS {{ {focus} {p} "
                             f"{term(parameter)} }}", None, path, parameter)

        if name in ("minCount", "maxCount"):
            n = int(parameter)
            if name == "minCount":
                pattern = "FILTER NOT EXISTS { " + self._distinct(focus, p, n, None) + " }" \
                    if n > 0 else \
                    "FILTER (false)"
            else:
                pattern = "FILTER EXISTS { " + self._distinct(focus, p, n + 1, None) + " }"
            return Violation(shape, name[0].upper() + name[1:], pattern, None, path,
                             parameter)
        raise AssertionError(name)

    def _distinct(self, focus: str, p: str, n: int, condition: str | None) -> str:
        """``n`` pairwise distinct values of ``focus`` along ``p`` (each meeting ``condition``)."""
        vs = [self.fresh() for _ in range(n)]
        parts = [f"{focus} {p} {v} ." for v in vs]
        if condition:
            parts += [f"FILTER ({condition.replace(PLACEHOLDER, v)})" for v in vs]
        parts += [f"FILTER ({a} != {b})" for a, b in itertools.combinations(vs, 2)]
        return " ".join(parts)

    def _qualified(self, shape: Node, focus: str, path: Node | None,
                   qualified: Node) -> Iterator[Violation]:
        """sh:qualifiedValueShape with sh:qualifiedMinCount and/or sh:qualifiedMaxCount."""
        g = self.g
        if path is None:
            raise CompileError(f"sh:qualifiedValueShape on node shape {shape}")
        if g.value(shape, SH.qualifiedValueShapesDisjoint) not in (None, Literal(False)):
            raise CompileError(f"shape {shape} uses sh:qualifiedValueShapesDisjoint")
        p = path_expression(g, path)
        condition = self.conforms(qualified, PLACEHOLDER)
        low, high = g.value(shape, SH.qualifiedMinCount), g.value(shape, SH.qualifiedMaxCount)
        if low is not None:
            pattern = "FILTER NOT EXISTS { " + self._distinct(focus, p, int(low), condition) + " }"
            yield Violation(shape, "QualifiedMinCount", pattern, None, path, low)
        if high is not None:
            pattern = "FILTER EXISTS { " + self._distinct(focus, p, int(high) + 1, condition) + " }"
            yield Violation(shape, "QualifiedMaxCount", pattern, None, path, high)


# --- the checks ----------------------------------------------------------------------------

@cache
def compiled_checks() -> tuple[CompiledCheck, ...]:
    """Every constraint of every targeted shape, compiled to a whole-graph query."""
    g = shapes_graph()
    index = shape_index()
    compiler = _Compiler(g)
    checks: list[CompiledCheck] = []
    roots = sorted({s for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
                                SH.targetObjectsOf) for s in g.subjects(p, None)}, key=str)
    for root in roots:
        targets = target_pattern(g, root)
        assert targets is not None
        kind = index.kind(root)
        for shape in [root, *sorted(g.objects(root, SH.property), key=str)]:
            severity = SEVERITY[g.value(shape, SH.severity) or SH.Violation]
            message = g.value(shape, SH.message)
            for v in compiler.violations(shape, "?this"):
                value = f" ({v.value} AS ?value)" if v.value and v.value != "?this" else \
                    (" ?value" if v.value else "")
                select = "?this ?value" if v.value == "?this" else f"?this{value}"
                bind = " BIND (?this AS ?value)" if v.value == "?this" else ""
                query = f"SELECT DISTINCT {select} WHERE {{ {{ {targets} }} {v.pattern}{bind} }}"
                checks.append(CompiledCheck(
                    shape, URIRef(root), kind, v.component, severity,
                    str(message) if message is not None else None, query, v.path,
                    v.parameter))
        for constraint in index.constraints:
            if constraint.shape != root:
                continue
            severity = SEVERITY[g.value(root, SH.severity) or SH.Violation]
            query = constraint.prefixes + wrap_in_target(constraint.body(), targets)
            checks.append(CompiledCheck(root, URIRef(root), kind, "SPARQL", severity,
                                        constraint.message, query, constraint=constraint))
    return tuple(checks)


def wrap_in_target(select: str, targets: str) -> str:
    """A SPARQL-based constraint over the whole graph: its focus nodes joined in front."""
    return f"SELECT * WHERE {{ {{ {targets} }} {{ {select} }} }}"


def core_message(shape: Node, component: str) -> str:
    """The message of a Core result: the shape's sh:message, else the default text.

    Both engines word results this way, so their reports match to the letter."""
    g = shapes_graph()
    message = g.value(shape, SH.message)
    if message is not None:
        return str(message)
    path = g.value(shape, SH.path)
    parameter = g.value(shape, SH[component[0].lower() + component[1:]])
    return default_message(component,
                           _describe(g, path) if path is not None else None,
                           _describe(g, parameter) if parameter is not None else None)


def _describe(g: Graph, node: Node) -> str:
    """A path or parameter as people write it: ``cg:ratio/qudt:unit``."""
    from kg.sparql.results import _compact_iri

    if isinstance(node, URIRef):
        return _compact_iri(str(node))
    if isinstance(node, Literal):
        return str(node)
    if (node, RDF.first, None) in g:
        return "/".join(_describe(g, n) for n in Collection(g, node))
    return "a shape"
