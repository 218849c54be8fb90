"""What a store holds, recorded in the store: which claims (by content hash) and whether
their findings, so that ``kg query`` never answers from a half-loaded or stale store.

Every load writes the named graph :data:`STATE_GRAPH` last, after the old one is
dropped first: a store whose load was cut short has claimgraph's graphs but no state,
and says so instead of answering with what it happens to hold.

    <https://w3id.org/claimgraph/state> a cg:StoreState ;
        cg:corpusDigest "sha256:…" ;      # the claims' files and claimgraph's code
        cg:holdsFindings true ;
        cg:documentCount 2 ;
        dcterms:modified "2026-12-03T09:50:00Z"^^xsd:dateTime .
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kg.namespaces import CG
from kg.problems import InputError, Problem

STATE_GRAPH = "https://w3id.org/claimgraph/state"
_DCTERMS = "http://purl.org/dc/terms/"
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class StoreState:
    corpus: str  # "sha256:<hex>" of the claims folders' files and the code that built them
    findings: bool
    documents: int
    modified: str = ""


def corpus_digest(claims_dir: Path, only: list[str] | None = None) -> str:
    """The content hash of what ``kg build`` would load from ``claims_dir``: every file of
    each document folder, and claimgraph's code and ontology."""
    from kg.check.keys import FileDigests, code_fingerprint, files_below
    from kg.corpus import discover

    digests = FileDigests(None)
    h = hashlib.sha256(code_fingerprint().encode())
    for folder in discover(claims_dir, only):
        h.update(folder.name.encode() + b"\0")
        for relative, path in files_below(folder):
            h.update(relative.encode() + b"\0" + digests.digest(path))
    return "sha256:" + h.hexdigest()


def state_nquads(state: StoreState) -> str:
    """The state graph as N-Quads, to load after everything else."""
    s, g = f"<{STATE_GRAPH}>", f"<{STATE_GRAPH}>"
    modified = state.modified or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    triples = [
        f"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{CG}StoreState>",
        f"<{CG}corpusDigest> {json.dumps(state.corpus)}",
        f'<{CG}holdsFindings> "{str(state.findings).lower()}"^^<{_XSD}boolean>',
        f'<{CG}documentCount> "{state.documents}"^^<{_XSD}integer>',
        f'<{_DCTERMS}modified> "{modified}"^^<{_XSD}dateTime>',
    ]
    return "".join(f"{s} {t} {g} .\n" for t in triples)


def read_state(store) -> StoreState | None:
    """The state a load recorded in ``store``, or None."""
    from kg.sparql.results import values

    rows = values(store.query(
        f"SELECT ?corpus ?findings ?documents ?modified WHERE {{ GRAPH <{STATE_GRAPH}> {{ "
        f"<{STATE_GRAPH}> <{CG}corpusDigest> ?corpus ; <{CG}holdsFindings> ?findings ; "
        f"<{CG}documentCount> ?documents . "
        f"OPTIONAL {{ <{STATE_GRAPH}> <{_DCTERMS}modified> ?modified }} }} }}"))
    if len(rows) != 1:
        return None
    row = rows[0]
    return StoreState(str(row["corpus"]), str(row["findings"]) in ("true", "1"),
                      int(str(row["documents"])), str(row.get("modified") or ""))


def require_current(store, claims_dir: Path, *, findings: bool) -> None:
    """Raise :class:`InputError` unless ``store`` holds exactly the claims of
    ``claims_dir`` (and their findings, when ``findings``)."""
    state = read_state(store)
    reload = f"kg check --claims {claims_dir} --store {store.spec}"
    if state is None:
        raise InputError(Problem(
            store.spec, 0, "the store holds claimgraph graphs but no record of a finished "
            "load (a load was cut short, or an older claimgraph loaded it)",
            f"load it again: {reload}"))
    if state.corpus != corpus_digest(claims_dir):
        raise InputError(Problem(
            store.spec, 0, f"the store holds other claims than {claims_dir} (loaded "
            f"{state.modified or 'at an unknown time'}, {state.documents} document(s)); "
            "its answers would be stale",
            f"load it again: {reload}; or pass --as-is to query it as it is"))
    if findings and not state.findings:
        raise InputError(Problem(
            store.spec, 0, "the store holds the claims but not their findings (loaded by "
            "kg build without --findings), so this query would answer nothing",
            f"load the findings: {reload}"))
