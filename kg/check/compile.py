"""Compile SHACL shapes into SPARQL queries over the whole data graph.

pySHACL evaluates each constraint once per focus node; the fast engine
(:mod:`kg.check.oxigraph`) runs each compiled query once over the whole graph
instead.  Nothing here restates a rule: every query is generated from a shapes
graph (claimgraph's own in ontology/shapes/, or any a user brings), and the W3C
SHACL test suite (tests/check/w3c/) holds the translation to the spec.

The translation follows the SHACL spec section by section:

* shapes and targets (2.1): ``sh:targetClass`` (with ``rdfs:subClassOf*``), implicit
  class targets (a shape that is also an ``rdfs:Class``), ``sh:targetNode``,
  ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``; ``sh:deactivated`` shapes report
  nothing and conform;
* property paths (2.3.1): predicate, sequence, alternative, inverse, ``*``/``+``/``?``;
* Core components (4): each becomes a *violation pattern* over a focus variable; a
  nested shape (``sh:node``, ``sh:or``, qualified shapes) conforms where none of its
  violation patterns matches (``NOT EXISTS``); ``sh:property`` inside a property shape
  checks each value node;
* SPARQL-based constraints (5) and constraint components (6): claimgraph's own
  arithmetic constraints (shapes with a ``cg:checkKind``) are joined to their target
  pattern and run once; every other one is pre-bound per focus node (5.2.1), as the
  spec defines it, and a query the spec forbids (MINUS, VALUES, SERVICE, a subquery
  that drops ``$this``) is refused with :class:`ShapeError`.

>>> [c.component for c in compiled_checks()][:2]            # doctest: +SKIP
['MinCount', 'MaxCount']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from kg.check.shapes import ShapeIndex, SparqlConstraint, shape_index
from kg.namespaces import CG, SH
from kg.sparql.guard import QueryError, normalise, prefix_declaration
from kg.sparql.text import masked
from kg.vocab import shapes_graph

#: stands for the value node in a qualified shape's condition until each copy is named
PLACEHOLDER = "?_qualified_value"
SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
#: the graph of the store that lists ill-formed literals (``"aldi"^^xsd:integer``): the
#: store keeps their datatype, so sh:datatype alone would pass them
ILL_FORMED = "urn:claimgraph:ill-formed"
#: the named graph that holds the shapes graph for a query using $shapesGraph
SHAPES_GRAPH = "urn:claimgraph:shapes-graph"
_SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
#: what an IRI may hold to be written between < and > in a query (SPARQL's IRIREF)
_IRI_TEXT = re.compile(r'[^<>"{}|^`\\\x00-\x20]*')

#: Shape predicates that are not constraints (or are read with the one they belong to).
NOT_CONSTRAINTS = {
    RDF.type, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf,
    SH.message, SH.severity, SH.path, SH.property, SH.sparql, SH.name, SH.description,
    SH.order, SH.group, SH.deactivated, SH.qualifiedMinCount, SH.qualifiedMaxCount,
    SH.qualifiedValueShapesDisjoint, SH.ignoredProperties, SH.flags, SH.defaultValue,
    SH.declare, SH.prefixes, SH.shapesGraph, SH.suggestedShapesGraph, SH.entailment,
    SH.parameter, SH.labelTemplate, SH.validator, SH.nodeValidator, SH.propertyValidator,
    SH.select, SH.ask,  # a shape may be its own sh:SPARQLConstraint
}

#: the parameters of SHACL Core's constraint components (4.1 to 4.8)
CORE_PARAMETERS = {SH[name] for name in (
    "class", "datatype", "nodeKind", "minCount", "maxCount", "minExclusive", "minInclusive",
    "maxExclusive", "maxInclusive", "minLength", "maxLength", "pattern", "languageIn",
    "uniqueLang", "equals", "disjoint", "lessThan", "lessThanOrEquals", "not", "and", "or",
    "xone", "node", "qualifiedValueShape", "closed", "hasValue", "in")}


def ignored_terms(g: Graph) -> list[tuple[Node, URIRef]]:
    """(subject, predicate) of each triple whose predicate is in SHACL's namespace but is
    neither a Core parameter nor a term the engines read (a typo such as ``sh:message:``,
    ``sh:rule`` from SHACL Advanced Features): no constraint, so ignored, as other SHACL
    processors ignore them; kg shacl warns about each."""
    known = CORE_PARAMETERS | NOT_CONSTRAINTS | {
        SH.targetClass, SH.nodeKind, SH.resultMessage, SH.conforms, SH.result,
        SH.prefix, SH.namespace, SH.optional, SH.nodeValidator, SH.targetShape}
    ignored = [(s, p, o) for s, p, o in g if isinstance(p, URIRef)
               and str(p).startswith(str(SH)) and p not in known]
    inside = {o for _, _, o in ignored}  # a sh:rule's own description: one warning
    return sorted({(s, p) for s, p, _ in ignored if s not in inside}, key=str)


def check_property_shapes(g: Graph) -> None:
    """Refuse a sh:property value that is not a property shape: exactly one sh:path
    (SHACL 2.3, 4.8.2; pySHACL and Jena refuse it too)."""
    for shape, prop in sorted(g.subject_objects(SH.property), key=str):
        paths = len(list(g.objects(prop, SH.path)))
        if paths != 1:
            name = f"{prop}" if isinstance(prop, URIRef) else "(a blank node)"
            raise ShapeError(f"shape {shape}: the sh:property value {name} has "
                             f"{'no' if not paths else paths} sh:path; a property shape "
                             "has exactly one")


class CompileError(ValueError):
    """A shape uses something the fast engine cannot translate."""


class ShapeError(CompileError):
    """The shapes graph is ill-formed: a SHACL processor must refuse it (SHACL 3.4, 5.2)."""


@dataclass(frozen=True)
class CompiledCheck:
    """One constraint of one shape, as a query whose rows are its validation results.

    Each row binds ``?this`` (the focus node) and, where SHACL reports them, ``?value``
    and ``?path``.  A pre-bound check (``template`` set) is run once per row of
    ``query``: ``template`` with ``$this`` (and, for an ASK validator, ``$value``)
    replaced by that row's terms (SHACL 5.2.1)."""

    shape: Node  # the shape that reports the result (a property shape may be a blank node)
    root: Node  # the shape with targets it belongs to
    kind: str  # cg:checkKind of the root shape ("structure" for a shape without one)
    component: str  # constraint component, without the namespace and "ConstraintComponent"
    severity: str  # "violation", "warning", "info", or the IRI of another severity
    message: str | None  # sh:message of the reporting shape (or of the SPARQL constraint)
    query: str
    path: Node | None = None
    parameter: Node | None = None  # the component's parameter value (for default messages)
    constraint: SparqlConstraint | Node | None = None  # for SPARQL-based constraints
    component_iri: URIRef | None = None
    template: str | None = None
    ask: bool = False  # the template is an ASK validator: false means a result
    datatype: URIRef | None = None  # sh:datatype: each row's value is checked in Python
    node_shape: bool = False  # a SPARQL result without ?value reports the focus node

    @property
    def explainable(self) -> bool:
        return isinstance(self.constraint, SparqlConstraint) and self.constraint.explainable


def severity_name(iri: Node | None) -> str:
    """A severity as the reports write it: SHACL's three by name, any other by its IRI."""
    return SEVERITY.get(iri, str(iri)) if iri is not None else "violation"


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
        "Xone": f"a value{on} does not conform to exactly one of the shapes",
        "Not": f"a value{on} conforms to a shape it must not",
        "QualifiedMinCount": f"fewer than {parameter} values{on} conform to the qualified shape",
        "QualifiedMaxCount": f"more than {parameter} values{on} conform to the qualified shape",
        "MinInclusive": f"a value{on} is below {parameter}",
        "MaxInclusive": f"a value{on} is above {parameter}",
        "MinExclusive": f"a value{on} is not above {parameter}",
        "MaxExclusive": f"a value{on} is not below {parameter}",
        "NodeKind": f"a value{on} is not of node kind {parameter}",
        "MinLength": f"a value{on} is shorter than {parameter} characters",
        "MaxLength": f"a value{on} is longer than {parameter} characters",
        "Pattern": f"a value{on} does not match {parameter}",
        "LanguageIn": f"a value{on} is not in an allowed language",
        "UniqueLang": f"two values{on} share a language",
        "Equals": f"the values{on} differ from those of {parameter}",
        "Disjoint": f"a value{on} is also a value of {parameter}",
        "LessThan": f"a value{on} is not less than a value of {parameter}",
        "LessThanOrEquals": f"a value{on} is greater than a value of {parameter}",
        "Closed": "the node has a property its closed shape does not allow",
    }
    return texts.get(component, f"{component} constraint not met{on}")


# --- terms and paths --------------------------------------------------------------------

def term(node: Node) -> str:
    """``node`` in SPARQL syntax."""
    if isinstance(node, URIRef) and not _IRI_TEXT.fullmatch(node):
        # rdflib keeps what a JSON-LD or RDF/XML file gives as an IRI; a query must not
        raise ShapeError(f"{str(node)!r} is not an IRI (it holds white space, <, > or a "
                         "quote)")
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
    raise ShapeError(f"{path} is not a well-formed SHACL property path")


def _instance_of(g: Graph, node: Node, cls: URIRef) -> bool:
    """``node`` is a SHACL instance of ``cls`` in ``g`` (rdf:type/rdfs:subClassOf*)."""
    return any(cls in g.transitive_objects(t, RDFS.subClassOf) for t in g.objects(node, RDF.type))


def is_deactivated(g: Graph, shape: Node) -> bool:
    return g.value(shape, SH.deactivated) == Literal(True)


def target_pattern(g: Graph, shape: Node, var: str = "?this") -> str | None:
    """The focus nodes of ``shape`` (SHACL 2.1.3), or None if it has no target."""
    alternatives = []
    classes = set(g.objects(shape, SH.targetClass))
    if _instance_of(g, shape, RDFS.Class) and (
            _instance_of(g, shape, SH.NodeShape) or _instance_of(g, shape, SH.PropertyShape)):
        classes.add(shape)  # an implicit class target (2.1.3.3)
    for cls in sorted(classes, key=str):
        alternatives.append(f"{var} a/{_SUBCLASS}* {term(cls)} .")
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


def targeted_shapes(g: Graph) -> list[Node]:
    """Every active shape with a target, explicit or implicit."""
    explicit = {s for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
                            SH.targetObjectsOf) for s in g.subjects(p, None)}
    implicit = {s for s in g.subjects(RDF.type, None) if target_pattern(g, s) is not None}
    return sorted((s for s in explicit | implicit if not is_deactivated(g, s)), key=str)


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
    path_var: str | None = None  # the variable holding sh:resultPath (sh:closed)
    key: str | None = None  # one result per binding of this variable (sh:uniqueLang)
    datatype: URIRef | None = None


#: SPARQL keywords a pre-bound query must not use (SHACL 5.2.1)
_FORBIDDEN = re.compile(r"\b(MINUS|VALUES|SERVICE)\b", re.IGNORECASE)



class _Compiler:
    def __init__(self, g: Graph) -> None:
        self.g = g
        self._counter = itertools.count()
        self._stack: list[Node] = []

    @cached_property
    def components(self) -> list[Node]:
        """The graph's constraint components, found once: found again for each shape, they
        were five sixths of compiling claimgraph's shapes."""
        return constraint_components(self.g)

    def fresh(self, stem: str = "v") -> str:
        return f"?_{stem}{next(self._counter)}"

    # a shape's violations at a focus variable ------------------------------------------

    def violations(self, shape: Node, focus: str) -> list[Violation]:
        g = self.g
        out: list[Violation] = []
        path = g.value(shape, SH.path)
        for predicate in sorted(set(g.predicates(shape)), key=str):
            if predicate not in CORE_PARAMETERS:  # no constraint (see ignored_terms)
                continue
            for parameter in sorted(g.objects(shape, predicate), key=str):
                out.extend(self._component(shape, focus, path, predicate, parameter))
        return out

    def patterns(self, shape: Node, focus: str) -> list[str]:
        """Every pattern that matches where ``focus`` does not conform to ``shape``,
        its property shapes (at the focus node, or at each value node of a property
        shape) included."""
        g = self.g
        if is_deactivated(g, shape):
            return []
        if shape in self._stack:
            raise CompileError(f"shape {shape} refers to itself (SHACL leaves recursive "
                               "shapes undefined)")
        if (shape, SH.sparql, None) in g or _components_of(g, shape, self.components):
            raise CompileError(f"nested shape {shape} has a SPARQL-based constraint; "
                               "only a shape with targets may have one")
        self._stack.append(shape)
        try:
            out = [v.pattern for v in self.violations(shape, focus)]
            path = g.value(shape, SH.path)
            for prop in sorted(g.objects(shape, SH.property), key=str):
                if path is None:
                    out.extend(self.patterns(prop, focus))
                    continue
                u = self.fresh("u")
                step = f"{focus} {path_expression(g, path)} {u} ."
                out.extend(f"{step} {p}" for p in self.patterns(prop, u))
            return out
        finally:
            self._stack.pop()

    def conforms(self, shape: Node, focus: str) -> str:
        """A SPARQL expression: ``focus`` conforms to ``shape`` (and its property shapes)."""
        patterns = self.patterns(shape, focus)
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
        component = name[0].upper() + name[1:]
        constant = parameter if not isinstance(parameter, BNode) else None
        if name == "qualifiedValueShape":
            yield from self._qualified(shape, focus, path, parameter)
            return
        if name in ("minCount", "maxCount") or (name == "hasValue" and path is not None):
            yield self._count_component(shape, focus, path, name, parameter)
            return
        if name == "closed":
            if parameter == Literal(True):
                yield self._closed(shape, focus, path)
            return
        if name in ("equals", "disjoint", "lessThan", "lessThanOrEquals"):
            yield from self._pair(shape, focus, path, name, parameter)
            return
        if name == "hasValue":  # on a node shape: the focus node itself, reported without
            # a value (w3c/data-shapes#111)
            yield Violation(shape, "HasValue", f"FILTER (!sameTerm({focus}, "
                            f"{term(parameter)}))", None, None, constant)
            return
        values, v = self._values(focus, path)
        if name == "uniqueLang":
            if parameter == Literal(True):
                if path is None:
                    raise ShapeError(f"sh:uniqueLang on node shape {shape}")
                yield self._unique_lang(shape, focus, path)
            return
        condition = self._value_condition(shape, name, v, parameter)
        if condition is None:
            raise CompileError(f"shape {shape} uses sh:{name}, which is not a SHACL Core "
                               "constraint the fast engine knows")
        datatype = URIRef(parameter) if name == "datatype" else None
        yield Violation(shape, component, f"{values} FILTER ({condition})", v, path, constant,
                        datatype=datatype)

    def _value_condition(self, shape: Node, name: str, v: str, parameter: Node) -> str | None:
        g = self.g
        if name == "class":
            return f"NOT EXISTS {{ {v} a/{_SUBCLASS}* {term(parameter)} }}"
        if name == "datatype":
            # Oxigraph keeps the datatype of an ill-formed literal and rewrites that of a
            # derived one (xsd:byte becomes xsd:integer): the engine decides each value
            # this lets through against the data's own term
            return (f"!(isLiteral({v}) && datatype({v}) = {term(parameter)}) || "
                    f"EXISTS {{ GRAPH <{ILL_FORMED}> {{ <{ILL_FORMED}> <{ILL_FORMED}> {v} }} }}")
        if name == "in":
            members = list(Collection(g, parameter))
            return "!(" + (" || ".join(f"sameTerm({v}, {term(m)})" for m in members)
                           or "false") + ")"
        comparisons = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">",
                       "maxExclusive": "<"}
        if name in comparisons:
            return f"!COALESCE({v} {comparisons[name]} {term(parameter)}, false)"
        if name in ("minLength", "maxLength"):
            op = "<" if name == "minLength" else ">"
            return f"isBlank({v}) || COALESCE(STRLEN(STR({v})) {op} {int(parameter)}, true)"
        if name == "pattern":
            flags = g.value(shape, SH.flags)
            args = f", {Literal(str(flags)).n3()}" if flags is not None else ""
            return (f"isBlank({v}) || !COALESCE(REGEX(STR({v}), "
                    f"{Literal(str(parameter)).n3()}{args}), false)")
        if name == "languageIn":
            ranges = [str(r) for r in Collection(g, parameter)]
            tests = " || ".join(f'langMatches(lang({v}), {Literal(r).n3()})' for r in ranges)
            return f"!isLiteral({v}) || !({tests or 'false'})"
        if name == "node":
            return f"!({self.conforms(parameter, v)})"
        if name == "not":
            return self.conforms(parameter, v)
        if name in ("or", "and"):
            joiner = " || " if name == "or" else " && "
            members = [self.conforms(s, v) for s in Collection(g, parameter)]
            return f"!({joiner.join(members) or ('false' if name == 'or' else 'true')})"
        if name == "xone":
            members = [f"IF({self.conforms(s, v)}, 1, 0)" for s in Collection(g, parameter)]
            return f"({' + '.join(members) or '0'}) != 1"
        if name == "nodeKind":
            tests = {"IRI": f"isIRI({v})", "BlankNode": f"isBlank({v})",
                     "Literal": f"isLiteral({v})",
                     "BlankNodeOrIRI": f"(isBlank({v}) || isIRI({v}))",
                     "BlankNodeOrLiteral": f"(isBlank({v}) || isLiteral({v}))",
                     "IRIOrLiteral": f"(isIRI({v}) || isLiteral({v}))"}
            kind = str(parameter)[len(str(SH)):]
            if kind not in tests:
                raise ShapeError(f"shape {shape}: sh:nodeKind {parameter} is not a node kind")
            return f"!{tests[kind]}"
        return None

    def _count_component(self, shape: Node, focus: str, path: Node | None, name: str,
                         parameter: Node) -> Violation:
        g = self.g
        if path is None:
            raise ShapeError(f"sh:{name} on node shape {shape} (SHACL allows it only on "
                             "property shapes)")
        p = path_expression(g, path)
        if name == "hasValue":
            return Violation(shape, "HasValue", f"FILTER NOT EXISTS {{ {focus} {p} "
                             f"{term(parameter)} }}", None, path, parameter)
        n = int(parameter)
        if name == "minCount":
            pattern = "FILTER NOT EXISTS { " + self._distinct(focus, p, n, None) + " }" \
                if n > 0 else "FILTER (false)"
        else:
            pattern = "FILTER EXISTS { " + self._distinct(focus, p, n + 1, None) + " }"
        return Violation(shape, name[0].upper() + name[1:], pattern, None, path, parameter)

    def _distinct(self, focus: str, p: str, n: int, condition: str | None) -> str:
        """``n`` pairwise distinct values of ``focus`` along ``p`` (each meeting ``condition``)."""
        vs = [self.fresh() for _ in range(n)]
        parts = [f"{focus} {p} {v} ." for v in vs]
        if condition:
            parts += [f"FILTER ({condition.replace(PLACEHOLDER, v)})" for v in vs]
        parts += [f"FILTER (!sameTerm({a}, {b}))" for a, b in itertools.combinations(vs, 2)]
        return " ".join(parts)

    def _closed(self, shape: Node, focus: str, path: Node | None) -> Violation:
        """sh:closed (4.8.1): a triple of a value node whose predicate no property shape
        of ``shape`` has as its path, nor sh:ignoredProperties lists."""
        g = self.g
        allowed = {p for prop in g.objects(shape, SH.property)
                   for p in g.objects(prop, SH.path) if isinstance(p, URIRef)}
        ignored = g.value(shape, SH.ignoredProperties)
        if ignored is not None:
            allowed |= set(Collection(g, ignored))
        values, v = self._values(focus, path)
        p, o = self.fresh("p"), self.fresh("o")
        allowed_list = ", ".join(term(a) for a in sorted(allowed, key=str))
        condition = f"FILTER ({p} NOT IN ({allowed_list}))" if allowed else ""
        return Violation(shape, "Closed", f"{values} {v} {p} {o} . {condition}", o, path,
                         path_var=p)

    def _pair(self, shape: Node, focus: str, path: Node | None, name: str,
              other: Node) -> Iterator[Violation]:
        """sh:equals, sh:disjoint, sh:lessThan(OrEquals) (4.5): the value nodes against
        the values of the focus node for another property."""
        q = term(other)
        values, v = self._values(focus, path)
        component = name[0].upper() + name[1:]
        if name == "equals":
            yield Violation(shape, component,
                            f"{values} FILTER NOT EXISTS {{ {focus} {q} {v} }}", v, path, other)
            w = self.fresh()
            mine = f"{focus} {path_expression(self.g, path)} {w}" if path is not None else \
                f"FILTER (sameTerm({w}, {focus}))"
            yield Violation(shape, component,
                            f"{focus} {q} {w} . FILTER NOT EXISTS {{ {mine} }}", w, path, other)
            return
        if name == "disjoint":
            yield Violation(shape, component, f"{values} {focus} {q} {v} .", v, path, other)
            return
        if path is None:
            raise ShapeError(f"sh:{name} on node shape {shape}")
        w = self.fresh()
        op = "<" if name == "lessThan" else "<="
        # one result per pair of values (4.5.3): ``w`` keeps the pairs apart
        yield Violation(shape, component,
                        f"{values} {focus} {q} {w} . FILTER (!COALESCE({v} {op} {w}, false))",
                        v, path, other, key=w)

    def _unique_lang(self, shape: Node, focus: str, path: Node) -> Violation:
        p = path_expression(self.g, path)
        a, b, lang = self.fresh(), self.fresh(), self.fresh("lang")
        pattern = (f"{focus} {p} {a} . {focus} {p} {b} . FILTER (!sameTerm({a}, {b})) "
                   f"BIND (LCASE(lang({a})) AS {lang}) "
                   f"FILTER ({lang} != \"\" && {lang} = LCASE(lang({b})))")
        return Violation(shape, "UniqueLang", pattern, None, path, Literal(True), key=lang)

    def _qualified(self, shape: Node, focus: str, path: Node | None,
                   qualified: Node) -> Iterator[Violation]:
        """sh:qualifiedValueShape with sh:qualifiedMinCount and/or sh:qualifiedMaxCount."""
        g = self.g
        if path is None:
            raise ShapeError(f"sh:qualifiedValueShape on node shape {shape}")
        p = path_expression(g, path)
        condition = self.conforms(qualified, PLACEHOLDER)
        if g.value(shape, SH.qualifiedValueShapesDisjoint) == Literal(True):
            # 4.7.3: a value counts only if it conforms to none of the sibling shapes
            # (the qualified value shapes of the other property shapes of the parents)
            siblings = {s for parent in g.subjects(SH.property, shape)
                        for prop in g.objects(parent, SH.property) if prop != shape
                        for s in g.objects(prop, SH.qualifiedValueShape)}
            for sibling in sorted(siblings, key=str):
                condition += f" && !({self.conforms(sibling, PLACEHOLDER)})"
        low, high = g.value(shape, SH.qualifiedMinCount), g.value(shape, SH.qualifiedMaxCount)
        if low is not None:
            pattern = "FILTER NOT EXISTS { " + self._distinct(focus, p, int(low), condition) + " }"
            yield Violation(shape, "QualifiedMinCount", pattern, None, path, low)
        if high is not None:
            pattern = "FILTER EXISTS { " + self._distinct(focus, p, int(high) + 1, condition) + " }"
            yield Violation(shape, "QualifiedMaxCount", pattern, None, path, high)


# --- SPARQL-based constraints and components (SHACL 5, 6) ---------------------------------

def constraint_components(g: Graph) -> list[Node]:
    """Every SPARQL-based constraint component declared in ``g``, in order."""
    return sorted({c for c in g.subjects(RDF.type, None)
                   if _instance_of(g, c, SH.ConstraintComponent)}, key=str)


def _components_of(g: Graph, shape: Node, components: list[Node] | None = None
                   ) -> list[tuple[Node, dict[str, Node]]]:
    """The SPARQL-based constraint components ``shape`` uses, each with its parameter
    values by name (a component is used when every mandatory parameter has a value);
    ``components``: :func:`constraint_components` of ``g``, when the caller has them."""
    out = []
    for component in components if components is not None else constraint_components(g):
        bindings: dict[str, Node] = {}
        complete = True
        for parameter in g.objects(component, SH.parameter):
            predicate = g.value(parameter, SH.path)
            value = g.value(shape, predicate) if predicate is not None else None
            if value is None:
                complete = complete and g.value(parameter, SH.optional) == Literal(True)
                continue
            bindings[_local_name(predicate)] = value
        if complete and bindings:
            out.append((component, bindings))
    return out


def _local_name(iri: Node) -> str:
    return re.split(r"[#/:]", str(iri))[-1]


def prefix_declarations(g: Graph, node: Node) -> str:
    """The PREFIX lines of a SPARQL-based constraint or validator (sh:prefixes, 5.2.1):
    the sh:declare of each node it names, wherever in the shapes graph that is."""
    lines = set()
    holders = {h for start in g.objects(node, SH.prefixes)
               for h in g.transitive_objects(start, OWL.imports)}
    for holder in holders:
        for decl in g.objects(holder, SH.declare):
            prefix, namespace = g.value(decl, SH.prefix), g.value(decl, SH.namespace)
            if prefix is None or namespace is None:
                raise ShapeError(f"a sh:declare of {holder} lacks sh:prefix or sh:namespace")
            lines.add(_declaration(holder, prefix, namespace))
    return "".join(sorted(lines))


def _declaration(holder: Node, prefix: Node, namespace: Node) -> str:
    """One PREFIX line, built only from a prefix name and an IRI (SHACL 5.2.1: sh:namespace
    is an IRI); anything else would write into the query."""
    try:
        return prefix_declaration(str(prefix), str(namespace))
    except QueryError as exc:
        raise ShapeError(f"sh:declare of {holder}: {exc.message}") from None


def check_declarations(g: Graph) -> None:
    """Every sh:declare in ``g`` a well-formed prefix and IRI, wherever it stands: pySHACL
    also joins the declarations of every owl:Ontology to each query's prefixes."""
    for holder, decl in g.subject_objects(SH.declare):
        for prefix in g.objects(decl, SH.prefix):
            for namespace in g.objects(decl, SH.namespace):
                _declaration(holder, prefix, namespace)


def check_prebindable(text: str, where: str, bound: tuple[str, ...] = ("this",)) -> None:
    """Refuse a query the spec says cannot be pre-bound (SHACL 5.2.1.1)."""
    code = masked(text)
    forbidden = _FORBIDDEN.search(code)
    if forbidden:
        raise ShapeError(f"{where}: SHACL does not allow {forbidden.group(1).upper()} in a "
                         "SPARQL-based constraint")
    for name in bound:
        if re.search(rf"\bAS\s+[?$]{name}\b", code, re.IGNORECASE):
            raise ShapeError(f"{where}: the query binds ${name}, which SHACL pre-binds")
    for select in list(re.finditer(r"\bSELECT\b", code, re.IGNORECASE))[1:]:
        projection = re.match(r"SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:WHERE\b|\{)",
                              code[select.start():], re.IGNORECASE | re.DOTALL)
        if projection is None:
            continue
        listed = projection.group(1)
        if "this" in bound and ("$this" in code or "?this" in code) and \
                not re.search(r"[?$]this\b", listed):
            raise ShapeError(f"{where}: a subquery does not return $this, so it cannot be "
                             "pre-bound (SHACL 5.2.1.1)")


def prebind(template: str, bindings: dict[str, str]) -> str:
    """``template`` with each pre-bound variable replaced by its term (SHACL 5.2.1): in
    every group and subquery, and dropped from the projections that listed it."""
    names = "|".join(map(re.escape, bindings))
    if not names:
        return template

    def projection(m: re.Match[str]) -> str:
        listed = re.sub(rf"[?$](?:{names})\b", "", m.group(2))
        return f"{m.group(1)}{listed if listed.strip() else ' * '}{m.group(3)}"

    text = re.sub(r"(\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?)(.*?)(\s*(?:\bWHERE\b|\{))",
                  projection, template, flags=re.IGNORECASE | re.DOTALL)
    # a pre-bound variable is bound everywhere, and BOUND() takes only a variable
    text = re.sub(rf"\bBOUND\s*\(\s*[?$](?:{names})\s*\)", "(true)", text,
                  flags=re.IGNORECASE)
    text = _bracket_in_conditions(text, names)
    return re.sub(rf"[?$]({names})\b", lambda m: bindings[m.group(1)], text)


#: a solution modifier whose conditions take a variable or a bracketed expression, never a
#: bare constant (SPARQL 1.1 grammar, GroupCondition and OrderCondition), up to what ends it
_CONDITIONS = re.compile(r"\b(?:GROUP|ORDER)\s+BY\b(.*?)(?=\bHAVING\b|\bORDER\b|\bLIMIT\b|"
                         r"\bOFFSET\b|\bVALUES\b|[{}]|$)", re.IGNORECASE | re.DOTALL)


def _bracket_in_conditions(text: str, names: str) -> str:
    """``GROUP BY $this`` as ``GROUP BY ($this)`` (and so in ORDER BY): pre-bound, the
    variable becomes a constant, and ``GROUP BY <iri>`` is not SPARQL, while
    ``GROUP BY (<iri>)`` is, grouping as the bound variable did."""
    code = masked(text)
    out, last = [], 0
    for clause in _CONDITIONS.finditer(code):
        for var in re.finditer(rf"[?$](?:{names})\b", clause.group(1)):
            start, end = clause.start(1) + var.start(), clause.start(1) + var.end()
            out.append(f"{text[last:start]}({text[start:end]})")
            last = end
    return "".join(out) + text[last:]


# --- the checks ----------------------------------------------------------------------------

def compile_shapes(g: Graph, *, kind_of: Callable[[Node], str] | None = None,
                   joined: dict[Node, list[SparqlConstraint]] | None = None
                   ) -> tuple[CompiledCheck, ...]:
    """Every constraint of every targeted shape in ``g``, compiled to a whole-graph query.

    ``kind_of`` names each root shape's kind of check; ``joined`` lists, per root shape,
    the SPARQL constraints run once over the whole graph joined to their target pattern
    (claimgraph's own, which the pySHACL cross-check holds to the pre-bound result)."""
    check_declarations(g)
    check_property_shapes(g)
    compiler = _Compiler(g)
    checks: list[CompiledCheck] = []
    for root in targeted_shapes(g):
        targets = target_pattern(g, root)
        assert targets is not None
        kind = kind_of(root) if kind_of is not None else "structure"
        checks.extend(_compile_shape(compiler, root, root, kind, targets,
                                     (joined or {}).get(root)))
    return tuple(checks)


def _compile_shape(compiler: _Compiler, shape: Node, root: Node, kind: str, focus: str,
                   joined: list[SparqlConstraint] | None,
                   keys: tuple[str, ...] = ()) -> Iterator[CompiledCheck]:
    """``shape``'s checks at the focus nodes ``focus`` binds to ?this, and those of its
    property shapes.  ``keys`` are the outer focus nodes of a property shape nested in
    a property shape: each value node is validated once for each of them."""
    g = compiler.g
    severity = severity_name(g.value(shape, SH.severity))
    message = g.value(shape, SH.message)
    path = g.value(shape, SH.path)
    for v in compiler.violations(shape, "?this"):
        projected = ["?this"]
        binds = ""
        if v.value == "?this":
            binds += " BIND (?this AS ?value)"
            projected.append("?value")
        elif v.value:
            projected.append(f"({v.value} AS ?value)")
        if v.path_var:
            projected.append(f"({v.path_var} AS ?path)")
        if v.key:
            projected.append(v.key)
        projected.extend(keys)
        query = f"SELECT DISTINCT {' '.join(projected)} WHERE {{ {{ {focus} }} {v.pattern}{binds} }}"
        yield CompiledCheck(shape, root, kind, v.component, severity,
                            str(message) if message is not None else None, query, v.path,
                            v.parameter, component_iri=SH[f"{v.component}ConstraintComponent"],
                            datatype=v.datatype)
    if joined is not None:
        for constraint in joined:
            query = constraint.prefixes + wrap_in_target(constraint.body(), focus)
            yield CompiledCheck(shape, root, kind, "SPARQL", severity, constraint.message,
                                query, constraint=constraint,
                                component_iri=SH.SPARQLConstraintComponent)
    else:
        yield from _prebound_checks(compiler, shape, root, kind, focus, severity)
    for prop in sorted(g.objects(shape, SH.property), key=str):
        if is_deactivated(g, prop):
            continue
        if path is None:
            inner = focus
        else:
            u = compiler.fresh("f")
            inner = f"{{ {focus.replace('?this', u)} }} {u} {path_expression(g, path)} ?this ."
            keys = (*keys, u)
        yield from _compile_shape(compiler, prop, root, kind, inner, None, keys)


def _prebound_checks(compiler: _Compiler, shape: Node, root: Node, kind: str, focus: str,
                     severity: str) -> Iterator[CompiledCheck]:
    g = compiler.g
    path = g.value(shape, SH.path)
    path_text = path_expression(g, path) if path is not None else None
    focus_query = f"SELECT DISTINCT ?this WHERE {{ {focus} }}"
    for node in sorted(g.objects(shape, SH.sparql), key=str):
        if is_deactivated(g, node):
            continue
        select = g.value(node, SH.select)
        if select is None:
            raise ShapeError(f"the SPARQL constraint of {shape} has no sh:select")
        where = f"shape {shape}"
        text = _normalised(str(select), where)
        check_prebindable(text, where)
        text = _guarded(prefix_declarations(g, node) + _fill(text, path_text, shape), where)
        message = g.value(node, SH.message) or g.value(shape, SH.message)
        yield CompiledCheck(shape, root, kind, "SPARQL", severity,
                            str(message) if message is not None else None, focus_query,
                            path, constraint=node, component_iri=SH.SPARQLConstraintComponent,
                            template=text, node_shape=path is None)
    for component, parameters in _components_of(g, shape, compiler.components):
        validator = None
        for predicate in ((SH.propertyValidator,) if path is not None else (SH.nodeValidator,)):
            validator = g.value(component, predicate)
        validator = validator if validator is not None else g.value(component, SH.validator)
        if validator is None:
            raise CompileError(f"component {component} has no validator for shape {shape}")
        ask = g.value(validator, SH.ask)
        body = ask if ask is not None else g.value(validator, SH.select)
        if body is None:
            raise ShapeError(f"validator {validator} of {component} has neither sh:ask "
                             "nor sh:select")
        text = _normalised(str(body), f"component {component}")
        check_prebindable(text, f"component {component}",
                          ("this", "value") if ask is not None else ("this",))
        text = prebind(text, {name: term(value) for name, value in parameters.items()})
        text = _guarded(prefix_declarations(g, validator) + _fill(text, path_text, shape),
                        f"shape {shape} (component {component})")
        message = g.value(shape, SH.message) or g.value(validator, SH.message) or \
            g.value(component, SH.message)
        if ask is not None:
            values = f"{focus} ?this {path_text} ?value ." if path_text else \
                f"{focus} BIND (?this AS ?value)"
            query = f"SELECT DISTINCT ?this ?value WHERE {{ {values} }}"
        else:
            query = focus_query
        yield CompiledCheck(shape, root, kind, _local_name(component), severity,
                            str(message) if message is not None else None, query, path,
                            constraint=validator, component_iri=URIRef(component),
                            template=text, ask=ask is not None, node_shape=path is None)


def _normalised(text: str, where: str) -> str:
    """A user's query text as the guard reads it (escapes expanded, line ends LF), so that
    the SHACL checks and the pre-binding below see what the engine will."""
    try:
        return normalise(text)
    except QueryError as exc:
        raise ShapeError(f"{where}: {exc.message}") from None


def _guarded(text: str, where: str) -> str:
    """The template (prefixes joined, parameters written in) through the query guard: a
    refusal names the shape when the shapes are read, before either engine runs."""
    from kg.check.guarded import guard_query
    return guard_query(text, where)


def _fill(text: str, path_text: str | None, shape: Node) -> str:
    """$PATH, $currentShape and $shapesGraph of a SPARQL-based constraint (5.2.1, 6.2.3):
    the engine loads the shapes graph as the named graph :data:`SHAPES_GRAPH` for a
    query that names it."""
    if path_text is not None:
        text = re.sub(r"\$PATH\b", path_text, text)
    bindings = {"shapesGraph": f"<{SHAPES_GRAPH}>"}
    if isinstance(shape, URIRef):
        bindings["currentShape"] = term(shape)
    return prebind(text, bindings)


@cache
def compiled_checks() -> tuple[CompiledCheck, ...]:
    """Every constraint of claimgraph's shapes (ontology/shapes/), compiled: as kept
    (:mod:`kg.check.kept`), else compiled here."""
    from kg.check.kept import kept

    found = kept()
    return found[1] if found is not None else compile_checks(shape_index())


def compile_checks(index: ShapeIndex) -> tuple[CompiledCheck, ...]:
    """The constraints of claimgraph's shapes graph, compiled (``index``: its index)."""
    g = shapes_graph()
    joined: dict[Node, list[SparqlConstraint]] = {}
    for constraint in index.constraints:
        joined.setdefault(constraint.shape, []).append(constraint)
    for shape in g.subjects(CG.checkKind, None):
        joined.setdefault(shape, [])
    ignored = ignored_terms(g)
    if ignored:  # a user's shapes get a warning; a typo in the project's own is a bug
        raise CompileError(f"shape {ignored[0][0]} uses {ignored[0][1]}, which is no SHACL "
                           "Core constraint")
    return compile_shapes(g, kind_of=index.kind, joined=joined)


def wrap_in_target(select: str, targets: str) -> str:
    """A SPARQL-based constraint over the whole graph: its focus nodes joined in front."""
    return f"SELECT * WHERE {{ {{ {targets} }} {{ {select} }} }}"


def core_message(shape: Node, component: str, g: Graph | None = None) -> str:
    """The message of a Core result: the shape's sh:message, else the default text.

    Both engines word results this way, so their reports match to the letter."""
    g = g if g is not None else shapes_graph()
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
    from kg.namespaces import compact_iri

    if isinstance(node, URIRef):
        return compact_iri(str(node))
    if isinstance(node, Literal):
        return str(node)
    if (node, RDF.first, None) in g:
        return "/".join(_describe(g, n) for n in Collection(g, node))
    return "a shape"
