"""The vocabulary in ontology/: where it is, and the lookups the build needs from it.

Hedge intervals and unit codes live in the vocabulary as data (``cg:Hedge``
individuals, ``skos:notation`` on units), so a new hedge or unit is a Turtle edit.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.plugins.stores.memory import Memory

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
    """The vocabulary and the shapes: every Turtle file under ontology/, parsed once.
    Shared by the whole process, so it refuses changes (:func:`shared`)."""
    return shared(_parse_all(sorted(ontology_dir().rglob("*.ttl"))), "the ontology graph")


@cache
def vocabulary_graph() -> Graph:
    """The vocabulary alone (ontology/*.ttl, without the shapes).  Shared by the whole
    process, so it refuses changes (:func:`shared`)."""
    return shared(_parse_all(_vocabulary_files()), "the vocabulary graph")


def _vocabulary_files() -> list[Path]:
    return sorted(ontology_dir().glob("*.ttl"))


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes alone (ontology/shapes/*.ttl): every check claimgraph runs.  Built
    from kg/shapes-graph.json where that was made of these shape files, this code and
    this rdflib (the graph a parse gives, triple for triple and in the parser's order,
    without parsing: :func:`kg.check.kept.kept_shapes_graph`), else parsed.  Every later
    check in the process reads this one graph, so it refuses changes (:func:`shared`): a
    caller that must add to it (pySHACL does) works on :func:`own_copy`."""
    from kg.check.kept import kept_shapes_graph

    kept = kept_shapes_graph()
    return shared(kept if kept is not None else _parse_all(sorted(shapes_dir().glob("*.ttl"))),
                  "the shapes graph")


class SharedGraphError(RuntimeError):
    """A change asked of a graph the whole process shares (:func:`shared`).  Not a
    TypeError: rdflib's namespace manager takes a store's TypeError for an old store's
    ``bind`` signature, and drops it."""


class _SharedStore(Memory):
    """rdflib's in-memory store, which refuses every change (a triple added or removed, a
    prefix bound anew) once :func:`shared` names what it holds.

    A graph a :func:`functools.cache` keeps is read by every later check in the process
    (kg serve and the app live long): a triple one caller adds would be in the next
    check's shapes, findings would depend on what ran before.  pySHACL, for one, adds
    ``owl:Class rdfs:subClassOf rdfs:Class`` to the shapes graph it is given, whatever its
    ``inplace`` says (that option is about the data graph)."""

    #: what the store holds, once shared (None while it is being filled)
    shared: str | None = None

    def __init__(self) -> None:
        super().__init__()
        #: every triple in the order it was added (None once one was removed): a copy
        #: made in this order answers every lookup in the same order (:func:`own_copy`)
        self.order: list[tuple] | None = []

    def _refuse(self, change: str) -> None:
        raise SharedGraphError(f"{self.shared} is shared by every check this process runs: "
                               f"{change} a copy of it (kg.vocab.own_copy), not the graph "
                               "itself")

    def add(self, triple, context, quoted=False):  # type: ignore[no-untyped-def]
        if self.shared is not None:
            self._refuse(f"add {triple} to")
        if self.order is not None:
            self.order.append(triple)
        return super().add(triple, context, quoted)

    def addN(self, quads):  # type: ignore[no-untyped-def]  # noqa: N802
        if self.shared is not None:
            self._refuse("add triples to")
        return super().addN(quads)

    def remove(self, triple, context=None):  # type: ignore[no-untyped-def]
        if self.shared is not None:
            self._refuse(f"remove {triple} from")
        self.order = None
        return super().remove(triple, context)

    def add_graph(self, graph):  # type: ignore[no-untyped-def]
        if self.shared is not None:
            self._refuse("add a graph to")
        return super().add_graph(graph)

    def remove_graph(self, graph):  # type: ignore[no-untyped-def]
        if self.shared is not None:
            self._refuse("remove a graph from")
        self.order = None
        return super().remove_graph(graph)

    def bind(self, prefix, namespace, override=True):  # type: ignore[no-untyped-def]
        if self.shared is not None:  # a bind that changes nothing is no change
            scratch = Memory()
            for p, n in self.namespaces():
                scratch.bind(p, n)
            scratch.bind(prefix, namespace, override)
            if set(scratch.namespaces()) == set(self.namespaces()):
                return None
            self._refuse(f"bind the prefix {prefix!r} to {namespace} in")
        return super().bind(prefix, namespace, override)


def shareable() -> Graph:
    """An empty graph to fill, then share (:func:`shared`)."""
    return Graph(store=_SharedStore(), bind_namespaces="none")


def shared(graph: Graph, what: str) -> Graph:
    """``graph`` (made on a :class:`_SharedStore`), from now on refusing every change with
    a :class:`SharedGraphError` naming it as ``what``."""
    assert isinstance(graph.store, _SharedStore), "made on a _SharedStore"
    graph.store.shared = what
    return graph


def own_copy(graph: Graph) -> Graph:
    """A new graph with ``graph``'s triples and prefixes: a caller's own, to change as it
    likes (:class:`_SharedStore`).  A shared graph's triples are added in the order they
    were added to it, so that the copy answers every lookup (``objects``, ``subjects``, ...)
    in the same order as the graph itself; other graphs' in the order they iterate."""
    copy = Graph(bind_namespaces="none")
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    order = getattr(graph.store, "order", None)
    triples = order if order is not None else graph
    copy.addN((s, p, o, copy) for s, p, o in triples)
    return copy


def _parse_all(paths: list[Path], graph: _Labelled | None = None) -> Graph:
    graph = bind_prefixes(graph if graph is not None else _Labelled())
    for path in paths:
        graph.tag = "s" + hashlib.sha256(path.name.encode()).hexdigest()[:12]
        try:
            graph.parse(path, format="turtle")
        finally:
            graph.tag = None
    return graph


#: a blank node's label as rdflib's Turtle parser makes it: a parse's id, then a number
_NUMBERED = re.compile(r"[nf][0-9a-f]{32}b(\d+)")


class _Labelled(Graph):
    """A graph whose blank nodes rdflib's Turtle parser numbers are labelled, while a file is
    parsed into it, by the file's name (``tag``) and that number, not by a random id of the
    parse: the same label in every process, in the parser's order within a file (so what
    is ordered by a shape's label is ordered as before), and the label the shapes kept
    compiled (:mod:`kg.check.kept`) name.  Triples are added in the parser's order, which
    the store records (:attr:`_SharedStore.order`)."""

    def __init__(self) -> None:
        super().__init__(store=_SharedStore(), bind_namespaces="none")
        self.tag: str | None = None

    def add(self, triple):  # type: ignore[no-untyped-def]
        if self.tag is not None:
            triple = tuple(self._label(t) for t in triple)
        return super().add(triple)

    def _label(self, node: Any) -> Any:
        if isinstance(node, BNode):
            numbered = _NUMBERED.fullmatch(node)
            if numbered:
                return BNode(f"{self.tag}b{numbered.group(1)}")
        return node


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
    kept = kept_readings()
    return _vocabulary_of(kept["vocabulary"]) if kept else _read_vocabulary(vocabulary_graph())


def _read_vocabulary(g: Graph) -> Vocabulary:
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


# --- what a check reads of the vocabulary, kept ---------------------------------------------

#: what :func:`readings` takes of the vocabulary, kept beside the code with a digest of the
#: vocabulary files it was taken of (``python -m kg.vocab`` writes it again).  Parsing
#: ontology/*.ttl with rdflib took 0.07 to 0.15 s of every check, for a few lookups
#: (issue 32); where the files differ from the digest, the vocabulary is parsed as before.
#: Data only (JSON and N-Quads): nothing in it is run.
READINGS = Path(__file__).with_name("vocabulary-readings.json")
#: the layout of :data:`READINGS` and the code that takes it; a change to either bumps it
READINGS_FORMAT = 2


def vocabulary_digest() -> str:
    """A digest of the vocabulary files (names and bytes) and of :data:`READINGS_FORMAT`."""
    h = hashlib.sha256(f"claimgraph vocabulary readings {READINGS_FORMAT}\n".encode())
    for path in _vocabulary_files():
        data = path.read_bytes()
        h.update(f"{path.name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


@cache
def kept_readings() -> dict[str, Any] | None:
    """:data:`READINGS` if it was taken of the vocabulary files there are, else None."""
    try:
        kept = json.loads(READINGS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("digest") != vocabulary_digest():
        return None
    return kept


def readings() -> dict[str, Any]:
    """Everything a check reads of the vocabulary graph, taken of the graph itself: the
    :class:`Vocabulary`, the unit names a text writes after a number, each class's
    properties (``rdfs:domain``), the additive measures, and the quads a check's store is
    loaded with (N-Quads, ill-formed literals marked)."""
    import pyoxigraph as ox
    from rdflib.namespace import RDFS

    from kg.check.oxigraph import vocabulary_quads_of
    from kg.numbers import read_vocabulary_units

    g = vocabulary_graph()
    domains: dict[str, list[str]] = {}
    for prop, cls in g.subject_objects(RDFS.domain):
        if isinstance(prop, URIRef):
            domains.setdefault(str(cls), []).append(str(prop))
    vocab = _read_vocabulary(g)
    return {
        "digest": vocabulary_digest(),
        "vocabulary": _vocabulary_data(vocab),
        "unit_words": read_vocabulary_units(vocab, g),
        "unit_symbols": unit_symbols_in(vocab, g),
        "domains": domains,
        "additive": [str(m) for m in _additive_in(g)],
        # sorted: the graph's own order is another in every process (and a check's store
        # answers the same in any)
        "quads": sorted(ox.serialize(vocabulary_quads_of(g),
                                     format=ox.RdfFormat.N_QUADS).decode().splitlines()),
    }


def unit_symbols_in(vocab: Vocabulary, g: Graph) -> list[list[str]]:
    """Each unit's QUDT symbol (``qudt:symbol``, as ``Graph.value`` gives it), as
    [notation, symbol], in the vocabulary's order of units: the table reader's unit
    symbols (:func:`kg.read.tables.unit_symbols`) are taken of these, so that a read
    does not parse the vocabulary files for them."""
    out = []
    for iri, code in vocab.unit_codes.items():
        symbol = g.value(iri, QUDT.symbol)
        if symbol is not None:
            out.append([code, str(symbol)])
    return out


def unit_symbols() -> list[list[str]]:
    """:func:`unit_symbols_in` of the vocabulary: kept (:data:`READINGS`) where the kept
    readings were taken of these vocabulary files, else of the graph parsed."""
    kept = kept_readings()
    if kept:
        return [list(pair) for pair in kept["unit_symbols"]]
    return unit_symbols_in(vocabulary(), vocabulary_graph())


def _vocabulary_data(v: Vocabulary) -> dict[str, Any]:
    def number(d: Decimal | None) -> str | None:
        return None if d is None else str(d)

    return {
        "units": [[n, str(iri)] for n, iri in v.units.items()],
        "hedges": [[h.notation, str(h.iri), number(h.widen_below), number(h.widen_above),
                    h.open_above, h.open_below] for h in v.hedges.values()],
        "scales": [[n, vector, str(m)] for n, (vector, m) in v.scales.items()],
        "currencies": sorted(v.currencies),
        "kinds": [[n, sorted(k)] for n, k in v.kinds.items()],
    }


def _vocabulary_of(data: dict[str, Any]) -> Vocabulary:
    def number(text: str | None) -> Decimal | None:
        return None if text is None else Decimal(text)

    units = {n: URIRef(iri) for n, iri in data["units"]}
    hedges = {n: HedgeRule(URIRef(iri), n, number(below), number(above), open_above,
                           open_below)
              for n, iri, below, above, open_above, open_below in data["hedges"]}
    return Vocabulary(units=units, unit_codes={v: k for k, v in units.items()}, hedges=hedges,
                      hedge_by_iri={h.iri: h for h in hedges.values()},
                      scales={n: (vector, Decimal(m)) for n, vector, m in data["scales"]},
                      currencies=frozenset(data["currencies"]),
                      kinds={n: set(k) for n, k in data["kinds"]})


def class_properties(cls: URIRef) -> list[URIRef]:
    """The properties whose ``rdfs:domain`` is ``cls`` (IRIs), as the vocabulary lists them."""
    kept = kept_readings()
    if kept:
        return [URIRef(p) for p in kept["domains"].get(str(cls), [])]
    from rdflib.namespace import RDFS
    return [p for p in vocabulary_graph().subjects(RDFS.domain, cls) if isinstance(p, URIRef)]


@cache
def additive_measures() -> frozenset[URIRef]:
    """The measures the vocabulary says are additive (``cg:AdditiveMeasure``)."""
    kept = kept_readings()
    if kept:
        return frozenset(URIRef(m) for m in kept["additive"])
    return frozenset(_additive_in(vocabulary_graph()))


def _additive_in(g: Graph) -> list[URIRef]:
    return [m for m in g.subjects(RDF.type, CG.AdditiveMeasure) if isinstance(m, URIRef)]


if __name__ == "__main__":  # python -m kg.vocab: write kg/vocabulary-readings.json again
    def lines(value: Any) -> str:  # a line a list item: readable differences
        if isinstance(value, list):
            return "[\n" + ",\n".join(json.dumps(v, ensure_ascii=False) for v in value) + "\n]"
        return json.dumps(value, ensure_ascii=False)

    READINGS.write_text("{\n" + ",\n".join(f"{json.dumps(k)}: {lines(v)}"
                                            for k, v in readings().items()) + "\n}\n",
                        encoding="utf-8")
    print(f"wrote {READINGS}", file=sys.stderr)
    from kg.check import kept  # the shapes compiled, and their graph, kept too
    kept.KEPT.write_text(kept.kept_text(), encoding="utf-8")
    print(f"wrote {kept.KEPT}", file=sys.stderr)
    kept.KEPT_GRAPH.write_text(kept.kept_graph_text(), encoding="utf-8")
    print(f"wrote {kept.KEPT_GRAPH}", file=sys.stderr)
