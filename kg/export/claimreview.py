"""schema.org ClaimReview in JSON-LD: one review per checked claim.

The rating comes from the claim's findings (see :data:`kg.export.RATINGS`):
inconsistent = 1, not checkable = 2, consistent = 3 on a 1-3 scale, with the
verdict's name in ``alternateName``.  The claim's appearance is its quoted span
of the document: a Web Annotation specific resource with a position selector.
The context is inline, so the document expands offline.
"""

from __future__ import annotations

import json
from typing import Any

from rdflib.namespace import DCTERMS

from kg import __version__
from kg.export import RATINGS, Checked, ClaimVerdict, label
from kg.namespaces import CG, OA

CONTEXT = {"@vocab": "https://schema.org/", "oa": str(OA), "cg": str(CG),
           "xsd": "http://www.w3.org/2001/XMLSchema#"}


def to_claimreview(checked: Checked) -> str:
    reviews = [_review(v) for v in checked.verdicts()]
    return json.dumps({"@context": CONTEXT, "@graph": reviews}, indent=2,
                      ensure_ascii=False) + "\n"


def _review(v: ClaimVerdict) -> dict[str, Any]:
    g, doc = v.document.graph, v.document
    anchor = doc.anchors[v.claim]
    value, explanation = RATINGS[v.rating]
    title = g.value(doc.iri, DCTERMS.title)
    return {
        "@id": f"{v.claim}/review",
        "@type": "ClaimReview",
        "claimReviewed": " ".join(anchor.exact.split()),
        "itemReviewed": {
            "@id": str(v.claim), "@type": "Claim",
            "about": [{"@id": str(e), "name": label(g, e)}
                      for e in sorted(g.objects(v.claim, _schema("about")), key=str)],
            "appearance": {
                "@id": f"{v.claim}/anchor",
                "@type": ["CreativeWork", "oa:SpecificResource"],
                "text": anchor.exact,
                "isPartOf": {"@id": str(doc.iri), "@type": "CreativeWork",
                             "name": str(title) if title else doc.doc_id},
                "oa:hasSource": {"@id": str(doc.iri)},
                "oa:hasSelector": {"@type": "oa:TextPositionSelector",
                                   "oa:start": anchor.start, "oa:end": anchor.end},
            },
        },
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 3,
                         "worstRating": 1, "alternateName": v.rating,
                         "ratingExplanation": explanation},
        "reviewBody": _body(v),
        "author": {"@type": "SoftwareApplication", "name": "claimgraph",
                   "softwareVersion": __version__},
    }


def _body(v: ClaimVerdict) -> str:
    parts = []
    for f in sorted(v.findings, key=lambda f: f.id):
        line = f"{f.severity}: {f.label or f.check} ({f.check})"
        if f.arithmetic:
            line += f" — {f.arithmetic}"
        parts.append(line + ".")
    for d in v.diagnoses:
        parts.append(f"Diagnosis: {d.headline()}.")
    if v.excused:
        parts.append("The violations above are pinned by the diagnosis on a figure of "
                     "another claim; corrected, they clear.")
    return " ".join(parts)


def _schema(local: str):
    from kg.namespaces import SCHEMA
    return SCHEMA[local]
