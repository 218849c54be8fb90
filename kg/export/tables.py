"""Figures as a table: one row per figure, with the status of every relation it is in.

``csv`` is plain UTF-8 CSV; ``excel`` is the same with a byte-order mark and CRLF
line ends (so Excel reads the encoding), and with cells that begin with = + - @
prefixed by an apostrophe, so a quote from a document can never run as a formula.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF

from kg.export import Checked, label
from kg.namespaces import CG, QUDT, SCHEMA
from kg.vocab import ROLES, vocabulary

COLUMNS = ["document", "figure", "quote", "start", "end", "value", "unit", "decimals",
           "lower_bound", "upper_bound", "hedge", "entities", "period", "measures", "relations"]


def figure_rows(checked: Checked) -> list[dict[str, Any]]:
    status = checked.report.relations
    rows = []
    for doc in checked.result.documents:
        g = doc.graph
        for figure in sorted(set(g.subjects(RDF.type, CG.Figure)), key=str):
            anchor = doc.anchors.get(URIRef(figure))
            relations = sorted({r for p in ROLES for r in g.subjects(p, figure)}, key=str)
            period = g.value(figure, DCTERMS.temporal)
            hedge = g.value(figure, CG.hedge)
            rows.append({
                "document": doc.doc_id, "figure": str(figure),
                "quote": anchor.exact if anchor else str(g.value(figure, CG.quote)),
                "start": anchor.start if anchor else None, "end": anchor.end if anchor else None,
                "value": _text(g.value(figure, QUDT.numericValue)),
                "unit": vocabulary().unit_codes.get(URIRef(g.value(figure, QUDT.unit))),
                "decimals": _text(g.value(figure, CG.decimals)),
                "lower_bound": _text(g.value(figure, CG.lowerBound)),
                "upper_bound": _text(g.value(figure, CG.upperBound)),
                "hedge": label(g, hedge) if hedge else None,
                "entities": "; ".join(label(g, e) for e in sorted(g.objects(figure, SCHEMA.about),
                                                                  key=str)),
                "period": (label(g, period) if isinstance(period, URIRef) else _text(period)),
                "measures": label(g, g.value(figure, CG.measures))
                if g.value(figure, CG.measures) else None,
                "relations": "; ".join(f"{label(g, r)}: {status.get(str(r), 'unchecked')}"
                                       for r in relations),
            })
    return rows


def to_csv(checked: Checked, *, excel: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if excel else "\n")
    writer.writerow(COLUMNS)
    for row in figure_rows(checked):
        writer.writerow([cell(row[c], excel) for c in COLUMNS])
    return ("\ufeff" if excel else "") + buffer.getvalue()


def cell(value: Any, excel: bool) -> str:
    text = "" if value is None else str(value)
    if excel and text[:1] in ("=", "+", "-", "@") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text[:-2] if text.endswith(".0") and "." in text else text
