"""What the shapes say about themselves: each shape's kind of check, which
relation class each kind checks, and the SPARQL of each constraint.

Read from ontology/shapes/ so that nothing here repeats a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.namespaces import CG, SH
from kg.vocab import shapes_graph

#: more significant digits than any written figure has: a computed, non-terminating quotient
LONG_QUOTIENT = 15
#: significant digits a message shows of such a quotient
SHOWN_DIGITS = 6

#: kinds of check whose pairs span documents: they find nothing in one document's graph,
#: and kg check runs them over every document's figures together (kg/check/agreement.py)
CORPUS_KINDS = ("agreement", "containment")
#: of those, the kinds whose shapes also find pairs within a document (the per-document run
#: reports them; the run over every document's figures keeps the pairs across documents)
WITHIN_AND_ACROSS = ("containment",)

#: The line every explainable constraint ends with (see ontology/shapes/*.ttl).
VERDICT_LINE = "FILTER (!?holds)"


@dataclass(frozen=True)
class SparqlConstraint:
    """One sh:sparql constraint of a shape."""

    node: Node  # the constraint's node in the shapes graph
    shape: URIRef
    kind: str
    select: str
    prefixes: str
    message: str | None = None

    @property
    def explainable(self) -> bool:
        return self.select.rstrip().rstrip("}").rstrip().endswith(VERDICT_LINE)

    def explain_query(self) -> str:
        """The constraint over the whole graph, without its verdict filter."""
        return self.prefixes + self.body()

    def body(self) -> str:
        """The SELECT with ``$this`` as an ordinary variable and no verdict filter
        (a constraint that has none is unchanged)."""
        return self.select.replace(VERDICT_LINE, "", 1).replace("$this", "?this")


@dataclass(frozen=True)
class ShapeIndex:
    kind_of_shape: dict[Node, str]  # node or property shape -> check kind
    kind_of_class: dict[URIRef, str]  # relation class -> check kind
    constraints: tuple[SparqlConstraint, ...]
    #: every shape -> the named shape it belongs to (a property shape is a blank node
    #: whose label changes from run to run; reports name its named shape instead)
    root_of_shape: dict[Node, URIRef]

    def kind(self, shape: Node | None) -> str:
        return self.kind_of_shape.get(shape, "structure") if shape is not None else "structure"


@cache
def shape_index() -> ShapeIndex:
    """claimgraph's shapes indexed: as kept (:mod:`kg.check.kept`), else of the graph."""
    from kg.check.kept import kept

    found = kept()
    return found[0] if found is not None else index_shapes(shapes_graph())


def index_shapes(g: Graph) -> ShapeIndex:
    kinds: dict[Node, str] = {}
    roots: dict[Node, URIRef] = {}
    classes: dict[URIRef, str] = {}
    constraints: list[SparqlConstraint] = []
    for shape, kind in g.subject_objects(CG.checkKind):
        kind = str(kind)
        kinds[shape] = kind
        roots[shape] = URIRef(shape)
        for prop in g.objects(shape, SH.property):
            _mark_nested(g, prop, kind, URIRef(shape), kinds, roots)
        if kind not in CORPUS_KINDS + ("structure", "provenance"):
            for cls in g.objects(shape, SH.targetClass):
                classes[URIRef(cls)] = kind
        for node in g.objects(shape, SH.sparql):
            select = str(g.value(node, SH.select))
            # a constraint shared by two shapes speaks with the message of the one running it
            message = g.value(shape, SH.message) or g.value(node, SH.message)
            constraints.append(SparqlConstraint(node, URIRef(shape), kind, select,
                                                _prefixes(g, g.value(node, SH.prefixes)),
                                                str(message) if message is not None else None))
    constraints.sort(key=lambda c: (str(c.shape), c.select))
    return ShapeIndex(kinds, classes, tuple(constraints), roots)


def _mark_nested(g: Graph, node: Node, kind: str, root: URIRef, kinds: dict[Node, str],
                 roots: dict[Node, URIRef]) -> None:
    """Property shapes (and shapes inside sh:or, qualified shapes) inherit the kind and
    belong to the named shape they hang from."""
    if node in kinds:
        return
    kinds[node] = kind
    roots[node] = root
    children = [c for p in (SH.property, SH.qualifiedValueShape, SH.node)
                for c in g.objects(node, p)]
    children += [c for p in (SH["or"], SH["and"]) for lst in g.objects(node, p)
                 for c in Collection(g, lst)]
    for child in children:
        if isinstance(child, BNode):
            _mark_nested(g, child, kind, root, kinds, roots)


def _prefixes(g: Graph, holder: Node | None) -> str:
    if holder is None:
        return ""
    lines = []
    for decl in g.objects(holder, SH.declare):
        lines.append(f"PREFIX {g.value(decl, SH.prefix)}: <{g.value(decl, SH.namespace)}>\n")
    return "".join(sorted(lines))


def render_message(template: str, row: dict[str, Node]) -> str:
    """A constraint's sh:message with its {?var} filled from a result row, numbers written
    canonically (stores differ on lexical forms: 8335000000.0 and 8335000000 are one value)."""
    from decimal import Decimal, InvalidOperation

    from rdflib import Literal

    from kg.numbers import canonical

    def value(m: re.Match[str]) -> str:
        term = row.get(m.group(1))
        if term is None:
            return m.group(0)
        if isinstance(term, Literal) and term.datatype is not None and \
                str(term.datatype).startswith("http://www.w3.org/2001/XMLSchema#") and \
                str(term.datatype).rsplit("#")[-1] in ("decimal", "integer", "double", "float"):
            try:
                number = Decimal(str(term))
            except InvalidOperation:
                return str(term)
            if len(number.as_tuple().digits) > LONG_QUOTIENT:
                # a quotient that does not terminate: engines cut it at different digits
                number = round(number, SHOWN_DIGITS - number.adjusted() - 1)
            return f"{canonical(number):f}"
        return short(term)

    return re.sub(r"\{[?$](\w+)\}", value, template)


def short(term: object) -> str:
    """A term as a person reads it in a message: a vocabulary term as a prefixed name
    (unit:PERCENT), a document's own node by its id (f-3), a literal as its text.

    >>> short(URIRef("https://w3id.org/claimgraph/doc/um/f-3")), short(URIRef(
    ...     "http://qudt.org/vocab/unit/PERCENT"))
    ('f-3', 'unit:PERCENT')
    """
    from kg.namespaces import compact_iri

    if not isinstance(term, URIRef):
        return str(term)
    text = compact_iri(str(term))
    if text == str(term) or text.startswith("doc:"):  # a document's node: its id
        return re.split(r"[#/]", str(term).rstrip("/"))[-1] or str(term)
    return text


def relation_classes() -> set[URIRef]:
    """Every class of relation some arithmetic or calendar shape checks."""
    return set(shape_index().kind_of_class)


def is_relation(graph: Graph, node: Node) -> bool:
    return any((node, RDF.type, cls) in graph for cls in relation_classes())
