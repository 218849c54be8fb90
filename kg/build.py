"""Build the claim graph: anchor every quote, check every figure against its quote,
and write the ontology plus one named graph per document.

>>> result = build_corpus(bundled_claims_dir())          # doctest: +SKIP
>>> [d.doc_id for d in result.documents]                  # doctest: +SKIP
['china-us-ecommerce-2014']
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from kg import anchors
from kg.anchor import Anchor, AnchorError, NormalizedText, anchor
from kg.corpus import DocumentSource, discover, read_document, same_iri_problems
from kg.figures import decimal_literal, read_date, read_figure
from kg.namespaces import CG, OA, ONTOLOGY_GRAPH, QUDT, SCHEMA, bind_prefixes
from kg.numbers import CURRENCIES, number_conventions, writes_point_thousands
from kg.problems import Problem
from kg.vocab import ROLES, bundled_claims_dir, ontology_graph, vocabulary

__all__ = [
    "RELATION_CLASSES",
    "ROLE_PROPERTIES",
    "BuildResult",
    "BuiltDocument",
    "build_corpus",
    "build_document",
    "bundled_claims_dir",
]

RELATION_CLASSES = (CG.SumRelation, CG.DifferenceRelation, CG.RatioRelation,
                    CG.PercentChangeRelation, CG.PercentagePointChangeRelation,
                    CG.ConversionRelation, CG.ComparisonRelation, CG.CalendarRelation,
                    CG.AverageRelation, CG.MultipleRelation, CG.CompoundGrowthRelation,
                    CG.ShareRelation, CG.RestatementRelation, CG.WholeRelation,
                    CG.ComparisonReading)
#: role property -> the classes its object may have (a derived figure stands wherever a
#: figure does)
ROLE_PROPERTIES = {
    **{p: (CG.Figure, CG.DerivedFigure) for p in ROLES if p != CG.onDate},
    CG.onDate: (CG.StatedDate,),
}


@dataclass
class BuiltDocument:
    """A document that built: its named graph (authored + derived triples) and anchors."""

    source: DocumentSource
    graph: Graph
    anchors: dict[URIRef, Anchor] = field(default_factory=dict)
    #: where the quotes stood when ``kg reanchor`` last recorded them
    lock: anchors.Lock | None = None

    @property
    def doc_id(self) -> str:
        return self.source.doc_id

    @property
    def iri(self) -> URIRef:
        assert self.source.iri is not None
        return self.source.iri

    @property
    def text(self) -> str:
        assert self.source.text is not None
        return self.source.text

    def count(self, cls: URIRef) -> int:
        return len(set(self.graph.subjects(RDF.type, cls)))

    def relation_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for cls in RELATION_CLASSES:
            n = self.count(cls)
            if n:
                counts[_local(cls)] = n
        return counts


@dataclass
class BuildResult:
    documents: list[BuiltDocument]
    problems: list[Problem]
    failed: list[str]  # document ids left out because of problems
    notes: list[str] = field(default_factory=list)  # worth telling, not problems

    def dataset(self) -> Dataset:
        """Ontology and documents, each in its own named graph."""
        ds = Dataset(default_union=False)
        bind_prefixes(ds)
        onto = ds.graph(URIRef(ONTOLOGY_GRAPH))
        for triple in ontology_graph():
            onto.add(triple)
        for doc in self.documents:
            g = ds.graph(doc.iri)
            for triple in doc.graph:
                g.add(triple)
        return ds

    def merged(self) -> Graph:
        """Everything in one graph (what SHACL validation and Turtle output use)."""
        g = bind_prefixes(Graph(bind_namespaces="none"))
        g += ontology_graph()
        for doc in self.documents:
            g += doc.graph
        return g


def build_corpus(claims_dir: Path | str | None = None, only: list[str] | None = None,
                 progress: Callable[[int], Callable[[], None]] | None = None) -> BuildResult:
    """Build every document folder under ``claims_dir`` (default: the bundled paper).

    ``progress(total)``, if given, returns the function called after each document."""
    folders = discover(claims_dir if claims_dir is not None else bundled_claims_dir(), only)
    documents: list[BuiltDocument] = []
    problems: list[Problem] = []
    failed: list[str] = []
    notes: list[str] = []
    step = progress(len(folders)) if progress else (lambda: None)
    for folder in folders:
        source = read_document(folder)
        built = build_document(source) if not source.problems else None
        problems.extend(source.problems)
        notes.extend(f"{source.doc_id}: {n}" for n in source.notes)
        if built is None:
            failed.append(source.doc_id)
        else:
            documents.append(built)
        step()
    shared = same_iri_problems([(d.doc_id, d.source.folder, str(d.iri)) for d in documents])
    if shared:
        documents = [d for d in documents if d.doc_id not in shared]
        problems.extend(shared.values())
        failed = sorted(set(failed) | set(shared))
    return BuildResult(documents, problems, failed, notes)


def build_document(source: DocumentSource) -> BuiltDocument | None:
    """Anchor and check one document; ``None`` (with ``source.problems`` filled) if it fails."""
    assert source.text is not None and source.iri is not None
    graph = source.graph
    if not source.text.strip():
        quotes = len(set(graph.subjects(CG.quote, None)))
        source.problem(source.iri, f"the source file {source.source_path.name} is empty: none "
                                   f"of the {quotes} quotes can be found in it",
                       "put the document's text there, byte for byte")
        return None
    _set_aside_suggestions(source)
    _refuse_drafts(source)
    derived = Graph(store="SimpleMemory")
    built = BuiltDocument(source=source, graph=graph)
    norm = NormalizedText(source.text)
    lock = anchors.read_lock(source.folder) if source.source_changed else None
    sections = Sections(source.text)
    derived.add((source.iri, SCHEMA.text, Literal(source.text)))

    for claim in _typed(graph, CG.Claim):
        a = _anchor_node(source, norm, claim, within=None, lock=lock)
        if a is not None:
            built.anchors[claim] = a
            derived.add((claim, SCHEMA.appearance, source.iri))
            _add_anchor(derived, claim, source.iri, a, sections)

    vocab = vocabulary()
    # "8.412" in a text that groups its thousands with a point is 8412, as kg read read it:
    # a quote alone cannot say so
    with number_conventions(point_thousands=writes_point_thousands(source.text)):
        for node in _typed(graph, CG.Figure) + _typed(graph, CG.StatedDate):
            a = _anchor_in_claim(source, norm, built, node, lock)
            if a is None:
                continue
            built.anchors[node] = a
            _add_anchor(derived, node, source.iri, a, sections)
            if (node, RDF.type, CG.Figure) in graph:
                _figure(source, derived, node, a.exact, vocab)
            else:
                _, messages = read_date(graph, node, a.exact)
                for message in messages:
                    source.problem(node, message)

    for waiver in _typed(graph, CG.Waiver):
        a = _anchor_node(source, norm, waiver, within=None, lock=lock)
        if a is not None:
            built.anchors[waiver] = a
            _add_anchor(derived, waiver, source.iri, a, sections)
        if graph.value(waiver, CG.reason) is None:
            source.problem(waiver, "waiver has no cg:reason", "say why the mention is no figure")

    _summarise_lost(source)
    _check_relations(source)
    _periods(source, derived)
    if source.problems:
        return None
    _reference_rates(source, derived, vocab)
    from kg.refdata import add_reference_values  # checked by cg:ReferenceValueShape
    add_reference_values(graph, derived)
    graph += derived
    if not _derived_figures(source, vocab):
        return None
    from kg.derived import implied_rates  # compared by cg:CompoundGrowthShape
    graph += implied_rates(graph)
    built.lock = lock
    if source.source_changed:
        source.notes.append(
            f"the source text changed since it was encoded: {len(built.anchors)} quotes "
            f"found again ({anchors.moved(built.anchors, lock)}); "
            f"kg reanchor {source.doc_id} records the new checksum")
    return built


#: past this many quotes lost to one edit, they are reported as one problem with the count
LOST_ONE_BY_ONE = 3


def _summarise_lost(source: DocumentSource) -> None:
    """An edit that lost many quotes (a different text, a truncated file) is one problem,
    not one line per quote."""
    if len(source.lost) <= LOST_ONE_BY_ONE:
        return
    lost = {id(problem) for _, problem in source.lost}
    source.problems = [p for p in source.problems if id(p) not in lost]
    quotes = len(set(source.graph.subjects(CG.quote, None)))
    first = source.lost[0][0]
    assert source.source_path is not None
    source.problem(source.iri, f"{len(source.lost)} of {quotes} quotes are no longer in "
                               f"{source.source_path.name}, which changed since the document "
                               f"was encoded (the first: <{first}>)",
                   "restore the text the claims were encoded from (document.ttl records its "
                   "sha256), or correct the quotes one by one")


def _set_aside_suggestions(source: DocumentSource) -> None:
    """Suggested relations stay out of the graph (and the checks) until accepted."""
    graph = source.graph
    suggestions = _typed(graph, CG.Suggestion)
    for node in suggestions:
        graph.remove((node, None, None))
    if suggestions:
        source.notes.append(f"{len(suggestions)} suggested relation(s) await review; accept "
                            f"with kg suggest {source.doc_id} --accept ID, or delete them")


def _refuse_drafts(source: DocumentSource) -> None:
    for node in sorted(set(source.graph.subjects(CG.draft, None)), key=str):
        flag = source.graph.value(node, CG.draft)
        if flag is not None and flag.toPython() is True:
            source.problem(URIRef(node), f"{_local(node)} is a draft that nobody has confirmed",
                           "check its quote, value, unit, what it measures and what it is about, "
                           f"then delete its line `cg:draft true ;` (or run kg confirm "
                           f"{source.doc_id} {_local(node)})")


def _typed(graph: Graph, cls: URIRef) -> list[URIRef]:
    return sorted(URIRef(s) for s in set(graph.subjects(RDF.type, cls)) if isinstance(s, URIRef))


def _anchor_node(source: DocumentSource, norm: NormalizedText, node: URIRef,
                 within: tuple[int, int] | None, lock: anchors.Lock | None = None
                 ) -> Anchor | None:
    graph = source.graph
    quote = graph.value(node, CG.quote)
    if quote is None:
        source.problem(node, f"{_local(node)} has no cg:quote",
                       "quote the words it rests on, verbatim")
        return None
    prefix = graph.value(node, CG.quotePrefix)
    suffix = graph.value(node, CG.quoteSuffix)
    old = lock.anchors.get(str(node)) if lock else None
    try:
        return anchor(norm, str(quote), prefix=str(prefix) if prefix else None,
                      suffix=str(suffix) if suffix else None, within=within,
                      previous=old)
    except AnchorError as exc:
        if source.source_changed and exc.closest is not None:
            source.problem(node, f"<{node}>: the quote is no longer in the edited source: "
                                 f"{_short_quote(str(quote))!r}; closest passage now: "
                                 f"{exc.closest!r}",
                           "correct cg:quote to the new wording, or delete the claim")
            source.lost.append((node, source.problems[-1]))
        else:
            source.problem(node, f"<{node}>: {exc}")
        return None


def _short_quote(quote: str) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= 80 else quote[:79] + "…"


def _anchor_in_claim(source: DocumentSource, norm: NormalizedText, built: BuiltDocument,
                     node: URIRef, lock: anchors.Lock | None = None) -> Anchor | None:
    claim = source.graph.value(node, CG.claim)
    if claim is None:
        source.problem(node, f"{_local(node)} has no cg:claim",
                       "name the claim that reports it; its quote must lie inside the claim's")
        return None
    if (claim, RDF.type, CG.Claim) not in source.graph:
        source.problem(node, f"{_local(node)} names cg:claim <{claim}>, which is not a cg:Claim "
                             "of this document")
        return None
    span = built.anchors.get(URIRef(claim))
    if span is None:
        return None  # the claim's own problem is reported already
    return _anchor_node(source, norm, node, within=(span.start, span.end), lock=lock)


def _figure(source: DocumentSource, derived: Graph, figure: URIRef, quote: str, vocab) -> None:
    reading = read_figure(source.graph, figure, quote, vocab)
    for message, hint in reading.problems:
        source.problem(figure, f"{_local(figure)}: {message}", hint)
    if reading.problems or reading.interval is None:
        return
    if source.graph.value(figure, CG.decimals) is None and reading.decimals is not None:
        derived.add((figure, CG.decimals, Literal(reading.decimals, datatype=XSD.integer)))
    if reading.relative_tolerance is not None:
        derived.add((figure, CG.relativeTolerance, decimal_literal(reading.relative_tolerance)))
    if reading.hedge is not None and source.graph.value(figure, CG.hedge) is None:
        derived.add((figure, CG.hedge, reading.hedge.iri))
    if reading.interval.low is not None:
        derived.add((figure, CG.lowerBound, decimal_literal(reading.interval.low)))
    if reading.interval.high is not None:
        derived.add((figure, CG.upperBound, decimal_literal(reading.interval.high)))


def _derived_figures(source: DocumentSource, vocab) -> bool:
    """Compute every cg:DerivedFigure (kg.derived) into the graph; False on a problem."""
    from kg.derived import derive_all
    computed, problems = derive_all(source.graph, vocab.unit_codes,
                                    {code: iri for iri, code in vocab.unit_codes.items()})
    for node, message, hint in problems:
        source.problem(node, f"{_local(node)}: {message}", hint or None)
    if problems:
        return False
    source.graph += computed
    return True


def _check_relations(source: DocumentSource) -> None:
    graph = source.graph
    for prop, classes in ROLE_PROPERTIES.items():
        for relation, target in sorted(graph.subject_objects(prop)):
            if not any((target, RDF.type, cls) in graph for cls in classes):
                kinds = " or ".join(f"cg:{_local(c)}" for c in classes)
                source.problem(URIRef(relation),
                               f"{_local(relation)} cg:{_local(prop)} names <{target}>, which is "
                               f"not a {kinds} of this document")
    for relation in sorted(set(graph.subjects(RDF.type, None))):
        for cls in graph.objects(relation, RDF.type):
            if str(cls).startswith(str(CG)) and str(cls).endswith("Relation") \
                    and cls not in RELATION_CLASSES and cls != CG.Relation:
                source.problem(URIRef(relation), f"unknown relation kind cg:{_local(cls)}",
                               "kinds: " + ", ".join(f"cg:{_local(c)}" for c in RELATION_CLASSES))
    _unknown_properties(source)


def _unknown_properties(source: DocumentSource) -> None:
    """A cg: property the relation's kind does not take (a guessed ``cg:rate`` on a compound
    growth) is refused, naming the line and the properties the kind takes."""
    from kg.kinds import curie, property_line, takes_hint, unknown_properties
    for relation, prop, kind in unknown_properties(source.graph):
        path, line = source.locations.get(relation, (None, 0))
        source.problem(relation, f"{_local(relation)}: {curie(kind.iri)} takes no {curie(prop)}",
                       takes_hint(kind))
        if path is not None:
            last = source.problems[-1]
            source.problems[-1] = replace(last, line=property_line(path, line, prop))


def _periods(source: DocumentSource, derived: Graph) -> None:
    """Each figure's first and last day (cg:periodStart, cg:periodEnd: :mod:`kg.period`),
    so that the shapes compare periods however they are written."""
    from kg.period import PeriodError, span_of
    graph = source.graph
    for figure in _typed(graph, CG.Figure):
        for period in graph.objects(figure, DCTERMS.temporal):
            try:
                span = span_of(graph, period)
            except PeriodError as exc:
                source.problem(figure, f"{_local(figure)}: its period (dcterms:temporal) "
                                       f"{_local(period)}: {exc}",
                               "give the period its first day as schema:startDate and its "
                               "last as schema:endDate (YYYY-MM-DD), or write it as an "
                               "xsd:gYear, xsd:gYearMonth or xsd:date")
                continue
            if span is not None:
                derived.add((figure, CG.periodStart, Literal(span.start.isoformat(),
                                                             datatype=XSD.date)))
                derived.add((figure, CG.periodEnd, Literal(span.end.isoformat(),
                                                           datatype=XSD.date)))


def _reference_rates(source: DocumentSource, derived: Graph, vocab) -> None:
    """The ECB reference rate of its day for each conversion that states no rate, or why
    there is none (:mod:`kg.refrates` says the rule; ``cg:ReferenceRateShape`` checks it)."""
    graph = source.graph
    for relation in _typed(graph, CG.ConversionRelation):
        if graph.value(relation, CG.rate) is not None:
            continue
        amount, converted = graph.value(relation, CG.amount), graph.value(relation, CG.convertedAmount)
        codes = [vocab.unit_codes.get(URIRef(graph.value(f, QUDT.unit) or "")) for f in
                 (amount, converted)]
        if None in codes or any(c not in CURRENCIES for c in codes):
            # not two currencies ("14 miles (23 km)" converts by QUDT's multipliers), or the
            # structure shape says what is wrong
            continue
        span = _conversion_period(graph, relation, (converted, amount))
        if span is None:
            derived.add((relation, CG.referenceRateUnavailable, Literal(
                "no day to take a reference rate from: give the relation a dcterms:date, or "
                "the figures' period (dcterms:temporal) a schema:startDate")))
            continue
        from kg.refrates import SOURCE, period_rate
        found = period_rate(codes[0], codes[1], span)
        if isinstance(found, str):
            derived.add((relation, CG.referenceRateUnavailable, Literal(found)))
            continue
        node = URIRef(f"{relation}/reference-rate")
        derived.add((relation, CG.referenceRate, node))
        derived.add((node, RDF.type, CG.ReferenceRate))
        derived.add((node, RDFS.label, Literal(found.label())))
        derived.add((node, QUDT.numericValue, decimal_literal(found.value)))
        derived.add((node, CG.lowerBound, decimal_literal(found.low)))
        derived.add((node, CG.upperBound, decimal_literal(found.high)))
        if found.period is None:
            derived.add((node, DCTERMS.date, Literal(found.day.isoformat(), datatype=XSD.date)))
        else:  # a mean over the period's days that have a rate
            derived.add((node, SCHEMA.startDate, Literal(found.day.isoformat(), datatype=XSD.date)))
            derived.add((node, SCHEMA.endDate, Literal(str(found.end), datatype=XSD.date)))
            derived.add((node, CG.daysAveraged, Literal(found.days, datatype=XSD.integer)))
        derived.add((node, DCTERMS.source, URIRef(SOURCE)))


def _conversion_period(graph: Graph, relation: URIRef, figures):
    """The day (the relation's dcterms:date) or the period (the figures' dcterms:temporal,
    the converted one's first) whose reference rate a conversion is checked against."""
    from kg.period import PeriodError, Span, span_of
    date = graph.value(relation, DCTERMS.date)
    if date is not None:
        try:
            day = dt.date.fromisoformat(str(date)[:10])
            return Span(day, day, str(day))
        except ValueError:
            pass
    for figure in figures:
        period = graph.value(figure, DCTERMS.temporal)
        if period is not None:
            try:
                span = span_of(graph, period)
            except PeriodError:
                continue  # the figure's own problem says so
            if span is not None:
                return span
    return None


def _add_anchor(g: Graph, node: URIRef, doc: URIRef, a: Anchor, sections: Sections) -> None:
    """The Web Annotation form of an anchor: a specific resource with two selectors."""
    target = URIRef(f"{node}/anchor")
    quote_sel = URIRef(f"{node}/anchor/quote")
    position_sel = URIRef(f"{node}/anchor/position")
    g.add((node, CG.anchor, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, doc))
    g.add((target, OA.hasSelector, quote_sel))
    g.add((target, OA.hasSelector, position_sel))
    g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    g.add((quote_sel, OA.exact, Literal(a.exact)))
    g.add((quote_sel, OA.prefix, Literal(a.prefix)))
    g.add((quote_sel, OA.suffix, Literal(a.suffix)))
    g.add((position_sel, RDF.type, OA.TextPositionSelector))
    g.add((position_sel, OA.start, Literal(a.start, datatype=XSD.nonNegativeInteger)))
    g.add((position_sel, OA.end, Literal(a.end, datatype=XSD.nonNegativeInteger)))
    title = sections.at(a.start)
    if title:
        g.add((node, CG.section, Literal(title)))


class Sections:
    """Section headings of a plain text: "Abstract", and numbered lines such as "2. Trends"."""

    _HEADING = re.compile(r"^[ \t]*(?:(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+(?P<title>[A-Z][^\n]{0,150})"
                          r"|(?P<named>Abstract|Introduction|Conclusions?|References)\b[^\n]{0,150})$",
                          re.MULTILINE)

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.titles: list[str] = []
        for m in self._HEADING.finditer(text):
            if m.group("named"):
                title = m.group("named")
            elif not re.search(r"[.!?,;:]\s*$", m.group("title").rstrip()) or len(m.group(0)) < 80:
                title = f"{m.group('num')}. {m.group('title').strip()}"
            else:
                continue
            self.starts.append(m.start())
            self.titles.append(title.strip())

    def at(self, offset: int) -> str | None:
        i = bisect_right(self.starts, offset) - 1
        return self.titles[i] if i >= 0 else None


def _local(iri) -> str:
    text = str(iri)
    return re.split(r"[#/]", text)[-1]
