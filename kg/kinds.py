"""The relation kinds and the properties each takes, read from the SHACL shapes.

The shapes are the one copy of every rule: a kind is a class ``cg:RelationShape``
targets, and the properties it takes are the paths of the shapes that target it (a
minimum count of one makes a property required), with those the vocabulary gives that
kind alone (``rdfs:domain``: cg:referenceRate, which the build writes).  The build refuses a
``cg:`` property a relation's kind does not take (a guessed ``cg:rate`` on a compound
growth was silently ignored), ``kg new``'s templates and the encoding reference
(``python -m kg.reference``) list the same properties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.namespaces import CG, SH
from kg.vocab import class_properties, shapes_graph

#: what every relation may carry besides its roles: who states it, and what kg read and
#: kg new write on it (``rdfs:label``, ``skos:note`` and other standard terms are not cg:)
COMMON = (CG.claim, CG.basis, CG.evidence, CG.readBy, CG.confidence, CG.draft)


@dataclass(frozen=True)
class Kind:
    """A relation kind: its class and the properties it takes, in the order of roles below."""

    iri: URIRef
    required: tuple[URIRef, ...]
    optional: tuple[URIRef, ...]
    #: what a shape forbids outright (sh:maxCount 0): the shape says why, not the build
    refused: tuple[URIRef, ...] = ()

    @property
    def properties(self) -> tuple[URIRef, ...]:
        return self.required + self.optional

    def takes(self, prop: URIRef) -> bool:
        return prop in self.properties or prop in COMMON or prop in self.refused


def curie(iri: URIRef) -> str:
    """``cg:growthRate`` for a cg: IRI, else the IRI in angle brackets."""
    text = str(iri)
    for prefix, ns in (("cg", CG), ("rdfs", RDFS)):
        if text.startswith(str(ns)):
            return f"{prefix}:{text[len(str(ns)):]}"
    return f"<{text}>"


@cache
def common_properties() -> tuple[tuple[URIRef, ...], tuple[URIRef, ...]]:
    """(required, optional): what cg:RelationShape asks of every relation."""
    return _paths(shapes_graph(), [CG.RelationShape])


@cache
def relation_kinds() -> dict[URIRef, Kind]:
    """Every relation kind the shapes check (the classes cg:RelationShape targets), by name,
    with the roles its own shapes and the vocabulary (``rdfs:domain``) give it."""
    from kg.check.kept import kept

    found = kept()
    roles = found[2]["relation_roles"] if found is not None else shape_roles(shapes_graph())
    kinds: dict[URIRef, Kind] = {}
    for cls, required, optional, refused in roles:
        extra = [p for p in class_properties(cls) if p not in required and p not in optional]
        kinds[cls] = Kind(cls, required, _by_role(list(optional) + extra), refused)
    return kinds


def shape_roles(shapes: Graph) -> list[tuple[URIRef, tuple[URIRef, ...], tuple[URIRef, ...],
                                             tuple[URIRef, ...]]]:
    """(kind, required, optional, refused) of every relation kind, as its own shapes give
    them (the vocabulary's are added by :func:`relation_kinds`): kept in
    kg/compiled-shapes.json (:mod:`kg.check.kept`), so that a check reads no shapes graph
    for them (about 10 ms of the paper's cold check, issue 32)."""
    roles = []
    for cls in sorted(shapes.objects(CG.RelationShape, SH.targetClass), key=str):
        own = [s for s in shapes.subjects(SH.targetClass, cls) if s != CG.RelationShape]
        required, optional = _paths(shapes, own)
        refused = _by_role([shapes.value(p, SH.path) for s in own
                            for p in shapes.objects(s, SH.property)
                            if str(shapes.value(p, SH.maxCount)) == "0"
                            and isinstance(shapes.value(p, SH.path), URIRef)])
        roles.append((URIRef(cls), required, optional, refused))
    return roles


def _paths(shapes: Graph, owners: list) -> tuple[tuple[URIRef, ...], tuple[URIRef, ...]]:
    """The direct paths of the property shapes of ``owners``: required (sh:minCount above 0)
    and optional; a path with sh:maxCount 0 is forbidden, and a list path
    ( cg:ratio qudt:unit ) says a role's unit, not a property."""
    required: set[URIRef] = set()
    optional: set[URIRef] = set()
    for owner in owners:
        for prop in shapes.objects(owner, SH.property):
            path = shapes.value(prop, SH.path)
            if not isinstance(path, URIRef):
                continue
            low, high = shapes.value(prop, SH.minCount), shapes.value(prop, SH.maxCount)
            if high is not None and int(high) == 0:
                continue
            (required if low is not None and int(low) > 0 else optional).add(path)
    return _by_role(list(required)), _by_role(list(optional - required))


def _by_role(props: list[URIRef]) -> tuple[URIRef, ...]:
    order = {p: i for i, p in enumerate(_ROLE_ORDER)}
    return tuple(sorted(set(props), key=lambda p: (order.get(p, len(order)), str(p))))


#: the order roles are listed in: as a sentence names them ('from X to Y, a change of Z')
_ROLE_ORDER = (CG.claim, CG.basis, RDFS.label, CG.total, CG.part, CG.minuend, CG.subtrahend,
               CG.difference, CG.numerator, CG.denominator, CG.ratio, CG.initial, CG.final,
               CG.change, CG.direction, CG.amount, CG.convertedAmount, CG.rate,
               CG.referenceRate, CG.referenceRateUnavailable, CG.greater, CG.lesser,
               CG.readingOf, CG.onDate, CG.holiday, CG.weekday, CG.aggregate, CG["count"],
               CG.average, CG.multiple, CG.factor, CG.base, CG.growthRate, CG.periods,
               CG.portion, CG.share, CG.whole, CG.first, CG.restatedAs)


def unknown_properties(graph: Graph) -> list[tuple[URIRef, URIRef, Kind]]:
    """(relation, property, its kind) for each cg: property a relation's kind does not take."""
    kinds = relation_kinds()
    found = []
    for cls, kind in kinds.items():
        for relation in sorted(set(graph.subjects(RDF.type, cls)), key=str):
            if not isinstance(relation, URIRef):
                continue
            # a node of two kinds takes what either takes
            others = [kinds[c] for c in graph.objects(relation, RDF.type) if c in kinds]
            for prop in sorted(set(graph.predicates(relation, None)), key=str):
                if str(prop).startswith(str(CG)) and not any(k.takes(prop) for k in others):
                    found.append((relation, URIRef(prop), kind))
    return sorted(set(found), key=lambda t: (str(t[0]), str(t[1])))


def takes_hint(kind: Kind) -> str:
    """'cg:CompoundGrowthRelation takes cg:initial, …': the fix for a guessed property."""
    text = f"{curie(kind.iri)} takes " + ", ".join(curie(p) for p in kind.required)
    if kind.optional:
        text += ", and may take " + ", ".join(curie(p) for p in kind.optional)
    common = ", ".join(curie(p) for p in common_properties()[0])
    return f"{text}; every relation takes {common} (docs/reference.md lists them all)"


def property_line(path: Path, start: int, prop: URIRef) -> int:
    """The line, from ``start`` on, of the first ``cg:name`` or full IRI of ``prop`` in the
    Turtle file ``path``, so the message points at the line to fix; ``start`` if none."""
    local = str(prop)[len(str(CG)):]
    pattern = re.compile(rf"(?<![\w:])cg:{re.escape(local)}(?![\w-])|<{re.escape(str(prop))}>")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return start
    for number in range(max(start, 1), len(lines) + 1):
        if pattern.search(lines[number - 1]):
            return number
    return start
