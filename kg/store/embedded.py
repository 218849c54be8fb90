"""The embedded store: pyoxigraph, in memory or on disk.

Queries run in a child process (:func:`kg.sparql.sandbox.run_isolated`): the
guard's checks, evaluation and serialization, all within the query's limits.  A
server keeps a pool of such processes instead (:meth:`EmbeddedStore.worker_pool`).
"""

from __future__ import annotations

import csv
import io
import json
from itertools import islice
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.sparql.guard import CheckedQuery, QueryError, inspect_query
from kg.sparql.media import GRAPHS, SOLUTIONS
from kg.sparql.sandbox import WorkerPool, run_isolated
from kg.store import (Bindings, LimitExceeded, Limits, Result, Store, StoreError,
                      answer_media, binding_terms, first_rows, too_many_rows, with_parameters)

#: bytes a solution may take on average before a result is stopped as too large
ROW_BYTES = 4096


class EmbeddedStore(Store):
    def __init__(self, path: Path | None) -> None:
        self.spec = f"oxigraph:{path}" if path else "memory"
        self.path = path
        self.writable = True
        try:
            self.store = ox.Store(str(path)) if path else ox.Store()
        except OSError as exc:
            raise StoreError(f"cannot open the Oxigraph store at {path}: {exc}") from None

    def _reopen(self, writable: bool) -> None:
        """On disk, queries read a read-only handle: a forked child cannot use one that
        RocksDB's background threads serve, nor open one beside a writer."""
        if self.path is None or self.writable == writable:
            return
        del self.store  # closes the database before it is opened again
        path = str(self.path)
        self.store = ox.Store(path) if writable else ox.Store.read_only(path)
        self.writable = writable

    def replace(self, nquads: bytes) -> None:
        self._reopen(writable=True)
        self.store.clear()
        self.store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        self.store.flush()

    def replace_graphs(self, graphs, names: set[str], state: bytes) -> None:
        """Graph by graph: memory bounded by the largest, not the corpus."""
        self._reopen(writable=True)
        self.store.clear()
        for _, quads in graphs:
            self.store.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
        self.store.bulk_load(state, format=ox.RdfFormat.N_QUADS)
        self.store.flush()

    def dump(self) -> bytes:
        return self.store.dump(format=ox.RdfFormat.N_QUADS)

    def is_empty(self) -> bool:
        return len(self.store) == 0

    def _execute(self, text: str, prologue: str, epilogue: str, limits: Limits,
                 accept: str | None, bindings: Bindings) -> Result:
        self._reopen(writable=False)

        def work() -> Result:
            if self.path is not None:
                self.reopen_in_child()
            checked = inspect_query(text, prologue=prologue, epilogue=epilogue)
            media, payload, cut = self._run(checked, limits.max_rows, accept,
                                            truncate=limits.truncate, bindings=bindings)
            return Result(checked, payload, media, cut)

        return run_isolated(work, timeout=limits.timeout, memory_mb=limits.memory_mb)

    def reopen_in_child(self) -> None:
        """RocksDB's threads do not survive fork: a child opens the store afresh."""
        if self.path is not None:
            self.store = ox.Store.read_only(str(self.path))

    def worker_pool(self, *, size: int, memory_mb: int) -> WorkerPool:
        """Sandboxed worker processes that answer :meth:`answer` requests (``kg serve``)."""
        self._reopen(writable=False)
        inspect_query("ASK {}")  # rdflib builds its parser once, before the workers fork
        return WorkerPool(self.answer, size=size, memory_mb=memory_mb,
                          setup=self.reopen_in_child if self.path is not None else None)

    def answer(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        """A worker's answer to ``{"text", "prologue", "max_rows", "accept"}``: the guard's
        verdict (``"verdict"``) and, if it let the query through, its result.  With
        ``"form"`` the text is one the guard already let through (normalised), not checked
        again."""
        if request.get("form"):
            checked = CheckedQuery(request["form"], request["text"])
        else:
            try:
                checked = inspect_query(request["text"], prologue=request.get("prologue", ""))
            except QueryError as exc:
                return {"status": exc.status, "message": exc.message,
                        "verdict": ["refused", exc.status, exc.message]}, b""
        verdict = ["ok", checked.form]
        try:
            media, payload, _ = self._run(checked, request["max_rows"], request.get("accept"))
        except QueryError as exc:
            return {"status": exc.status, "message": exc.message, "verdict": verdict}, b""
        return {"status": 200, "media": media, "verdict": verdict}, payload

    def _run(self, checked: CheckedQuery, max_rows: int, accept: str | None, *,
             truncate: bool = False, bindings: Bindings | None = None
             ) -> tuple[str, bytes, bool]:
        """The checked query's result, serialized in the negotiated media type, and whether
        it was cut to its first ``max_rows`` rows (``truncate``; else a longer one is
        refused): evaluated once, its size held to ``max_rows`` (and its bytes to
        :func:`payload_cap`)."""
        media = answer_media(checked, accept)
        try:
            results = self._evaluate(checked.text, bindings)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL error: {exc}") from None
        if isinstance(results, ox.QueryBoolean):  # one answer: nothing to count
            return media, results.serialize(format=SOLUTIONS[media]) or b"", False
        if isinstance(results, ox.QueryTriples):
            # triples can be kept and serialized after the count; solutions cannot
            triples = list(islice(results, max_rows + 1))
            cut = len(triples) > max_rows
            if cut and not truncate:
                raise too_many_rows(max_rows)
            return media, ox.serialize(triples[:max_rows], format=GRAPHS[media]) or b"", cut
        fmt = SOLUTIONS[media]
        if truncate and fmt == ox.QueryResultsFormat.JSON:
            # the first rows only, as they come: serializing all of a long result to cut
            # it after took a third of entities-together's time at 1,000 documents
            variables = [v.value for v in results.variables]
            rows = list(islice(results, max_rows + 1))
            if all(_plain(s[v]) for s in rows for v in variables):
                payload = _solutions_json(variables, rows[:max_rows])
                if len(payload) > payload_cap(max_rows):  # a few enormous rows
                    raise LimitExceeded(f"stopped: the result passed "
                                        f"{payload_cap(max_rows) / 2**20:.1f} MB in its first "
                                        f"{min(len(rows), max_rows)} rows", 422)
                return media, payload, len(rows) > max_rows
            results = self._evaluate(checked.text, bindings)  # a triple term: as below
        out = _CappedWriter(payload_cap(max_rows))
        try:
            results.serialize(out, format=fmt)
        except _TooLarge:
            # rare: many rows, or a few enormous ones; counting (up to the limit) tells which
            if sum(1 for _ in islice(self._evaluate(checked.text, bindings),
                                     max_rows + 1)) > max_rows:
                raise too_many_rows(max_rows) from None
            raise LimitExceeded(f"stopped: the result passed {out.cap / 2**20:.1f} MB in "
                                f"fewer than {max_rows} rows", 422) from None
        payload = bytes(out.buffer)
        if _solution_count(payload, fmt) <= max_rows:
            return media, payload, False
        if truncate and fmt == ox.QueryResultsFormat.JSON:
            return media, first_rows(payload, False, max_rows) or payload, True
        raise too_many_rows(max_rows)

    def _evaluate(self, text: str, bindings: Bindings | None = None):
        """``text``'s results, ``bindings`` bound: as Oxigraph's substitutions (SEP-0007)
        where the query projects every bound variable, since Oxigraph then plans with the
        term in place (a claim's provenance at 1,000 documents on disk: 4.4 s with a
        VALUES block, 0.002 s substituted); else as a VALUES block opening the WHERE clause.
        """
        try:
            if bindings:
                try:
                    return self.store.query(
                        text, use_default_graph_as_union=True,
                        substitutions={ox.Variable(n): t
                                       for n, t in binding_terms(bindings).items()})
                except RuntimeError:  # a bound variable the query does not project
                    text = with_parameters(text, bindings)
            return self.store.query(text, use_default_graph_as_union=True)
        except OSError as exc:  # SERVICE, were it ever to get past the guard
            raise QueryError(f"the query was refused by the store: {exc}", 403) from None


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _plain(term: object) -> bool:
    return term is None or isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal))


def _term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    """A term as SPARQL 1.1 Query Results JSON writes it (as pyoxigraph does, key for key)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _solutions_json(variables: list[str], rows: list[ox.QuerySolution]) -> bytes:
    """``rows`` as SPARQL 1.1 Query Results JSON, as :func:`kg.store.first_rows` writes a
    cut result."""
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": [
        {v: _term_json(row[v]) for v in variables if row[v] is not None}
        for row in rows]}}).encode("utf-8")


def payload_cap(max_rows: int) -> int:
    """The most bytes a serialized result may take: generous per row, so a result under
    the row limit is never stopped, while a runaway query stops long before memory does."""
    return max(max_rows, 1) * ROW_BYTES + 2**20


class _TooLarge(Exception):
    pass


class _CappedWriter(io.RawIOBase):
    """What pyoxigraph serializes into, stopping it once ``cap`` bytes are passed."""

    def __init__(self, cap: int) -> None:
        self.cap, self.buffer = cap, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if len(self.buffer) + len(data) > self.cap:
            raise _TooLarge
        self.buffer += data
        return len(data)


def _solution_count(payload: bytes, fmt: ox.QueryResultsFormat) -> int:
    """How many solutions a serialized result holds (read back: evaluating the query a
    second time to count first cost as much again)."""
    if fmt == ox.QueryResultsFormat.CSV:  # lossy, so pyoxigraph does not read it back
        return max(sum(1 for _ in csv.reader(io.StringIO(payload.decode("utf-8")))) - 1, 0)
    return sum(1 for _ in ox.parse_query_results(payload, format=fmt))


__all__ = ["EmbeddedStore", "StoreError"]
