"""Publishing checked claims: schema.org ClaimReview (JSON-LD), nanopublications (TriG),
figures as CSV, and the whole graph as TriG.

Each exporter takes a :class:`Checked` corpus: the build, its report, and the
per-claim verdicts derived from the findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.build import BuildResult, BuiltDocument
from kg.check.model import Finding, Report
from kg.namespaces import CG
from kg.vocab import ROLES

#: Verdict of a claim from the findings of the relations it takes part in, and its
#: schema.org reviewRating (1 worst, 3 best).
RATINGS = {
    "inconsistent": (1, "A relation this claim states, or one its figures take part in, "
                        "does not hold within the figures' precision."),
    "not checkable": (2, "None of the relations this claim takes part in could be checked "
                         "(for example, a conversion without a stated rate)."),
    "consistent": (3, "The relations this claim takes part in hold within the figures' "
                      "precision, or fail only because of a figure of another claim that the "
                      "diagnosis corrects."),
}


@dataclass
class ClaimVerdict:
    claim: URIRef
    document: BuiltDocument
    rating: str
    findings: list[Finding] = field(default_factory=list)
    diagnoses: list = field(default_factory=list)  # kg.diagnose.Diagnosis of its figures
    excused: list[str] = field(default_factory=list)  # violations pinned on other claims


@dataclass
class Checked:
    result: BuildResult
    report: Report

    def verdicts(self) -> list[ClaimVerdict]:
        """One verdict per checked claim: a claim that states a relation or whose
        figures take part in one."""
        by_relation: dict[str, list[Finding]] = {}
        for f in self.report.findings:
            if f.focus and f.is_relation:
                by_relation.setdefault(f.focus, []).append(f)
        out = []
        for doc in self.result.documents:
            g = doc.graph
            for claim in sorted(set(g.subjects(RDF.type, CG.Claim)), key=str):
                relations = claim_relations(g, URIRef(claim))
                findings = [f for r in relations for f in by_relation.get(str(r), [])]
                if not findings:
                    continue
                figures = {str(f) for f in g.subjects(CG.claim, claim)}
                excused = self._excused(figures)
                diagnoses = [d for d in self.report.diagnosis_objects
                             if any(c.figure in figures for c in d.candidates)]
                rating = rating_of([f for f in findings if f.id not in excused])
                out.append(ClaimVerdict(URIRef(claim), doc, rating, findings, diagnoses,
                                        sorted(excused & {f.id for f in findings})))
        return out

    def _excused(self, figures: set[str]) -> set[str]:
        """Violations a diagnosis pins on figures of other claims, when applying it clears
        every violation: the claim itself is not what is wrong."""
        excused: set[str] = set()
        for d in self.report.diagnosis_objects:
            if d.status == "likely" and d.clears_all and \
                    not any(c.figure in figures for c in d.candidates):
                excused.update(fid for c in d.candidates for fid in c.explains)
        return excused


def claim_relations(g: Graph, claim: URIRef) -> list[URIRef]:
    """Relations the claim states, and relations its figures or dates take part in."""
    stated = set(g.subjects(CG.claim, claim)) & _relations(g)
    figures = set(g.subjects(CG.claim, claim)) - stated
    related = {r for f in figures for p in ROLES for r in g.subjects(p, f)}
    return sorted((URIRef(r) for r in stated | related), key=str)


def _relations(g: Graph) -> set:
    from kg.check.shapes import relation_classes
    return {s for cls in relation_classes() for s in g.subjects(RDF.type, cls)}


def rating_of(findings: list[Finding]) -> str:
    """inconsistent: a violation stands; not checkable: nothing could be checked;
    consistent otherwise (accepted exceptions do not count against a claim)."""
    live = [f for f in findings if f.suppressed_by is None]
    if any(f.severity == "violation" for f in live):
        return "inconsistent"
    if live and all(f.severity == "info" for f in live):
        return "not checkable"
    return "consistent"


def label(g: Graph, node: URIRef) -> str:
    value = g.value(node, RDFS.label)
    return str(value) if value else re.split(r"[#/]", str(node))[-1]
