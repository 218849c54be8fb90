"""What every page reads: the corpus built, checked and diagnosed once per process
(``st.cache_resource``), and an embedded store for SPARQL.  Read-only."""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from kg.build import BuildResult
from kg.check.model import Report
from kg.report import Source, sources
from kg.store import Store

#: The app answers a user's SPARQL within these limits, like the endpoint.
QUERY_TIMEOUT = 5.0
QUERY_MAX_ROWS = 5_000


@dataclass
class Corpus:
    claims_dir: Path
    result: BuildResult
    report: Report
    store: Store
    sources: dict[str, Source]


def claims_dir() -> Path:
    from kg.vocab import bundled_claims_dir
    configured = os.environ.get("CLAIMGRAPH_CLAIMS")
    if configured:
        return Path(configured)
    here = Path("claims")
    return here if here.is_dir() else bundled_claims_dir()


@st.cache_resource(show_spinner="Building and checking the claim graph…")
def load(path: str) -> Corpus:
    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.store import open_store
    from kg.store.corpus import load as load_store

    result = build_corpus(Path(path))
    report = check_corpus(result)
    store = open_store("memory")
    load_store(store, result, report)
    return Corpus(Path(path), result, report, store, sources(result))


def corpus() -> Corpus:
    return load(str(claims_dir()))


def esc(text: object) -> str:
    """Text from a claims file, safe inside HTML."""
    return html.escape(str(text), quote=True)


def md(text: object) -> str:
    """Text from a claims file, safe inside Markdown (no HTML, links or formatting)."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$])", r"\\\1", str(text))


def local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def twin(sparql: str, rows: list[dict], name: str) -> None:
    """Every page's machine-readable twin: the SPARQL behind it, and CSV/JSON downloads."""
    import json

    import pandas as pd

    with st.expander("Machine-readable: the SPARQL behind this page, CSV, JSON"):
        st.code(sparql.strip(), language="sparql")
        frame = pd.DataFrame(rows)
        left, right = st.columns(2)
        left.download_button("Download CSV", frame.to_csv(index=False), f"{name}.csv",
                             "text/csv", key=f"csv-{name}")
        right.download_button("Download JSON", json.dumps(rows, indent=2, ensure_ascii=False,
                                                          default=str),
                              f"{name}.json", "application/json", key=f"json-{name}")


def other_sources(figures: list[str]) -> list[dict]:
    """What other documents say of these figures' quantities (the report's corroboration):
    a row per pair, for "other sources say"."""
    from kg.anchor import normalize  # quotes keep the source's line breaks
    wanted = set(figures)
    rows = []
    for entry in corpus().report.corroboration:
        if entry["figure"] not in wanted:
            continue
        for s in entry["sources"]:
            rows.append({"figure": local(entry["figure"]), "here": normalize(entry["quote"]),
                         "document": s["document"], "says": normalize(s["quote"]),
                         "agrees": "yes" if s["agrees"] else "no",
                         "finding": s["finding"]})
    return rows


def run_query(text: str, bindings: dict | None = None) -> list[dict]:
    return query_result(text, bindings)[0]


def query_result(text: str, bindings: dict | None = None) -> tuple[list[dict], dict[str, str]]:
    """Rows for the table, and the result in the standard formats for download: SPARQL 1.1
    Results JSON and CSV for SELECT and ASK, Turtle and N-Triples for a graph."""
    from kg.sparql.results import render, table
    result = corpus().store.query(text, bindings, timeout=QUERY_TIMEOUT,
                                  max_rows=QUERY_MAX_ROWS)
    _, rows = table(result)
    formats = ("turtle", "ntriples") if result.info.returns_graph else ("json", "csv")
    return rows, {fmt: render(result, fmt) for fmt in formats}


def readable(rows: list[dict]) -> list[dict]:
    """Query rows as a person reads them: a value with its unit in words ("57.1 billion
    yuan", not 57100000000 and unit:CCY_CNY), vocabulary terms by their labels ("sales
    volume"), other IRIs by their ids; the twin keeps the raw rows.

    >>> readable([{"value": "57100000000", "unit": "unit:CCY_CNY"}])
    [{'value': '57.1 billion yuan'}]
    """
    from decimal import Decimal, InvalidOperation

    from rdflib import URIRef
    from rdflib.namespace import RDFS

    from kg.numbers import describe, significant
    from kg.sparql.results import expand_iri
    from kg.vocab import vocabulary, vocabulary_graph

    codes, labels = vocabulary().unit_codes, vocabulary_graph()

    def iri(text: str) -> URIRef:
        return URIRef(expand_iri(text))

    out = []
    for row in rows:
        shown = {}
        code = codes.get(iri(str(row["unit"]))) if row.get("unit") else None
        for key, value in row.items():
            if key == "unit" and "value" in row:
                continue
            if key == "value" and value is not None:
                try:
                    number = Decimal(str(value))
                except InvalidOperation:
                    shown[key] = value
                    continue
                unit = None if code in ("NUM", "UNITLESS") else code
                shown[key] = describe(number, unit, significant(number))
            elif isinstance(value, str) and re.match(r"(https?://|[a-z]+:\S)", value):
                label = labels.value(iri(value), RDFS.label)
                shown[key] = str(label) if label is not None else \
                    re.split(r"[#/:]", value.rstrip("/"))[-1]
            else:
                shown[key] = value
        out.append(shown)
    return out
