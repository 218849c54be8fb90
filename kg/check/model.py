"""Findings and the report: what `kg check` says about a corpus."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SEVERITIES = ("pass", "info", "warning", "violation")
RANK = {s: i for i, s in enumerate(SEVERITIES)}


def _pickled_as_call(self: Any) -> tuple[type, tuple[Any, ...]]:
    """Pickle a dataclass as a call with its field values: 21,000 findings load in 0.25 s
    instead of 0.63 s with the default.  Only the local pool's workers, forked from the run
    itself, hand outcomes back as pickles; nothing read from disk or another machine is a
    pickle (the cache, shard reports and Dask results are :mod:`kg.check.portable` JSON)."""
    return type(self), tuple(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class Quote:
    """A quoted span of a source text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int

    __reduce__ = _pickled_as_call

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Suppression:
    """An accepted exception, from a claims file."""

    iri: str
    target: str
    check: str | None
    creator: str
    reason: str
    date: str
    document: str
    file: str
    line: int


@dataclass
class Finding:
    """The result of checking one relation or constraint (passes included)."""

    id: str
    severity: str
    check: str
    message: str
    document: str
    claims: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    expected: str | None = None
    observed: str | None = None
    # beyond the contract
    focus: str | None = None
    label: str | None = None
    figures: list[str] = field(default_factory=list)
    shape: str | None = None
    arithmetic: str | None = None
    file: str | None = None
    line: int | None = None
    suppressed_by: Suppression | None = None
    values: dict[str, str] = field(default_factory=dict)
    #: rests on a relation, claim or figure kg read read and nobody has confirmed yet
    read: bool = False

    __reduce__ = _pickled_as_call

    @property
    def is_relation(self) -> bool:
        return self.check not in ("structure", "provenance", "suppression")

    def fails(self, fail_on: str) -> bool:
        """Whether this finding fails a run whose fail level is ``fail_on``."""
        return self.suppressed_by is None and RANK[self.severity] >= RANK[fail_on]

    def as_dict(self) -> dict[str, Any]:
        """The JSON report contract's fields first, then the extra ones."""
        d: dict[str, Any] = {
            "id": self.id, "severity": self.severity, "check": self.check,
            "message": self.message, "document": self.document, "claims": self.claims,
            "quotes": [q.as_dict() for q in self.quotes],
            "expected": self.expected, "observed": self.observed,
            "relation": self.focus, "label": self.label, "figures": self.figures,
            "shape": self.shape, "arithmetic": self.arithmetic,
            "location": {"file": self.file, "line": self.line} if self.file else None,
            "accepted": None, "read": self.read,
        }
        if self.values:  # agreement: the other source's figure
            d["otherSource"] = dict(self.values)
        if self.suppressed_by is not None:
            s = self.suppressed_by
            d["accepted"] = {"suppression": s.iri, "by": s.creator, "reason": s.reason,
                             "date": s.date}
        return d


@dataclass
class Report:
    """Every finding of a run, and what it adds up to."""

    findings: list[Finding]
    documents: list[str]
    relations: dict[str, str]  # relation IRI -> worst severity of its findings
    diagnoses: list[dict[str, Any]] = field(default_factory=list)
    bad_input: bool = False
    #: the Diagnosis objects behind ``diagnoses`` (kg.diagnose), for renderers
    diagnosis_objects: list[Any] = field(default_factory=list)
    #: what an --assume run changed: assumptions, cleared, still failing, newly failing
    what_if: dict[str, Any] | None = None
    #: per figure another document also reports: how many sources agree and disagree
    #: (kg.check.agreement.corroboration)
    corroboration: list[dict[str, Any]] = field(default_factory=list)

    def count(self, severity: str, *, accepted: bool | None = None) -> int:
        return sum(1 for f in self.findings if f.severity == severity
                   and (accepted is None or (f.suppressed_by is not None) == accepted))

    @property
    def passed(self) -> int:
        return sum(1 for status in self.relations.values() if status == "pass")

    def conforms(self, fail_on: str = "violation") -> bool:
        return not any(f.fails(fail_on) for f in self.findings)

    def exit_code(self, fail_on: str = "violation") -> int:
        if self.bad_input:
            return 2
        return 0 if self.conforms(fail_on) else 1

    def summary(self) -> dict[str, int]:
        return {
            "relations": len(self.relations), "passed": self.passed,
            "warnings": self.count("warning"), "violations": self.count("violation"),
            "info": self.count("info"), "accepted": sum(f.suppressed_by is not None
                                                         for f in self.findings),
            "documents": len(self.documents),
        }

    def headline(self) -> str:
        """"N of M relations consistent", and what else there is."""
        return headline_of(self.summary())


def headline_of(s: dict[str, int]) -> str:
    """:meth:`Report.headline` of a report whose :meth:`Report.summary` is ``s`` (a warm
    run joins the summary from each document's part, :mod:`kg.check.splice`)."""
    parts = [f"{s['violations']} violation{'s' * (s['violations'] != 1)}",
             f"{s['warnings']} warning{'s' * (s['warnings'] != 1)}"]
    if s["info"]:
        parts.append(f"{s['info']} not checkable")
    if s["accepted"]:
        parts.append(f"{s['accepted']} accepted")
    return (f"{s['passed']} of {s['relations']} relations consistent "
            f"({', '.join(parts)}) in {s['documents']} document"
            f"{'s' * (s['documents'] != 1)}")
