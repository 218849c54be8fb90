"""Accepting (or dismissing) a finding from the app: a ``cg:Suppression`` in the document's
``suppressions.ttl``, the file kg check reads with the rest of the folder's Turtle.  The
change is shown as a diff first; it is written only when asked, and only inside the
claims folder the app serves."""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from kg.check.model import Finding
from kg.namespaces import CG
from kg.problems import InputError, Problem

#: the file in a document folder the app writes its suppressions to
SUPPRESSIONS_FILE = "suppressions.ttl"
HEADER = ("# Findings accepted or dismissed, each with who, why and when "
          "(written by kg app; kg check reads it).\n"
          f"@prefix cg: <{CG}> .\n@prefix dcterms: <{DCTERMS}> .\n@prefix xsd: <{XSD}> .\n")


@dataclass(frozen=True)
class Change:
    """A file's text before and after: what the app would write."""

    path: Path
    before: str
    after: str

    def diff(self, shown_as: str) -> str:
        """The change as a unified diff, the file named ``shown_as``."""
        return "".join(difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True),
            fromfile=f"a/{shown_as}" if self.before else "/dev/null", tofile=f"b/{shown_as}"))


def suppression(finding: Finding, creator: str, reason: str,
                date: datetime.date | None = None) -> str:
    """The Turtle of a suppression of ``finding`` (its relation, its check kind only):
    every value written as an escaped literal or IRI, whatever was typed."""
    if not finding.focus or finding.focus.startswith("_:"):
        raise ValueError(f"finding {finding.id} is about no named node: it cannot be accepted")
    iri = URIRef(f"{finding.focus}-accepted-{re.sub(r'[^A-Za-z0-9-]', '-', finding.check)}")
    day = (date or datetime.date.today()).isoformat()  # digits and dashes
    return (f"\n{iri.n3()} a cg:Suppression ;\n"
            f"    cg:suppresses {URIRef(finding.focus).n3()} ; "
            f"cg:checkKind {Literal(finding.check).n3()} ;\n"
            f"    dcterms:creator {Literal(creator.strip()).n3()} ;\n"
            f"    cg:reason {Literal(reason.strip()).n3()} ;\n"
            f'    dcterms:date "{day}"^^xsd:date .\n')


def propose(claims: Path, folder: Path, finding: Finding, creator: str, reason: str,
            date: datetime.date | None = None) -> Change:
    """What accepting ``finding`` would change in ``folder``'s suppressions file; refused
    (:class:`InputError`) without a name or a reason, or for a file outside ``claims``."""
    path = folder / SUPPRESSIONS_FILE
    if not creator.strip() or not reason.strip():
        raise InputError(Problem(str(path), 0, "a suppression says who accepts the finding "
                                 "and why", "fill in your name and the reason"))
    inside(claims, path)
    before = path.read_text(encoding="utf-8") if path.is_file() else ""
    start = before if before else HEADER
    if start and not start.endswith("\n"):
        start += "\n"
    for name, ns in (("cg", CG), ("dcterms", DCTERMS), ("xsd", XSD)):  # a file of one's own
        if f"@prefix {name}: <{ns}>" not in start:
            start += f"@prefix {name}: <{ns}> .\n"
    return Change(path, before, start + suppression(finding, creator, reason, date))


def inside(claims: Path, path: Path) -> None:
    """Refuse (:class:`InputError`) a path that is, or leads through a link to, a file
    outside the claims folder: the app writes only there."""
    root = claims.resolve()
    if not path.resolve().is_relative_to(root):
        raise InputError(Problem(str(path), 0, "is outside the claims folder the app serves "
                                 f"({root}); the app writes nowhere else",
                                 "replace the link with a file of the folder's own"))


def write(claims: Path, change: Change) -> None:
    """Write ``change`` (the file as it was when shown must not have changed since)."""
    from kg.files import write_atomic

    inside(claims, change.path)
    now = change.path.read_text(encoding="utf-8") if change.path.is_file() else ""
    if now != change.before:
        raise InputError(Problem(str(change.path), 0, "changed since the diff was shown",
                                 "look at the new diff, then write again"))
    write_atomic(change.path, change.after)
