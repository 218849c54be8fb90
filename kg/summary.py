"""What a document holds, in a few kilobytes: its counts, its entities and which of its
figures and claims are about which, and each figure's interval in words.

It is made when a document is built and kept with the document's check outcome
(:class:`kg.check.pipeline.Outcome`), so that listings over a large corpus (the app's
overview, its entity list and facets) read kept summaries instead of building every
document again.

>>> from kg.build import build_corpus                     # doctest: +SKIP
>>> s = summarise_document(build_corpus("claims").documents[0])   # doctest: +SKIP
>>> s.claims, s.figures, s.entities[0].label                        # doctest: +SKIP
(16, 40, 'Alibaba')
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from kg.namespaces import CG, ENT, SCHEMA

if TYPE_CHECKING:
    from kg.build import BuiltDocument


@dataclass(frozen=True)
class EntityCount:
    """An entity as one document has it: how many of its figures and claims are about it."""

    iri: str
    label: str
    types: tuple[str, ...]
    figures: int
    claims: int


@dataclass
class DocumentSummary:
    title: str
    claims: int
    figures: int
    relations: int
    entities: tuple[EntityCount, ...] = ()
    #: figure or claim IRI -> the entities it is about
    about: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: figure IRI -> its quote, the ends of its interval and its unit code, as written in
    #: the graph (put in words only for the few figures a page shows: :meth:`interval`)
    intervals: dict[str, tuple[str, str | None, str | None, str | None]] = field(
        default_factory=dict)

    def interval(self, figure: str) -> tuple[str, str] | None:
        """A figure's quote, and its interval in words ("11.35 to 11.45 billion US
        dollars")."""
        from kg.numbers import describe_interval
        if figure not in self.intervals:
            return None
        quote, low, high, unit = self.intervals[figure]
        return quote, describe_interval(Decimal(low) if low is not None else None,
                                        Decimal(high) if high is not None else None, unit)


def summarise_document(doc: BuiltDocument) -> DocumentSummary:
    from kg.check.arithmetic import unit_code

    g = doc.graph
    figures = set(g.subjects(RDF.type, CG.Figure))
    claims = set(g.subjects(RDF.type, CG.Claim))
    about: dict[str, list[str]] = {}
    counts: dict[str, Counter[str]] = {}
    for thing, entity in g.subject_objects(SCHEMA.about):
        about.setdefault(str(thing), []).append(str(entity))
        kind = "figures" if thing in figures else "claims" if thing in claims else None
        if kind:
            counts.setdefault(str(entity), Counter())[kind] += 1
    entities = []
    for s, label in g.subject_objects(RDFS.label):
        if isinstance(s, URIRef) and str(s).startswith(str(ENT)):
            n = counts.get(str(s), Counter())
            types = tuple(sorted(str(t).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
                                 for t in g.objects(s, RDF.type)))
            entities.append(EntityCount(str(s), str(label), types, n["figures"], n["claims"]))
    intervals = {}
    for f in figures:
        low, high = g.value(f, CG.lowerBound), g.value(f, CG.upperBound)
        if low is None and high is None:
            continue
        intervals[str(f)] = (str(g.value(f, CG.quote)), str(low) if low is not None else None,
                             str(high) if high is not None else None, unit_code(g, f))
    return DocumentSummary(
        str(g.value(doc.iri, DCTERMS.title) or ""), len(claims), len(figures),
        sum(doc.relation_counts().values()),
        tuple(sorted(entities, key=lambda e: e.iri)),
        {k: tuple(v) for k, v in about.items()}, intervals)
