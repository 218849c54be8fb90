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


# --- the other formats ------------------------------------------------------------------------
#
# Each format's piece of a document is kept in a file of its own beside the part (a run in
# one format does not parse the others'): what the format's writer makes of the document's
# findings alone, as text or plain JSON; :func:`join_format` puts the pieces together as the
# writer puts together the whole report, of the same functions (kg.report.sarif.sarif_log,
# kg.report.junit.suite_xml and junit_document, kg.report.text.document_text).

#: the formats joined from pieces; JUnit's piece depends on --fail-on (a failure or not)
FORMATS = ("sarif", "junit", "text")


def fragment_name(fmt: str, fail_on: str) -> str:
    """The suffix of the file ``fmt``'s piece is kept in."""
    return f".{fmt}-{fail_on}" if fmt == "junit" else f".{fmt}"


def fragment_of(outcome: Outcome, fmt: str, fail_on: str) -> bytes | None:
    """``outcome``'s piece of a report in ``fmt`` (JSON bytes), or ``None`` when it cannot
    be one (findings of another document than its own)."""
    report = outcome.report
    findings = sorted(report.findings, key=lambda f: (f.document, -RANK[f.severity], f.check,
                                                      f.id))
    if any(f.document != outcome.doc_id for f in findings):
        return None  # its source would be another document's, looked up across the run
    source = outcome.source if outcome.source is not None \
        and outcome.source.doc_id == outcome.doc_id else None
    piece: dict[str, Any]
    if fmt == "sarif":
        from kg.report.sarif import result, rule
        piece = {"rules": {k: rule(k) for k in sorted({f.check for f in findings})},
                 "results": [result(f, source) for f in findings]}
    elif fmt == "junit":
        from kg.report.junit import suite_xml
        if findings:
            xml, counts = suite_xml(outcome.doc_id, findings, fail_on)
            piece = {"suite": xml, "counts": counts}
        else:
            piece = {"suite": None, "counts": {"tests": 0, "failures": 0, "skipped": 0}}
    elif fmt == "text":
        from kg.report.text import document_text
        notable, diagnoses, passes = document_text(findings, report.diagnosis_objects, source)
        unsuppressed: dict[str, int] = {}
        for f in findings:
            if f.suppressed_by is None:
                unsuppressed[f.severity] = unsuppressed.get(f.severity, 0) + 1
        piece = {"notable": notable, "diagnoses": diagnoses, "passes": passes,
                 "unsuppressed": unsuppressed}
    else:
        raise ValueError(fmt)
    try:
        return orjson.dumps({"format": PART_FORMAT, "of": fmt, **piece})
    except TypeError:
        return None


def read_fragment(data: bytes, fmt: str) -> dict[str, Any] | None:
    """The piece :func:`fragment_of` wrote in ``fmt``, or ``None`` for anything else
    (damaged, forged, of another format or layout): plain JSON, each member checked for
    the type the join takes it to be."""
    try:
        d = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if type(d) is not dict or d.get("format") != PART_FORMAT or d.get("of") != fmt:
        return None

    def counts(x: object, names: tuple[str, ...] | None = None) -> bool:
        return type(x) is dict and all(type(v) is int and v >= 0 for v in x.values()) \
            and (names is None or sorted(x) == sorted(names))

    if fmt == "sarif":
        rules, results = d.get("rules"), d.get("results")
        ok = (type(rules) is dict and all(type(r) is dict and r.get("id") == k
                                          for k, r in rules.items())
              and type(results) is list
              and all(type(r) is dict and type(r.get("ruleId")) is str
                      and r["ruleId"] in rules for r in results)
              and len({r["ruleId"] for r in results}) == len(rules))
    elif fmt == "junit":
        ok = (d.get("suite") is None or type(d.get("suite")) is str) \
            and counts(d.get("counts"), ("tests", "failures", "skipped"))
    elif fmt == "text":
        ok = all(type(d.get(k)) is str for k in ("notable", "diagnoses", "passes")) \
            and counts(d.get("unsuppressed")) and all(k in RANK for k in d["unsuppressed"])
    else:
        ok = False
    return d if ok else None


def join_format(parts: list[Part], pieces: list[dict[str, Any]], fmt: str, fail_on: str,
                passes: bool) -> Joined | None:
    """The report in ``fmt`` (sarif, junit, text: not for a terminal) that
    :func:`kg.check.pipeline.finish` and ``kg check`` make of these documents, byte for
    byte, from their parts and ``pieces`` (:func:`read_fragment`'s, in the same order);
    ``None`` where the parts alone cannot say it is (as :func:`join`)."""
    joined = join(parts, fail_on)  # what spans documents, the exit code, notes, problems
    if joined is None:
        return None
    # the report's order: documents with findings by name, each its findings in order
    order = sorted((n for n, p in enumerate(parts) if p.document is not None),
                   key=lambda n: parts[n].document or "")
    if fmt == "sarif":
        from kg.report.sarif import sarif_log
        rules: dict[str, dict[str, Any]] = {}
        for n in order:
            for kind, r in pieces[n]["rules"].items():
                rules.setdefault(kind, r)
        data = sarif_log([rules[k] for k in sorted(rules)],
                         [r for n in order for r in pieces[n]["results"]]).encode()
    elif fmt == "junit":
        from kg.report.junit import junit_document
        totals = {"tests": 0, "failures": 0, "skipped": 0}
        for n in order:
            for k in totals:
                totals[k] += pieces[n]["counts"][k]
        data = junit_document([pieces[n]["suite"] for n in order if pieces[n]["suite"]],
                              totals).encode()
    elif fmt == "text":
        data = _join_text(parts, pieces, order, fail_on, passes).encode()
    else:
        raise ValueError(fmt)
    return Joined(data, joined.exit_code, joined.notes, joined.problems)


def _join_text(parts: list[Part], pieces: list[dict[str, Any]], order: list[int],
               fail_on: str, passes: bool) -> str:
    """:func:`kg.report.text.render_text`'s text of the whole run, from each document's."""
    import io

    from kg.check.model import headline_of
    from kg.report.text import Text, plain_console, verdict
    buffer = io.StringIO()
    console = plain_console(buffer)
    severities: dict[str, int] = {}
    for p in parts:
        for severity, n in p.severities.items():
            severities[severity] = severities.get(severity, 0) + n
    relations: dict[str, str] = {}
    for p in parts:
        relations.update(p.relations)
    summary = {"relations": len(relations),
               "passed": sum(1 for s in relations.values() if s == "pass"),
               "warnings": severities.get("warning", 0),
               "violations": severities.get("violation", 0), "info": severities.get("info", 0),
               "accepted": sum(p.accepted for p in parts),
               "documents": len({d for p in parts for d in p.documents})}
    console.print(Text.assemble(("claimgraph check: ", "bold"), headline_of(summary)))
    for n in order:
        buffer.write(pieces[n]["notable"])
    for piece in pieces:  # diagnoses in folder order, as merge numbers them
        buffer.write(piece["diagnoses"])
    lines = "".join(pieces[n]["passes"] for n in order)
    if lines and passes:
        console.print()
        console.print(Text("Consistent:", style="bold"))
        buffer.write(lines)
    failing = sum(n for piece in pieces for s, n in piece["unsuppressed"].items()
                  if RANK[s] >= RANK[fail_on])
    console.print()
    console.print(verdict(failing, fail_on))
    return buffer.getvalue()
