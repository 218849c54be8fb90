"""`kg check` as a function: build result in, report out.

>>> from kg.build import build_corpus
>>> report = check_corpus(build_corpus())                 # doctest: +SKIP
>>> report.headline()                                     # doctest: +SKIP
'11 of 13 relations consistent (2 violations, 0 warnings) in 1 document'
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS
from rdflib.term import Node

from kg.build import BuildResult, BuiltDocument
from kg.check import arithmetic
from kg.check import engine as engine_
from kg.check.model import RANK, Finding, Quote, Report, Suppression
from kg.check.shapes import render_message, shape_index
from kg.namespaces import CG
from kg.problems import Problem
from kg.vocab import ROLES, vocabulary_graph

#: the validators ``kg check --engine`` offers; the first is the default
ENGINES = ("oxigraph", "pyshacl")
#: kinds of check whose focus is a figure, not a relation: their passes are reported too
FIGURE_KINDS = ("reference",)


def check_corpus(result: BuildResult, *, diagnose: bool = True,
                 engine: str = ENGINES[0]) -> Report:
    """Run every shape over the built documents and report every finding, passes included,
    with the diagnosis of any violation.

    Documents are checked one by one: no shape relates two documents, so a corpus's
    report is its documents' reports put together (:func:`merge`)."""
    from kg.check.agreement import agreement_findings, summarise
    parts = [check_document(doc, diagnose=diagnose, engine=engine) for doc in result.documents]
    problems = problem_report(result)
    return merge([*parts, problems], agreement_findings(
        [summarise(d) for d in result.documents], engine))


def check_document(doc: BuiltDocument, *, diagnose: bool = True,
                   engine: str = ENGINES[0]) -> Report:
    """One document's report: its findings, passes included, and its diagnoses."""
    results, explained = validate([doc], engine)
    one = BuildResult([doc], [], [])
    report = assemble(one, doc.graph, results, explained)
    if diagnose and (any(s == "violation" for s in report.relations.values()) or any(
            f.check == "containment" and f.severity == "violation" for f in report.findings)):
        from kg.diagnose import diagnose as run_diagnosis
        report.diagnosis_objects = run_diagnosis(one, report)
        report.diagnoses = [d for dx in report.diagnosis_objects for d in dx.as_dicts()]
    return report


def validate(documents: list[BuiltDocument],
             engine: str = ENGINES[0]) -> tuple[list[engine_.ShaclResult], engine_.Explained]:
    """SHACL results and explain rows for ``documents``, from either engine."""
    if engine == "oxigraph":
        from kg.check.oxigraph import validate_graphs
        return validate_graphs([d.graph for d in documents])
    if engine != "pyshacl":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    data = _with_vocabulary(documents)
    results = engine_.validate(data)
    explained: engine_.Explained = {}
    for doc in documents:
        # per document: rdflib's OPTIONAL joins grow faster than the graph. One document's
        # is the graph just validated: pySHACL runs in place and adds nothing to it (no
        # inference, no ontology graph), so it is not built again (kg check's pySHACL run
        # is one document at a time)
        one = data if len(documents) == 1 else _with_vocabulary([doc])
        explained.update(engine_.explain(one))
    engine_.cross_check(results, explained, shape_index().constraints)
    return engine_.rerender(results, explained), explained


def _with_vocabulary(documents: list[BuiltDocument]) -> Graph:
    """The vocabulary's and ``documents``' triples in one new graph."""
    data = Graph(bind_namespaces="none")
    data += vocabulary_graph()
    for doc in documents:
        data += doc.graph
    return data


def problem_report(result: BuildResult) -> Report:
    """The findings of documents that did not build (their input problems)."""
    return assemble(BuildResult([], result.problems, result.failed), Graph(), [], {})


def merge(parts: list[Report], across: list[Finding] = ()) -> Report:
    """Put documents' reports together (diagnoses numbered across the corpus), with the
    findings that span documents (``across``: agreement)."""
    findings = sorted([*(f for p in parts for f in p.findings), *across],
                      key=lambda f: (f.document, -RANK[f.severity], f.check, f.id))
    relations = {r: s for p in parts for r, s in p.relations.items()}
    documents = sorted({d for p in parts for d in p.documents})
    # copies: the parts may be kept (the check cache, the app) and merged again (weigh
    # copies what it changes below a diagnosis's top)
    diagnoses = [copy.copy(d) for p in parts for d in p.diagnosis_objects]
    for number, d in enumerate(diagnoses, start=1):
        d.component = number
    corroboration: list[dict] = []
    if across:
        from kg.check.agreement import corroboration as per_figure
        from kg.check.agreement import other_sources
        from kg.diagnose.sources import weigh
        sources = other_sources(across)
        corroboration = per_figure(across, sources)
        diagnoses = weigh(diagnoses, sources)
    return Report(findings=findings, documents=documents, relations=relations,
                  bad_input=any(p.bad_input for p in parts), diagnosis_objects=diagnoses,
                  diagnoses=[x for d in diagnoses for x in d.as_dicts()],
                  corroboration=corroboration)


def assemble(result: BuildResult, data: Graph, results: list[engine_.ShaclResult],
             explained: dict[tuple[Node, Node], dict[str, Node]]) -> Report:
    ctx = _Context(result, data, explained)
    for r in results:
        ctx.add_result(r)
    for doc in result.documents:
        ctx.add_passes(doc)
    for problem in result.problems:
        ctx.add_problem(problem)
    ctx.apply_suppressions()
    findings = sorted(ctx.findings, key=lambda f: (f.document, -RANK[f.severity], f.check, f.id))
    documents = sorted([d.doc_id for d in result.documents] + result.failed)
    return Report(findings=findings, documents=documents, relations=ctx.relation_status(),
                  bad_input=bool(result.problems))


class _Context:
    """What assembling findings needs to look up, built once per report."""

    def __init__(self, result: BuildResult, data: Graph,
                 explained: dict[tuple[Node, Node], dict[str, Node]]) -> None:
        self.result = result
        self.data = data
        self.explained = explained
        self.findings: list[Finding] = []
        self._ids: Counter[str] = Counter()
        self.doc_of: dict[Node, BuiltDocument] = {}
        for doc in result.documents:
            for s in doc.graph.subjects():
                self.doc_of.setdefault(s, doc)
            self.doc_of[doc.iri] = doc
        for doc in result.documents:  # things a document only mentions (entities without labels)
            for o in doc.graph.objects():
                self.doc_of.setdefault(o, doc)
        classes = shape_index().kind_of_class
        self.relations: dict[Node, str] = {}
        for doc in result.documents:
            for cls, kind in classes.items():
                for rel in doc.graph.subjects(RDF.type, cls):
                    self.relations[rel] = kind
        #: (shape, constraint node): one constraint may be run by two shapes
        self.constraints = {(c.shape, c.node): c for c in shape_index().constraints}
        self.rows_by_focus: dict[Node, list[tuple[Node, dict[str, Node]]]] = {}
        for (constraint, focus), row in sorted(explained.items(), key=lambda kv: str(kv[0])):
            self.rows_by_focus.setdefault(focus, []).append((constraint, row))

    # --- findings from the validator ------------------------------------------------

    def add_result(self, r: engine_.ShaclResult) -> None:
        doc = self.doc_of.get(r.focus)
        if doc is None:
            return  # a result on the vocabulary itself; not a document's finding
        focus = r.focus
        concerned = self._concerned(doc, focus, r.value)
        if r.kind == "containment" and r.value is not None:  # the part, then the whole
            whole = doc.anchors.get(r.value)
            concerned["figures"] = [str(focus), str(r.value)]
            if whole is not None:
                concerned["quotes"] = sorted({*concerned["quotes"], Quote(
                    whole.exact, whole.start, whole.end)}, key=lambda q: q.start)
        row = self.explained.get((r.constraint, focus), {}) if r.constraint is not None else {}
        expected, observed = arithmetic.expected_observed(r.kind, self.data, focus, row)
        constraint = self.constraints.get((shape_index().root_of_shape.get(r.shape, r.shape),
                                           r.constraint))
        message = render_message(constraint.message, row) if row and constraint and \
            constraint.message else r.message
        if observed is None and r.value is not None and r.kind == "structure":
            observed = _shown(r.value)
        self._add(doc, focus, Finding(
            id="", severity=r.severity, check=r.kind, message=message,
            document=doc.doc_id, expected=expected, observed=observed,
            arithmetic=arithmetic.write_out(r.kind, self.data, focus, row),
            shape=_shape_name(r.shape), **concerned))

    # --- passes -----------------------------------------------------------------------

    def add_passes(self, doc: BuiltDocument) -> None:
        failing = {f.focus for f in self.findings if f.document == doc.doc_id}
        for relation, kind in sorted(self.relations.items(), key=lambda kv: str(kv[0])):
            if self.doc_of.get(relation) is not doc or str(relation) in failing:
                continue
            rows = self.rows_by_focus.get(relation, [])
            row = rows[0][1] if rows else {}
            expected, observed = arithmetic.expected_observed(kind, self.data, relation, row)
            written = [w for _, r in rows if (w := arithmetic.write_out(kind, self.data, relation, r))]
            self._add(doc, relation, Finding(
                id="", severity="pass", check=kind, message="consistent within the figures' precision",
                document=doc.doc_id, expected=expected, observed=observed,
                arithmetic="; ".join(dict.fromkeys(written)) or None,
                **self._concerned(doc, relation, None)))
        self._figure_passes(doc)
        kinds = {f.check for f in self.findings if f.document == doc.doc_id}
        if "structure" not in kinds:
            self._add(doc, doc.iri, Finding(
                id="", severity="pass", check="structure", document=doc.doc_id,
                message="every claim, figure, date and relation has what it needs",
                label=doc.doc_id))
        if "provenance" not in kinds:
            self._add(doc, doc.iri, Finding(
                id="", severity="pass", check="provenance", document=doc.doc_id,
                message=f"all {len(doc.anchors)} quotes stand at their offsets in the source",
                label=doc.doc_id))

    def _figure_passes(self, doc: BuiltDocument) -> None:
        """Figures a check of :data:`FIGURE_KINDS` passed (a figure is no relation: these
        are not counted among the relations)."""
        kinds = {c.node: c.kind for c in shape_index().constraints if c.kind in FIGURE_KINDS}
        # failed that check: another finding on the figure (its structure) is no reason
        failed = {(f.focus, f.check) for f in self.findings if f.document == doc.doc_id}
        for focus, rows in sorted(self.rows_by_focus.items(), key=lambda kv: str(kv[0])):
            for constraint, row in rows:
                kind = kinds.get(constraint)
                if kind is None or self.doc_of.get(focus) is not doc or \
                        (str(focus), kind) in failed:
                    continue
                expected, observed = arithmetic.expected_observed(kind, self.data, focus, row)
                self._add(doc, focus, Finding(
                    id="", severity="pass", check=kind, document=doc.doc_id,
                    message="consistent with the reference data",
                    expected=expected, observed=observed,
                    arithmetic=arithmetic.write_out(kind, self.data, focus, row),
                    **self._concerned(doc, focus, None)))

    # --- build problems ----------------------------------------------------------------

    def add_problem(self, problem: Problem) -> None:
        doc_id = problem.document or "corpus"
        self._ids[f"{doc_id}/input"] += 1
        self.findings.append(Finding(
            id=f"{doc_id}/input/{self._ids[f'{doc_id}/input']}", severity="violation",
            check="structure", message=str(problem), document=doc_id,
            file=problem.file, line=problem.line))

    # --- suppressions ------------------------------------------------------------------

    def apply_suppressions(self) -> None:
        for doc in self.result.documents:
            for s in _suppressions(doc):
                matched = [f for f in self.findings
                           if f.focus == s.target and f.severity in ("warning", "violation")
                           and (s.check is None or s.check == f.check)
                           and f.suppressed_by is None]
                for f in matched:
                    f.suppressed_by = s
                if not matched:
                    self._add(doc, URIRef(s.iri), Finding(
                        id="", severity="warning", check="suppression", document=doc.doc_id,
                        message=f"suppression {_local(s.iri)} matches no warning or violation "
                                f"(of {_local(s.target)}); remove it, or correct cg:suppresses",
                        focus=s.iri, label=_local(s.iri), file=s.file, line=s.line))

    def relation_status(self) -> dict[str, str]:
        status = {str(r): "pass" for r in self.relations}
        for f in self.findings:
            if f.focus in status and RANK[f.severity] > RANK[status[f.focus]]:
                status[f.focus] = f.severity
        return status

    # --- helpers -------------------------------------------------------------------------

    def _add(self, doc: BuiltDocument, focus: Node, finding: Finding) -> None:
        base = f"{doc.doc_id}/{_local(focus)}/{finding.check}"
        self._ids[base] += 1
        finding.id = base if self._ids[base] == 1 else f"{base}/{self._ids[base]}"
        finding.focus = finding.focus or _term(focus)
        finding.read = any((URIRef(n), CG.readBy, None) in doc.graph
                           for n in (str(focus), *finding.claims, *finding.figures)
                           if n and not n.startswith("_:"))
        if finding.file is None:
            file, line = doc.source.where(URIRef(focus)) if isinstance(focus, URIRef) \
                else doc.source.where(doc.iri)
            finding.file, finding.line = file, line
        self.findings.append(finding)

    def _concerned(self, doc: BuiltDocument, focus: Node, value: Node | None) -> dict:
        """Claims, figures, quotes and label of what a finding is about."""
        g = doc.graph
        if focus in self.relations:
            figures = sorted({o for p in ROLES for o in g.objects(focus, p)}, key=str)
            claims = sorted(set(g.objects(focus, CG.claim)), key=str)
        elif focus == doc.iri and value is not None:
            figures, claims = [value], _claims_of(g, [value])
        else:
            figures, claims = [focus], _claims_of(g, [focus])
        anchored = [doc.anchors[f] for f in figures if f in doc.anchors] or \
                   [doc.anchors[c] for c in claims if c in doc.anchors]
        quotes = sorted({Quote(a.exact, a.start, a.end) for a in anchored}, key=lambda q: q.start)
        label = g.value(focus, RDFS.label)
        return {"claims": [str(c) for c in claims],
                "figures": [str(f) for f in figures if (f, RDF.type, CG.Claim) not in g],
                "quotes": quotes, "label": str(label) if label else _local(focus)}


def _claims_of(g: Graph, nodes: Iterable[Node]) -> list[Node]:
    claims = set()
    for n in nodes:
        if (n, RDF.type, CG.Claim) in g:
            claims.add(n)
        claims.update(g.objects(n, CG.claim))
    return sorted(claims, key=str)


def _suppressions(doc: BuiltDocument) -> list[Suppression]:
    g = doc.graph
    out = []
    for s in sorted(set(g.subjects(RDF.type, CG.Suppression)), key=str):
        target = g.value(s, CG.suppresses)
        if target is None:
            continue  # the structure shape reports it
        file, line = doc.source.where(URIRef(s))
        check = g.value(s, CG.checkKind)
        out.append(Suppression(
            iri=str(s), target=str(target), check=str(check) if check else None,
            creator=str(g.value(s, DCTERMS.creator) or ""), reason=str(g.value(s, CG.reason) or ""),
            date=str(g.value(s, DCTERMS.date) or ""), document=doc.doc_id, file=file, line=line))
    return out


def _shape_name(shape: Node | None) -> str | None:
    """The named shape a result comes from: a property shape is a blank node, whose label
    changes from run to run, so it is reported as the shape it belongs to."""
    if shape is None:
        return None
    return str(shape_index().root_of_shape.get(shape, shape)) if isinstance(shape, BNode) \
        else str(shape)


def _term(node: Node) -> str:
    return str(node) if isinstance(node, URIRef) else f"_:{node}"


def _shown(node: Node) -> str:
    """A value as a person reads it in a finding (f-3, unit:PERCENT)."""
    from kg.check.shapes import short
    return short(node) if isinstance(node, (URIRef, Literal)) else f"_:{node}"


def _local(iri: object) -> str:
    return re.split(r"[#/]", str(iri))[-1]
