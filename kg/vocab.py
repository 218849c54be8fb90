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


#: the Turtle files under ontology/ as the calls rdflib's Turtle parser made on the graph
#: (``python -m kg.vocab`` writes it): replaying them costs about a fifth of parsing the
#: Turtle, which was about 0.15 s of every ``kg check`` (issue 32).  The Turtle stays the
#: only copy of every rule: a file whose digest is not the one recorded is parsed instead
COMPILED = "compiled/turtle.json"


def _parse_all(paths: list[Path]) -> Graph:
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    compiled = _compiled()
    root = ontology_dir()
    for path in paths:
        part = compiled.get(path.relative_to(root).as_posix())
        data = path.read_bytes()
        if part is not None and part["sha256"] == hashlib.sha256(data).hexdigest():
            _replay(graph, part)
        else:  # edited since the file was compiled (or new): the Turtle is what counts
            graph.parse(path, format="turtle")
    return graph


@cache
def _compiled() -> dict[str, dict[str, Any]]:
    """The compiled files by path under ontology/ (none when the artifact is absent)."""
    path = ontology_dir() / COMPILED
    if not path.is_file():
        return {}
    compiled = json.loads(path.read_bytes())
    terms = [_term(t) for t in compiled["terms"]]
    for part in compiled["files"].values():
        part["terms"] = terms
    return compiled["files"]


def _term(encoded: str | list[str | None]) -> URIRef | BNode | Literal:
    """A term as :func:`compile_turtle` writes it: an IRI, ``_:label`` or a literal's
    ``[lexical form, datatype, language]``.  The literal is made as the parser makes it
    (``Literal(lexical, lang, datatype)``), so that its value and ``ill_typed`` are too."""
    if isinstance(encoded, list):
        lexical, datatype, language = encoded
        return Literal(lexical, lang=language,
                       datatype=URIRef(datatype) if datatype is not None else None)
    return BNode(encoded[2:]) if encoded.startswith("_:") else URIRef(encoded)


def _replay(graph: Graph, part: dict[str, Any]) -> None:
    """The parser's calls again: each triple added in the parser's order (rdflib's indexes
    keep insertion order, which lookups such as ``graph.objects`` answer in), then its
    prefix bindings."""
    terms, flat = part["terms"], part["triples"]
    add = graph.add
    for i in range(0, len(flat), 3):
        add((terms[flat[i]], terms[flat[i + 1]], terms[flat[i + 2]]))
    for prefix, namespace in part["bindings"]:
        graph.bind(prefix, namespace)


class _Recorder(Graph):
    """A graph that records the triples added and prefixes bound while a file is parsed."""

    def __init__(self) -> None:
        super().__init__(bind_namespaces="none")
        self.recording = False
        self.added: list[tuple[Any, Any, Any]] = []
        self.bound: list[tuple[str, str]] = []

    def add(self, triple):  # type: ignore[no-untyped-def,override]
        if self.recording:
            self.added.append(triple)
        return super().add(triple)

    def bind(self, prefix, namespace, override=True, replace=False):  # type: ignore[no-untyped-def]
        if self.recording:
            # the Turtle parser binds each of its prefixes with the defaults, and only so
            assert override is True and replace is False, (prefix, override, replace)
            self.bound.append((prefix, str(namespace)))
        return super().bind(prefix, namespace, override=override, replace=replace)


def _blank_label(node: BNode, file: str) -> str:
    """``node``'s label, the parser's with its random part made a digest of the file's name.

    rdflib's Turtle parser names a file's blank nodes ``n<random>b1``, ``n<random>b2``...
    (one random part a file), and some output is ordered by those names (rows of one
    relation sorted by their constraint's node): kept, the counting orders a file's nodes
    as the parser's names do; the random part only ever ordered nodes of different files
    at random, and now orders them one fixed way.  Compiling twice writes the same text."""
    match = re.fullmatch(r"n[0-9a-f]{32}b([0-9]+)", node)
    assert match is not None, f"not a name rdflib's Turtle parser gives: {node}"
    return f"n{hashlib.sha256(file.encode()).hexdigest()[:32]}b{match[1]}"


def compile_turtle() -> dict[str, Any]:
    """Every Turtle file under ontology/ parsed by rdflib, as :func:`_replay` reads it:
    per file its digest, the triples in the order the parser added them and the prefixes
    it bound; one table of terms, blank nodes named as in :func:`_blank_label`."""
    root = ontology_dir()
    terms: dict[Any, int] = {}
    encoded: list[str | list[str | None]] = []

    def index(term: Any) -> int:
        if term not in terms:
            if isinstance(term, BNode):
                encoded.append("_:" + _blank_label(term, name))
            elif isinstance(term, Literal):
                encoded.append([str(term), None if term.datatype is None else str(term.datatype),
                                term.language])
            else:
                assert isinstance(term, URIRef) and not term.startswith(("_:", "file:")), term
                encoded.append(str(term))
            terms[term] = len(encoded) - 1
        return terms[term]

    files: dict[str, Any] = {}
    for path in sorted(root.rglob("*.ttl")):
        name = path.relative_to(root).as_posix()
        graph = _Recorder()
        graph.recording = True
        graph.parse(path, format="turtle")  # as _parse_all parses it
        files[name] = {
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "triples": [index(t) for triple in graph.added for t in triple],
            "bindings": graph.bound}
    return {"terms": encoded, "files": files}


def compiled_text() -> str:
    """:func:`compile_turtle` as the text of :data:`COMPILED`."""
    return json.dumps(compile_turtle(), ensure_ascii=False, separators=(",", ":")) + "\n"


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


if __name__ == "__main__":  # python -m kg.vocab: write ontology/compiled/turtle.json again
    target = ontology_dir() / COMPILED
    target.parent.mkdir(exist_ok=True)
    target.write_text(compiled_text(), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
