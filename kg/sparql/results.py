"""Query results in every output format, through pyoxigraph's own parsers and
serializers (SPARQL 1.1 Results JSON/XML/CSV/TSV; Turtle, N-Triples for graphs)."""

from __future__ import annotations

import json
from typing import Any

import pyoxigraph as ox

from kg.namespaces import PREFIXES, compact_iri, expand_iri  # noqa: F401 (re-exported)
from kg.output import render_rows
from kg.store import Result

SELECT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
FORMATS = ("table", "json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld")


def render(result: Result, fmt: str) -> str:
    """``result`` as text in ``fmt`` (table, or a standard SPARQL/RDF format)."""
    if fmt == "table":
        columns, rows = table(result)
        return render_rows(rows, columns, "table")
    if result.info.returns_graph:
        target = GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
        triples = ox.parse(result.payload, format=ox.RdfFormat.N_TRIPLES)
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()} if target == ox.RdfFormat.TURTLE \
            else None
        out = ox.serialize(triples, format=target, prefixes=prefixes) if prefixes else \
            ox.serialize(triples, format=target)
        return (out or b"").decode("utf-8")
    if fmt in ("turtle", "ntriples", "jsonld"):
        raise ValueError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; "
                         "use table, json, xml, csv or tsv")
    parsed = ox.parse_query_results(result.payload, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=SELECT_FORMATS[fmt]).decode("utf-8")


def table(result: Result) -> tuple[list[str], list[dict[str, Any]]]:
    """Column names and rows of display strings (IRIs shortened with the usual prefixes)."""
    if result.info.returns_graph:
        rows = [{"subject": compact(t.subject), "predicate": compact(t.predicate),
                 "object": compact(t.object)}
                for t in ox.parse(result.payload, format=ox.RdfFormat.N_TRIPLES)]
        return ["subject", "predicate", "object"], rows
    data = json.loads(result.payload)
    if "boolean" in data:
        return ["result"], [{"result": "true" if data["boolean"] else "false"}]
    columns = data["head"]["vars"]
    rows = [{c: _display(b[c]) if c in b else None for c in columns}
            for b in data["results"]["bindings"]]
    return columns, rows


def values(result: Result) -> list[dict[str, str]]:
    """SELECT rows as plain strings (IRIs in full), for code and tests."""
    data = json.loads(result.payload)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def compact(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return compact_iri(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _display(binding: dict[str, str]) -> str:
    return compact_iri(binding["value"]) if binding["type"] == "uri" else binding["value"]
