"""Coverage: every numeric mention in a source, and the figure that encodes it or the
waiver that says why it is none.

>>> rows = coverage(built_document)                       # doctest: +SKIP
>>> sum(r.status == "missing" for r in rows)              # doctest: +SKIP
0
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import RDF

from kg.anchor import line_col
from kg.build import BuiltDocument
from kg.namespaces import CG
from kg.numbers import find_mentions

ENCODING_CLASSES = (CG.Figure, CG.StatedDate)


@dataclass(frozen=True)
class CoverageRow:
    document: str
    mention: str
    start: int
    end: int
    line: int
    status: str  # encoded | waived | missing
    by: str | None  # the figure, date or waiver IRI
    reason: str | None

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class CoverageSummary:
    document: str
    mentions: int
    encoded: int
    waived: int
    missing: int

    @property
    def percent(self) -> float:
        return 100.0 if not self.mentions else 100.0 * (self.encoded + self.waived) / self.mentions

    def __str__(self) -> str:
        return (f"{self.document}: {self.mentions} numeric mentions, {self.encoded} encoded, "
                f"{self.waived} waived, {self.missing} missing ({self.percent:.0f}% covered)")


def coverage(doc: BuiltDocument) -> list[CoverageRow]:
    """One row per numeric mention in ``doc``'s source text."""
    encoders = [(node, a) for node, a in doc.anchors.items()
                if any((node, RDF.type, cls) in doc.graph for cls in ENCODING_CLASSES)]
    waivers = [(node, a) for node, a in doc.anchors.items()
               if (node, RDF.type, CG.Waiver) in doc.graph]
    rows = []
    for m in find_mentions(doc.text):
        line = line_col(doc.text, m.start)[0]
        by = _covering(encoders, m.start, m.end)
        status, reason = "encoded", None
        if by is None:
            by = _covering(waivers, m.start, m.end, inside=True)
            status = "waived" if by is not None else "missing"
            if by is not None:
                reason = str(doc.graph.value(by, CG.reason))
        rows.append(CoverageRow(doc.doc_id, m.text, m.start, m.end, line, status,
                                str(by) if by is not None else None, reason))
    return rows


def summarize(doc_id: str, rows: list[CoverageRow]) -> CoverageSummary:
    count = {s: sum(r.status == s for r in rows) for s in ("encoded", "waived", "missing")}
    return CoverageSummary(doc_id, len(rows), count["encoded"], count["waived"], count["missing"])


def _covering(spans: list[tuple[URIRef, object]], start: int, end: int,
              inside: bool = False) -> URIRef | None:
    """The first node whose anchor overlaps (or, for waivers, contains) the mention."""
    for node, a in sorted(spans, key=lambda x: (x[1].start, str(x[0]))):
        if inside and a.start <= start and end <= a.end:
            return node
        if not inside and a.start < end and start < a.end:
            return node
    return None
