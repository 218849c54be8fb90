"""The vocabulary in ontology/: where it is, and the lookups the build needs from it.

Hedge intervals and unit codes live in the vocabulary as data (``cg:Hedge``
individuals, ``skos:notation`` on units), so a new hedge or unit is a Turtle edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.folders import bundled_claims_dir, data_dir  # noqa: F401 - where they were
from kg.namespaces import CG, QUDT, bind_prefixes

#: roles whose objects are the figures (or dates) a relation relates
ROLES = (CG.total, CG.part, CG.minuend, CG.subtrahend, CG.difference, CG.numerator,
         CG.denominator, CG.ratio, CG.initial, CG.final, CG.change, CG.amount,
         CG.convertedAmount, CG.rate, CG.greater, CG.lesser, CG.onDate, CG.aggregate,
         CG["count"], CG.average, CG.multiple, CG.base, CG.factor, CG.growthRate, CG.portion,
         CG.whole, CG.share, CG.first, CG.restatedAs)


def ontology_dir() -> Path:
    return data_dir("ontology")


def shapes_dir() -> Path:
    return ontology_dir() / "shapes"


@cache
def ontology_graph() -> Graph:
    """The vocabulary and the shapes: every Turtle file under ontology/, parsed once."""
    return _parse_all(sorted(ontology_dir().rglob("*.ttl")))


@cache
def vocabulary_graph() -> Graph:
    """The vocabulary alone (ontology/*.ttl, without the shapes)."""
    return _parse_all(sorted(ontology_dir().glob("*.ttl")))


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes alone (ontology/shapes/*.ttl): every check claimgraph runs."""
    return _parse_all(sorted(shapes_dir().glob("*.ttl")))


def _parse_all(paths: list[Path]) -> Graph:
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


@dataclass(frozen=True)
class HedgeRule:
    """How a hedge changes the interval of a written number (see ontology/vocabulary.ttl)."""

    iri: URIRef
    notation: str
    widen_below: Decimal | None
    widen_above: Decimal | None
    open_above: bool
    open_below: bool


@dataclass(frozen=True)
class Vocabulary:
    units: dict[str, URIRef]  # notation -> unit IRI
    unit_codes: dict[URIRef, str]  # unit IRI -> notation
    hedges: dict[str, HedgeRule]  # notation -> rule
    hedge_by_iri: dict[URIRef, HedgeRule]
    #: notation -> (QUDT dimension vector, conversion multiplier to the SI base unit)
    scales: dict[str, tuple[str, Decimal]] = field(default_factory=dict)
    currencies: frozenset[str] = frozenset()
    kinds: dict[str, set[str]] = field(default_factory=dict)  # notation -> QUDT quantity kinds

    def factor(self, source: str | None, target: str | None) -> Decimal | None:
        """What a value in unit ``source`` is multiplied by to be in ``target``, from QUDT's
        conversion multipliers: units of one dimension only, never two currencies (QUDT
        gives every currency the multiplier 1).

        >>> vocabulary().factor("MILE", "KM")
        Decimal('1.609344')
        """
        if source is None or target is None or source in self.currencies or \
                target in self.currencies:
            return None
        a, b = self.scales.get(source), self.scales.get(target)
        if a is None or b is None or a[0] != b[0] or b[1] == 0 or \
                not self.kinds.get(source, set()) & self.kinds.get(target, set()):
            return None  # a count and a percentage share a dimension, not a quantity kind
        return a[1] / b[1]


@cache
def vocabulary() -> Vocabulary:
    g = vocabulary_graph()
    units: dict[str, URIRef] = {}
    for unit in g.subjects(RDF.type, QUDT.Unit):
        notation = g.value(unit, SKOS.notation)
        if isinstance(unit, URIRef) and notation is not None:
            units[str(notation)] = unit
    hedges: dict[str, HedgeRule] = {}
    for hedge in g.subjects(RDF.type, CG.Hedge):
        notation = str(g.value(hedge, SKOS.notation))

        def dec(prop: URIRef, hedge: URIRef = hedge) -> Decimal | None:
            v = g.value(hedge, prop)
            return Decimal(str(v)) if v is not None else None

        def flag(prop: URIRef, hedge: URIRef = hedge) -> bool:
            v = g.value(hedge, prop)
            return v is not None and v.toPython() is True

        hedges[notation] = HedgeRule(URIRef(hedge), notation, dec(CG.widenBelow),
                                     dec(CG.widenAbove), flag(CG.openAbove), flag(CG.openBelow))
    scales: dict[str, tuple[str, Decimal]] = {}
    for notation, unit in units.items():
        vector, multiplier = g.value(unit, QUDT.hasDimensionVector), \
            g.value(unit, QUDT.conversionMultiplier)
        if vector is not None and multiplier is not None and \
                g.value(unit, QUDT.conversionOffset) in (None, Literal(0), Literal(0.0)):
            scales[notation] = (str(vector), Decimal(str(multiplier)))
    currencies = frozenset(n for n, u in units.items() if (u, RDF.type, QUDT.CurrencyUnit) in g)
    kinds = {n: {str(k) for k in g.objects(u, QUDT.unitForQuantityKind)} for n, u in units.items()}
    return Vocabulary(units=units, unit_codes={v: k for k, v in units.items()}, hedges=hedges,
                      hedge_by_iri={h.iri: h for h in hedges.values()}, scales=scales,
                      currencies=currencies, kinds=kinds)
