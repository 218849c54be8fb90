"""Findings as RDF: one named graph per document (``<document>/findings``).

Failing findings are also SHACL validation results (focus node, source shape,
message, severity), so SHACL tooling reads them; every finding, passes included,
has a ``cg:status`` and links to the claims and figures it concerns::

    SELECT DISTINCT ?claim WHERE {
      ?finding cg:status cg:Violation ; cg:concernsClaim ?claim .
    }
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from kg.build import BuildResult
from kg.check.model import Finding, Report
from kg.figures import decimal_literal
from kg.namespaces import CG, SH, bind_prefixes

FINDING = "https://w3id.org/claimgraph/finding/"
STATUS = {"pass": CG.Pass, "info": CG.Info, "warning": CG.Warning, "violation": CG.Violation}
SEVERITY = {"info": SH.Info, "warning": SH.Warning, "violation": SH.Violation}


def finding_iri(f: Finding) -> URIRef:
    return URIRef(FINDING + quote(f.id, safe="/-_.~"))


def findings_graph(f_list: list[Finding], identifier: URIRef | None = None) -> Graph:
    g = bind_prefixes(Graph(identifier=identifier, bind_namespaces="none"))
    for f in f_list:
        node = finding_iri(f)
        g.add((node, RDF.type, CG.Finding))
        g.add((node, DCTERMS.identifier, Literal(f.id)))
        g.add((node, CG.status, STATUS[f.severity]))
        g.add((node, CG.checkKind, Literal(f.check)))
        g.add((node, SH.resultMessage, Literal(f.message)))
        if f.severity != "pass":
            g.add((node, RDF.type, SH.ValidationResult))
            g.add((node, SH.resultSeverity, SEVERITY[f.severity]))
        if f.focus and not f.focus.startswith("_:"):
            g.add((node, SH.focusNode, URIRef(f.focus)))
        if f.shape and not f.shape.startswith("_:"):
            g.add((node, SH.sourceShape, URIRef(f.shape)))
        for claim in f.claims:
            g.add((node, CG.concernsClaim, URIRef(claim)))
        for figure in f.figures:
            g.add((node, CG.concernsFigure, URIRef(figure)))
        for prop, value in ((CG.expected, f.expected), (CG.observed, f.observed),
                            (CG.arithmetic, f.arithmetic)):
            if value:
                g.add((node, prop, Literal(value)))
        if f.suppressed_by is not None:
            g.add((node, CG.suppressedBy, URIRef(f.suppressed_by.iri)))
    return g


def diagnoses_graph(report: Report, doc_id: str, doc_iri: URIRef) -> Graph:
    """The report's diagnoses of figures in one document."""
    g = bind_prefixes(Graph(bind_namespaces="none"))
    for n, d in enumerate(report.diagnoses, start=1):
        if not d["figure"].startswith(str(doc_iri) + "/"):
            continue
        node = URIRef(f"{FINDING}{quote(doc_id)}/diagnosis/{n}")
        g.add((node, RDF.type, CG.Diagnosis))
        g.add((node, CG.suspectFigure, URIRef(d["figure"])))
        g.add((node, CG.support, Literal(d["support"], datatype=XSD.integer)))
        g.add((node, CG.diagnosisStatus, Literal(d["status"])))
        g.add((node, CG.rank, Literal(d["rank"], datatype=XSD.integer)))
        if d["suggested"] is not None:
            g.add((node, CG.suggestedValue, decimal_literal(d["suggested"])))
        implied = d.get("implied") or {}
        if implied.get("low") is not None:
            g.add((node, CG.impliedLowerBound, decimal_literal(implied["low"])))
        if implied.get("high") is not None:
            g.add((node, CG.impliedUpperBound, decimal_literal(implied["high"])))
        if d["pattern"]:
            g.add((node, CG.slipPattern, Literal(d["pattern"])))
        if d.get("clearsAll") is not None:
            g.add((node, CG.clearsAll, Literal(d["clearsAll"], datatype=XSD.boolean)))
        for fid in d["explains"]:
            g.add((node, CG.explainsFinding, URIRef(FINDING + quote(fid, safe="/-_.~"))))
    return g


def add_findings(dataset: Dataset, result: BuildResult, report: Report) -> Dataset:
    """Add each document's findings to ``dataset`` as the graph ``<document>/findings``."""
    of = findings_by_document(report)
    for doc in result.documents:
        target = dataset.graph(URIRef(f"{doc.iri}/findings"))
        target += of(doc.doc_id, str(doc.iri))
    return dataset


def findings_by_document(report: Report) -> Callable[[str, str], Graph]:
    """``(document id, document IRI) -> its findings graph``, the report indexed once (a
    streamed build asks for each of 10,000 documents' in turn)."""
    mine: dict[str, list[Finding]] = {}
    for f in report.findings:
        mine.setdefault(f.document, []).append(f)

    def of(doc_id: str, iri: str) -> Graph:
        found = mine.get(doc_id, [])
        target = findings_graph(found)
        target += diagnoses_graph(report, doc_id, URIRef(iri))
        conforms = not any(f.severity == "violation" and f.suppressed_by is None for f in found)
        report_node = URIRef(f"{iri}/findings/report")
        target.add((report_node, RDF.type, SH.ValidationReport))
        target.add((report_node, SH.conforms, Literal(conforms, datatype=XSD.boolean)))
        for f in found:
            if f.severity != "pass":
                target.add((report_node, SH.result, finding_iri(f)))
        return target
    return of
