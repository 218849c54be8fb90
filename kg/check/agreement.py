"""Agreement across documents: the same quantity in several sources; and a part of a
period against the whole period in another source (period containment).

``cg:AgreementShape`` (``ontology/shapes/agreement.ttl``) holds the rule.  Its pairs span
documents, so it finds nothing in one document's graph; this module runs it once more
over every document's figures together.  Each document contributes a
:class:`FigureSummary` (its figures' measure, unit, entity, period, value and interval,
and the identifiers its entities are linked to), kept with the document's outcome in the
check cache: a warm run puts the summaries together again and re-runs the shape, so a
change to either side of a pair re-checks it, and warm and cold reports are the same.

Every pair yields a finding for each side: a warning where the intervals are not
compatible, a pass ("corroborated") where they are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF
from rdflib.term import Node

from kg.anchor import normalize
from kg.check.model import Finding, Quote
from kg.check.shapes import CORPUS_KINDS, WITHIN_AND_ACROSS, render_message, shape_index
from kg.interval import Interval
from kg.namespaces import CG, QUDT, SCHEMA
from kg.numbers import canonical
from kg.vocab import additive_measures, vocabulary

#: what the shape reads of a figure
FIGURE_PROPERTIES = (RDF.type, CG.claim, CG.measures, QUDT.unit, QUDT.numericValue,
                     CG.lowerBound, CG.upperBound, CG.quote, SCHEMA.about, DCTERMS.temporal,
                     CG.periodStart, CG.periodEnd)
#: the key's place for the period of an additive figure with dates: a pair for period
#: containment (cg:PeriodContainmentShape) has a key in common whatever its periods
CONTAINMENT = "containment"


@dataclass(frozen=True)
class Place:
    """Where a figure stands: its document, quote, and the claims file line."""

    doc_id: str
    claim: str
    quote: Quote
    file: str
    line: int
    label: str


@dataclass(frozen=True)
class FigureSummary:
    """A document's figures as the agreement shape reads them (N-Triples), and where
    each stands."""

    doc_id: str
    iri: str
    ntriples: bytes
    places: dict[str, Place]
    #: (measure, unit, entity or its sameAs, period or its sameAs) -> figures: a pair needs
    #: a key two documents share, so most runs need not parse any summary
    keys: dict[tuple[str, str, str, str], tuple[str, ...]] = field(default_factory=dict)


def summarise(doc) -> FigureSummary:
    """The summary of a built document (:class:`kg.build.BuiltDocument`).  A document
    whose figures have no key (no entity and period) can pair with no other: its summary
    keeps no triples and no places, which a run would only carry around."""
    g, out = doc.graph, Graph(bind_namespaces="none")
    figures = sorted(set(g.subjects(RDF.type, CG.Figure)), key=str)
    for figure in figures:
        for prop in FIGURE_PROPERTIES:
            for value in g.objects(figure, prop):
                out.add((figure, prop, value))
        for claim in g.objects(figure, CG.claim):
            out.add((claim, SCHEMA.appearance, doc.iri))
    for prop in (SCHEMA.sameAs, OWL.sameAs):
        for s, o in g.subject_objects(prop):
            out.add((s, prop, o))
    additive = additive_measures()
    for measure in set(out.objects(None, CG.measures)):
        if (measure, RDF.type, CG.AdditiveMeasure) in g or measure in additive:
            out.add((measure, RDF.type, CG.AdditiveMeasure))
    keys = _keys(out)
    if not keys:
        return FigureSummary(doc.doc_id, str(doc.iri), b"", {}, keys)
    places: dict[str, Place] = {}
    for figure in figures:
        anchor = doc.anchors.get(figure)
        if anchor is not None and isinstance(figure, URIRef):
            file, line = doc.source.where(figure)
            places[str(figure)] = Place(doc.doc_id, str(g.value(figure, CG.claim)),
                                        Quote(anchor.exact, anchor.start, anchor.end),
                                        file, line, _local(figure))
    return FigureSummary(doc.doc_id, str(doc.iri), serialize_ntriples(out), places, keys)


def _keys(graph: Graph) -> dict[tuple[str, str, str, str], tuple[str, ...]]:
    def linked(node: Node) -> set[str]:
        return {str(node), *(str(i) for p in (SCHEMA.sameAs, OWL.sameAs)
                             for i in graph.objects(node, p))}

    keys: dict[tuple[str, str, str, str], list[str]] = {}
    for figure in sorted(set(graph.subjects(RDF.type, CG.Figure)), key=str):
        measure, unit = graph.value(figure, CG.measures), graph.value(figure, QUDT.unit)
        start, end = graph.value(figure, CG.periodStart), graph.value(figure, CG.periodEnd)
        days = {f"{start}/{end}"} if start is not None and end is not None else set()
        if days and (measure, RDF.type, CG.AdditiveMeasure) in graph:
            days.add(CONTAINMENT)
        for entity in graph.objects(figure, SCHEMA.about):
            periods = set(days)
            for period in graph.objects(figure, DCTERMS.temporal):
                periods |= linked(period)
            for e in linked(entity):
                for p in sorted(periods):
                    keys.setdefault((str(measure), str(unit), e, p), []).append(str(figure))
    return {k: tuple(v) for k, v in sorted(keys.items())}


def serialize_ntriples(graph: Graph) -> bytes:
    """Sorted N-Triples: the same summary is the same bytes."""
    lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
    return b"".join(sorted(line for line in lines if line.strip()))


def agreement_findings(summaries: list[FigureSummary], engine: str = "oxigraph"
                       ) -> list[Finding]:
    """Every pair of figures of one quantity in two documents, as findings of each side."""
    if len({s.iri for s in summaries}) < 2:
        return []
    constraints = [c for c in shape_index().constraints if c.kind in CORPUS_KINDS]
    data = candidates(summaries)
    if not data:
        return []
    rows = _rows_oxigraph(data, constraints) if engine == "oxigraph" else \
        _rows_pyshacl(data, constraints)
    places = {iri: p for s in summaries for iri, p in s.places.items()}
    doc_ids = {s.iri: s.doc_id for s in summaries}
    findings: list[Finding] = []
    ids: Counter[str] = Counter()
    by_node = {c.node: c for c in constraints}
    # by shape, not by constraint node: a blank node's label changes from run to run
    for (node, focus, other), row in sorted(rows.items(), key=lambda kv: (
            str(by_node[kv[0][0]].shape), str(kv[0][1]), str(kv[0][2]))):
        constraint = by_node[node]
        here, there = places.get(str(focus)), places.get(str(other))
        if here is None or there is None:
            continue
        if constraint.kind in WITHIN_AND_ACROSS:
            if here.doc_id != there.doc_id and _fails(row):
                findings.append(_pair_finding(constraint, row, here, there, focus, other, ids))
            continue  # a pair within one document: the per-document run reports it
        holds = row.get("holds")
        agrees = holds is not None and holds.toPython()
        named = {**row, "otherDocument": Literal(doc_ids.get(str(row["otherDocument"]),
                                                             str(row["otherDocument"])))}
        message = (f"corroborated by {there.doc_id}: \"{normalize(there.quote.text)}\" is "
                   f"compatible with \"{normalize(here.quote.text)}\" here") if agrees else \
            render_message(constraint.message or "", named)
        unit = vocabulary().unit_codes.get(URIRef(row["unit"])) if "unit" in row else None
        written = (f"{_amount(row, 'computed', unit)} in {there.doc_id} against "
                   f"{_amount(row, 'stated', unit)} here")
        base = f"{here.doc_id}/{here.label}/agreement"
        ids[base] += 1
        findings.append(Finding(
            id=base if ids[base] == 1 else f"{base}/{ids[base]}",
            severity="pass" if agrees else "warning", check="agreement", message=message,
            document=here.doc_id, claims=sorted({here.claim, there.claim}),
            quotes=[here.quote], expected=f"{normalize(there.quote.text)} ({there.doc_id})",
            observed=normalize(here.quote.text), focus=str(focus),
            label=f"{here.label}: the same quantity in {there.doc_id}", arithmetic=written,
            figures=[str(focus), str(other)], shape=str(constraint.shape), file=here.file,
            line=here.line,
            values={"otherDocument": there.doc_id, "otherFigure": str(other),
                    "otherQuote": there.quote.text, "otherFile": there.file,
                    "otherLine": str(there.line),
                    **{key: str(canonical(Decimal(str(row[name]))))
                       for key, name in _OTHER_NUMBERS if name in row}}))
    return findings


def _fails(row: dict[str, Node]) -> bool:
    """A row of a constraint without a verdict variable lists only failing pairs."""
    holds = row.get("holds")
    return holds is None or not holds.toPython()


def _severity(shape: Node) -> str:
    from kg.check.compile import severity_name
    from kg.namespaces import SH
    from kg.vocab import shapes_graph
    return severity_name(shapes_graph().value(shape, SH.severity) or SH.Violation)


def _pair_finding(constraint, row: dict[str, Node], here: Place, there: Place, focus: Node,
                  other: Node, ids: Counter[str]) -> Finding:
    """A failing pair of another kind than agreement (period containment) across two
    documents: the finding of the first figure (``$this``), naming the other."""
    base = f"{here.doc_id}/{here.label}/{constraint.kind}"
    ids[base] += 1
    return Finding(
        id=base if ids[base] == 1 else f"{base}/{ids[base]}",
        severity=_severity(constraint.shape), check=constraint.kind,
        message=f"{render_message(constraint.message or '', row)} "
                f"(\"{normalize(there.quote.text)}\" is in {there.doc_id}.)",
        document=here.doc_id, claims=sorted({here.claim, there.claim}), quotes=[here.quote],
        expected=f"{normalize(there.quote.text)} ({there.doc_id})",
        observed=normalize(here.quote.text), focus=str(focus),
        label=f"{here.label}: within the period of {there.label} in {there.doc_id}",
        figures=[str(focus), str(other)], shape=str(constraint.shape), file=here.file,
        line=here.line,
        values={"otherDocument": there.doc_id, "otherFigure": str(other),
                "otherQuote": there.quote.text, "otherFile": there.file,
                "otherLine": str(there.line)})


#: the other figure's numbers, kept with the finding (Finding.values) under these keys
_OTHER_NUMBERS = (("otherValue", "computed"), ("otherLow", "computedLow"),
                  ("otherHigh", "computedHigh"))


@dataclass(frozen=True)
class OtherSource:
    """What another document says of a figure's quantity (from an agreement finding)."""

    figure: str
    document: str
    other: str
    quote: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    agrees: bool
    finding: str

    def interval(self) -> Interval:
        return Interval(self.low, self.high)

    def as_dict(self) -> dict[str, object]:
        return {"document": self.document, "figure": self.other, "quote": self.quote,
                "value": _float(self.value), "low": _float(self.low),
                "high": _float(self.high), "agrees": self.agrees, "finding": self.finding}


def other_sources(findings: Iterable[Finding]) -> dict[str, list[OtherSource]]:
    """Figure IRI -> what other documents say of its quantity, in document order."""
    out: dict[str, list[OtherSource]] = {}
    for f in findings:
        if f.check != "agreement" or not f.focus or "otherFigure" not in f.values:
            continue
        v = f.values
        out.setdefault(f.focus, []).append(OtherSource(
            f.focus, v["otherDocument"], v["otherFigure"], v["otherQuote"],
            _decimal(v.get("otherValue")), _decimal(v.get("otherLow")),
            _decimal(v.get("otherHigh")), f.severity == "pass", f.id))
    return {k: sorted(v, key=lambda s: (s.document, s.other)) for k, v in sorted(out.items())}


def corroboration(findings: Iterable[Finding], by_figure: dict[str, list[OtherSource]]
                  ) -> list[dict[str, object]]:
    """The report's ``corroboration``: per figure that another document also reports, how
    many sources agree and disagree, and what each says (``by_figure``: :func:`other_sources`
    of ``findings``)."""
    about = {f.focus: f for f in findings if f.check == "agreement" and f.focus}
    entries = []
    for figure, sources in by_figure.items():
        here = about[figure]
        entries.append({
            "figure": figure, "document": here.document,
            "quote": here.quotes[0].text if here.quotes else here.observed,
            "agree": sum(s.agrees for s in sources),
            "disagree": sum(not s.agrees for s in sources),
            "sources": [s.as_dict() for s in sources]})
    return entries


def _decimal(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None


def _float(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def sharing(summaries: list[FigureSummary]) -> dict[int, set[str]]:
    """The figures of each summary (by its index) whose key another document shares: the
    only ones whose triples and places agreement reads (from the keys alone)."""
    owners: dict[tuple[str, str, str, str], set[int]] = {}
    for n, s in enumerate(summaries):
        for key in s.keys:
            owners.setdefault(key, set()).add(n)
    kept: dict[int, set[str]] = {}
    for key, docs in owners.items():
        if len(docs) > 1:
            for n in docs:
                kept.setdefault(n, set()).update(summaries[n].keys[key])
    return kept


def candidates(summaries: list[FigureSummary]) -> bytes:
    """The summaries' triples about figures that could pair with another document's: the
    same measure and unit, and an entity and a period in common (by IRI or by a sameAs
    identifier).  Only a narrowing of the data: the shape decides.  Found from the kept
    keys alone, so that a corpus without shared quantities parses nothing; it also keeps
    the shape's cost to the figures that matter (pySHACL evaluates it once per figure)."""
    kept = sharing(summaries)
    if not kept:
        return b""
    out = Graph(bind_namespaces="none")
    for n, figures in sorted(kept.items()):
        graph = Graph(bind_namespaces="none").parse(data=summaries[n].ntriples, format="nt")
        for figure in map(URIRef, sorted(figures)):
            for p, o in graph.predicate_objects(figure):
                out.add((figure, p, o))
                if p == CG.claim:
                    for d in graph.objects(o, SCHEMA.appearance):
                        out.add((o, SCHEMA.appearance, d))
                if p in (SCHEMA.about, DCTERMS.temporal):
                    for link in (SCHEMA.sameAs, OWL.sameAs):
                        for i in graph.objects(o, link):
                            out.add((o, link, i))
                if p == CG.measures and (o, RDF.type, CG.AdditiveMeasure) in graph:
                    out.add((o, RDF.type, CG.AdditiveMeasure))
    return serialize_ntriples(out)


Rows = dict[tuple[Node, Node, Node], dict[str, Node]]


def _rows_oxigraph(data: bytes, constraints) -> Rows:
    import pyoxigraph as ox

    from kg.check.oxigraph import to_rdflib
    store = ox.Store()
    store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    rows: Rows = {}
    for constraint in constraints:
        solutions = store.query(constraint.explain_query())
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            row = {n: to_rdflib(solution[n]) for n in names if solution[n] is not None}
            rows[(constraint.node, row["this"], row["value"])] = row
    return rows


@cache
def corpus_shapes_graph() -> Graph:
    """Only the shapes whose pairs span documents (with the shared prefix declarations):
    pySHACL need not run the per-document shapes over every document's figures again.
    Kept for the process, so it refuses changes (:func:`kg.vocab.shared`)."""
    from kg.vocab import shapes_dir, shareable, shared
    graph = shareable()
    for path in sorted(shapes_dir().glob("*.ttl")):
        part = Graph(bind_namespaces="none").parse(path, format="turtle")
        kinds = {str(k) for k in part.objects(None, CG.checkKind)}
        if path.name == "prefixes.ttl" or kinds & set(CORPUS_KINDS):
            graph += part
    return shared(graph, "the corpus shapes graph")


def _rows_pyshacl(data: bytes, constraints) -> Rows:
    """The reference engine: pySHACL's results must be exactly the pairs the explain
    query finds failing."""
    from kg.check import engine as engine_
    graph = Graph(bind_namespaces="none")
    graph.parse(data=data, format="nt")
    rows: Rows = {}
    for constraint in constraints:
        for result in graph.query(engine_._prepared(constraint)):
            row = {str(k): v for k, v in result.asdict().items()}
            rows[(constraint.node, row["this"], row["value"])] = row
    # the shapes graph is parsed apart, so constraints are told apart by their shapes
    shape_of = {c.node: c.shape for c in constraints}
    failing = {(r.shape, r.focus, r.value)
               for r in engine_.validate(graph, corpus_shapes_graph()) if r.kind in CORPUS_KINDS}
    explained = {(shape_of[node], focus, value) for (node, focus, value), row in rows.items()
                 if _fails(row)}
    if failing != explained:
        raise engine_.EngineError("pySHACL and the explain query disagree on agreement: "
                                  f"{sorted(map(str, failing ^ explained))}")
    return rows


def _amount(row: dict[str, Node], prefix: str, unit: str | None) -> str:
    from kg.numbers import describe, describe_interval

    def number(name: str) -> Decimal | None:
        value = row.get(name)
        return Decimal(str(value)) if isinstance(value, Literal) else None

    value = number(prefix)
    shown = describe(value, unit) if value is not None else "?"
    return f"{shown} ({describe_interval(number(prefix + 'Low'), number(prefix + 'High'), unit)})"


def _local(iri: object) -> str:
    return re.split(r"[#/]", str(iri))[-1]
