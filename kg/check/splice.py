"""A run's JSON report put together from each document's part, without decoding outcomes.

A warm run with few changed documents used to read back every kept outcome (tagged JSON
made into claimgraph's dataclasses, :mod:`kg.check.portable`) only to merge them and write
them out as JSON again: at 1,000 documents that decoding was 3.4 of a one-changed run's
5.6 s of CPU.  What the JSON report needs of a document is much less, and is plain JSON
already: its findings as the report writes them, its diagnoses, its relations and counts.
So beside each kept outcome the check keeps that *part* (:func:`part_of`, plain JSON: no
class is made when it is read back), and a run joins the parts (:func:`join`).

Only what spans documents has to be decided again, and :func:`join` takes the parts'
word for it only where the outcome is provably the one :func:`kg.check.pipeline.finish`
gives: no two documents share an IRI (finish would fail both) and no two share a
quantity key (no agreement finding, no corroboration, no diagnosis weighed by another
source), and each part's findings are of one document, another for each part (so the
report's order, by document first, is the parts' order by document).  Anything else
returns ``None`` and the caller takes the full path.

>>> join([], "violation") is not None
True
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from kg.check.model import RANK, Report
from kg.problems import Problem

if TYPE_CHECKING:
    from kg.check.pipeline import Outcome

#: bump when a part's layout changes (the code fingerprint in each key covers the rest)
PART_FORMAT = 1


@dataclass
class Part:
    """What the JSON report needs of one document (read back by :func:`read_part`)."""

    doc_id: str
    iri: str | None
    #: the one document its findings are of (``None`` without findings)
    document: str | None
    #: each finding as the report writes it (``Finding.as_dict``), in the report's order
    findings: list[dict[str, Any]]
    #: severity -> how many findings have it; and the severities of findings not accepted
    severities: dict[str, int]
    failing: list[str]
    accepted: int
    relations: dict[str, str]
    documents: list[str]
    bad_input: bool
    #: how many diagnoses, and their report entries numbered from 1 in this document
    diagnoses: int
    diagnosis_entries: list[dict[str, Any]]
    problems: list[Problem]
    notes: list[str]
    #: the keys of its figures (kg.check.agreement.FigureSummary.keys), ``None`` without
    #: a figure summary
    figure_keys: list[list[str]] | None


def part_of(outcome: Outcome) -> bytes | None:
    """``outcome``'s part as JSON bytes, or ``None`` when it cannot be one (findings of
    more than one document, a value JSON cannot carry)."""
    from kg.check.portable import PortableError, encode

    report = outcome.report
    findings = sorted(report.findings, key=lambda f: (f.document, -RANK[f.severity], f.check,
                                                      f.id))
    documents = {f.document for f in findings}
    if len(documents) > 1:
        return None
    severities: dict[str, int] = {}
    for f in findings:
        severities[f.severity] = severities.get(f.severity, 0) + 1
    entries = []
    for number, diagnosis in enumerate(report.diagnosis_objects, start=1):
        numbered = copy.copy(diagnosis)  # the kept outcome is not changed
        numbered.component = number
        entries.extend(numbered.as_dicts())
    try:
        return orjson.dumps({
            "format": PART_FORMAT, "doc_id": outcome.doc_id, "iri": outcome.iri,
            "document": next(iter(documents), None),
            "findings": [f.as_dict() for f in findings],
            "severities": severities,
            "failing": sorted({f.severity for f in findings if f.suppressed_by is None}),
            "accepted": sum(f.suppressed_by is not None for f in findings),
            "relations": report.relations, "documents": report.documents,
            "bad_input": report.bad_input, "diagnoses": len(report.diagnosis_objects),
            "diagnosis_entries": entries,
            "problems": encode(outcome.problems), "notes": outcome.notes,
            "figure_keys": None if outcome.figures is None
            else [list(k) for k in outcome.figures.keys],
        })
    except (TypeError, PortableError):  # orjson's: an integer beyond 64 bits, for one
        return None


def read_part(data: bytes) -> Part | None:
    """The part :func:`part_of` wrote, or ``None`` for anything else (damaged, foreign, of
    another layout): plain JSON, each member checked for its type, nothing made but
    :class:`Part` and the :class:`Problem`s of :mod:`kg.check.portable`'s whitelist."""
    from kg.check.portable import PortableError, decode
    try:
        d = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    try:
        if type(d) is not dict or d.get("format") != PART_FORMAT:
            return None
        problems = decode(d["problems"])
        part = Part(d["doc_id"], d["iri"], d["document"], d["findings"], d["severities"],
                    d["failing"], d["accepted"], d["relations"], d["documents"],
                    d["bad_input"], d["diagnoses"], d["diagnosis_entries"], problems,
                    d["notes"], d["figure_keys"])
    except (KeyError, PortableError, RecursionError):
        return None
    return part if _valid(part) else None


def _valid(p: Part) -> bool:
    """Whether every member of ``p`` is of its type (a forged part can still say what it
    likes about its document, as a forged outcome can, but not break the report's layout
    or the join's arithmetic)."""
    def strs(xs: object) -> bool:
        return type(xs) is list and all(type(x) is str for x in xs)

    def counts(d: object) -> bool:
        return type(d) is dict and all(type(v) is int and v >= 0 for v in d.values())

    return (type(p.doc_id) is str and (p.iri is None or type(p.iri) is str)
            and (p.document is None) == (not p.findings)
            and type(p.findings) is list
            and all(type(f) is dict and f.get("document") == p.document for f in p.findings)
            and counts(p.severities) and sum(p.severities.values()) == len(p.findings)
            and strs(p.failing) and all(s in RANK for s in p.failing)
            and type(p.accepted) is int and 0 <= p.accepted <= len(p.findings)
            and type(p.relations) is dict and all(type(v) is str for v in p.relations.values())
            and strs(p.documents) and type(p.bad_input) is bool
            and type(p.diagnoses) is int and 0 <= p.diagnoses
            and type(p.diagnosis_entries) is list
            and all(type(e) is dict and type(e.get("component")) is int
                    and 1 <= e["component"] <= p.diagnoses for e in p.diagnosis_entries)
            and type(p.problems) is list and all(isinstance(x, Problem) for x in p.problems)
            and strs(p.notes)
            and (p.figure_keys is None or type(p.figure_keys) is list
                 and all(strs(k) and len(k) == 4 for k in p.figure_keys)))


@dataclass
class Joined:
    """A run's JSON report from its parts, and what the run prints and exits with."""

    data: bytes
    exit_code: int
    notes: list[str]
    problems: list[Problem]


def join(parts: list[Part], fail_on: str) -> Joined | None:
    """The JSON report :func:`kg.check.pipeline.finish` and ``kg check --format json``
    make of these documents' outcomes (``parts`` in folder order), byte for byte; ``None``
    where the parts alone cannot say it is (see the module's docstring)."""
    from kg.jsontext import pretty_bytes
    from kg.report.json_report import to_dict

    iris = [p.iri for p in parts if p.iri is not None]
    if len(set(iris)) < len(iris):  # finish fails both documents of one IRI
        return None
    owners: dict[tuple[str, ...], int] = {}
    for n, p in enumerate(parts):
        for key in p.figure_keys or ():
            if owners.setdefault(tuple(key), n) != n:  # a quantity two documents report
                return None
    with_findings = sorted((p for p in parts if p.document is not None),
                           key=lambda p: p.document or "")
    if len({p.document for p in with_findings}) < len(with_findings):
        return None
    relations: dict[str, str] = {}
    for p in parts:  # as merge: a later document's status of one relation IRI wins
        relations.update(p.relations)
    diagnoses: list[dict[str, Any]] = []
    offset = 0
    for p in parts:  # numbered across the corpus, in folder order (as merge)
        for entry in p.diagnosis_entries:
            diagnoses.append({**entry, "component": entry["component"] + offset})
        offset += p.diagnoses
    severities: dict[str, int] = {}
    for p in parts:
        for severity, n in p.severities.items():
            severities[severity] = severities.get(severity, 0) + n
    bad_input = any(p.bad_input for p in parts)
    # the report without its findings; then what the findings add up to, put in
    stub = Report(findings=[], documents=sorted({d for p in parts for d in p.documents}),
                  relations=relations, diagnoses=diagnoses, bad_input=bad_input)
    fails = any(RANK[s] >= RANK[fail_on] for p in parts for s in p.failing)
    report = to_dict(stub, fail_on)
    report["conforms"] = not fails
    report["summary"] = {**stub.summary(), "warnings": severities.get("warning", 0),
                         "violations": severities.get("violation", 0),
                         "info": severities.get("info", 0),
                         "accepted": sum(p.accepted for p in parts)}
    report["findings"] = [f for p in with_findings for f in p.findings]
    return Joined(pretty_bytes(report), 2 if bad_input else 1 if fails else 0,
                  [n for p in parts for n in p.notes], [x for p in parts for x in p.problems])
