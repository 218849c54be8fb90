"""SARIF 2.1.0: each finding located in its claims file and in the source text,
so code-scanning UIs (GitHub, GitLab, VS Code) annotate both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg import __version__
from kg.anchor import line_col
from kg.check.model import Finding, Report
from kg.jsontext import pretty
from kg.report import Source

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"violation": "error", "warning": "warning", "info": "note", "pass": "none"}
FALLBACK = {"structure": "claims, figures, dates and relations have what they need",
            "suppression": "every suppression matches a finding"}


def to_sarif(report: Report, sources: dict[str, Source]) -> str:
    kinds = sorted({f.check for f in report.findings})
    return sarif_log([_rule(k) for k in kinds],
                     [result(f, sources.get(f.document)) for f in report.findings])


def sarif_log(rules: list[dict[str, Any]], results: list[dict[str, Any]]) -> str:
    """The log of ``rules`` (sorted by id) and ``results`` (:func:`result`'s), each result's
    ``ruleIndex`` set to its rule's place here: the only member of a result that depends on
    other documents, so a warm run joins each document's results (:mod:`kg.check.splice`)."""
    index = {r["id"]: i for i, r in enumerate(rules)}
    for r in results:
        r["ruleIndex"] = index[r["ruleId"]]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "claimgraph", "version": __version__, "semanticVersion": __version__,
            "informationUri": "https://w3id.org/claimgraph", "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return pretty(log)


def rule(kind: str) -> dict[str, Any]:
    """The rule of a check kind, as the log lists it."""
    return _rule(kind)


def result(f: Finding, source: Source | None) -> dict[str, Any]:
    """``f`` as a result, its ``ruleIndex`` left for :func:`sarif_log` to set."""
    return _result(f, -1, source)


def _rule(kind: str) -> dict[str, Any]:
    # the shapes (rdflib) only here: a warm run joins rules kept with each document
    from rdflib.namespace import RDFS

    from kg.namespaces import CG
    from kg.vocab import shapes_graph
    g = shapes_graph()
    labels = sorted(str(g.value(s, RDFS.label)) for s in g.subjects(CG.checkKind, None)
                    if str(g.value(s, CG.checkKind)) == kind and g.value(s, RDFS.label))
    text = labels[0] if labels else FALLBACK.get(kind, kind)
    return {"id": kind, "name": "".join(w.capitalize() for w in kind.split("-")),
            "shortDescription": {"text": text},
            "defaultConfiguration": {"level": "error"},
            "helpUri": "https://w3id.org/claimgraph#checks"}


def _result(f: Finding, rule_index: int, source: Source | None) -> dict[str, Any]:
    text = f.message
    if f.arithmetic:
        text += f" Arithmetic: {f.arithmetic}."
    result: dict[str, Any] = {
        "ruleId": f.check, "ruleIndex": rule_index, "level": LEVEL[f.severity],
        "kind": "pass" if f.severity == "pass" else ("informational" if f.severity == "info"
                                                      else "fail"),
        "message": {"text": text},
        "locations": [],
        "partialFingerprints": {"claimgraphFindingId/v1": f.id},
        "properties": {"severity": f.severity, "document": f.document, "claims": f.claims,
                       "expected": f.expected, "observed": f.observed},
    }
    if f.file:
        result["locations"].append({"physicalLocation": {
            "artifactLocation": {"uri": _uri(f.file)},
            "region": {"startLine": max(1, f.line or 1)}}})
    if source is not None:
        quotes = [_quote_location(source, q.start, q.end, q.text, i)
                  for i, q in enumerate(f.quotes)]
        if quotes:
            first = dict(quotes[0])
            first.pop("id", None)
            first.pop("message", None)
            result["locations"].append(first)
            result["relatedLocations"] = quotes
    if f.suppressed_by is not None:
        s = f.suppressed_by
        result["suppressions"] = [{"kind": "inSource", "status": "accepted",
                                   "justification": f"{s.reason} ({s.creator}, {s.date})"}]
    return result


def _quote_location(source: Source, start: int, end: int, text: str, i: int) -> dict[str, Any]:
    start_line, start_col = line_col(source.text, start)
    end_line, end_col = line_col(source.text, end)
    return {"id": i, "message": {"text": f'"{text}"'}, "physicalLocation": {
        "artifactLocation": {"uri": _uri(source.path)},
        "region": {"startLine": start_line, "startColumn": start_col, "endLine": end_line,
                   "endColumn": end_col, "charOffset": start, "charLength": end - start,
                   "snippet": {"text": text}}}}


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_uri() if p.is_absolute() else p.as_posix()
