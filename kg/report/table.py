"""The findings as a table for people (the app's CSV): a row per finding, each cell in the
words of the text report (:mod:`kg.report.text`): numbers with their units and scale,
places as ``file:line``, the quotes and their context, the diagnosis; an empty cell where
the report says nothing.  The JSON report is the machine contract; this is for reading."""

from __future__ import annotations

import csv
import io
import re

from kg.check.model import Finding, Report
from kg.export.tables import cell
from kg.problems import visible
from kg.report import Source
from kg.report.text import acceptance, ambiguous, clusters, in_context, locations, suspect

#: the columns, in the order the text report says them
COLUMNS = ("severity", "check", "relation", "document", "where", "quote", "context",
           "arithmetic", "expected", "observed", "message", "diagnosis", "accepted", "read",
           "id")


def diagnoses_of(report: Report) -> dict[str, list[str]]:
    """Finding id -> the diagnosis lines that explain it, as the text report words them."""
    out: dict[str, list[str]] = {}
    for d in report.diagnosis_objects:
        groups = [d.candidates] + (d.alternatives if d.status == "ambiguous" else [])
        for group in groups:
            for c in group:
                line = ("ambiguous: " + ambiguous(c) if d.status == "ambiguous"
                        else suspect(c).plain)
                for finding in c.explains:
                    out.setdefault(finding, []).append(line)
    return out


def finding_rows(findings: list[Finding], report: Report,
                 sources: dict[str, Source]) -> list[dict[str, str]]:
    """A row of text per finding (:data:`COLUMNS`); ``report`` gives the diagnoses."""
    diagnosed = diagnoses_of(report)
    rows = []
    for f in findings:
        source = sources.get(f.document)
        context = [in_context(source.text, cluster).plain.strip()
                   for cluster in clusters(f.quotes)] if source is not None else []
        rows.append({
            "severity": ("ACCEPTED " if f.suppressed_by is not None else "")
            + f.severity.upper(),
            "check": f.check, "relation": f.label or f.id, "document": f.document,
            "where": " · ".join(locations(f, source)),
            "quote": " · ".join(re.sub(r"\s+", " ", q.text) for q in f.quotes),
            "context": " ".join(context),
            "arithmetic": f.arithmetic or "", "expected": f.expected or "",
            "observed": f.observed or "",
            # the arithmetic says it with units; the report shows the message only without it
            "message": "" if f.arithmetic else f.message,
            "diagnosis": "; ".join(dict.fromkeys(diagnosed.get(f.id, []))),
            "accepted": acceptance(f),
            "read": "read by kg read, not yet confirmed by a person" if f.read else "",
            "id": f.id,
        })
    # a document's text, shown and not obeyed (as the report does), never a formula
    return [{k: cell(visible(v), True) for k, v in row.items()} for row in rows]


def to_csv(rows: list[dict[str, str]]) -> str:
    """The rows as CSV, with a header of :data:`COLUMNS`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
