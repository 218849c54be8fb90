"""The embedded store: pyoxigraph, in memory or on disk.

Queries run in a child process (:func:`kg.sparql.sandbox.run_isolated`): the
guard's checks, evaluation and serialization, all within the query's limits.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.sparql.guard import QueryError, inspect_query
from kg.sparql.media import GRAPHS, SOLUTIONS
from kg.sparql.sandbox import run_isolated
from kg.store import Limits, Result, Store, StoreError, answer_media, too_many_rows


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
                 accept: str | None) -> Result:
        self._reopen(writable=False)

        def work() -> Result:
            if self.path is not None:
                # RocksDB's threads do not survive fork: the child opens the store afresh
                self.store = ox.Store.read_only(str(self.path))
            checked = inspect_query(text, prologue=prologue, epilogue=epilogue)
            media = answer_media(checked, accept)
            if self._count(checked.text, limits.max_rows) > limits.max_rows:
                raise too_many_rows(limits.max_rows)
            # evaluated again to serialize: the count above guards the size first
            again = self._evaluate(checked.text)
            if isinstance(again, ox.QueryTriples):
                payload = again.serialize(format=GRAPHS[media])
            else:
                payload = again.serialize(format=SOLUTIONS[media])
            return Result(checked, payload or b"", media)

        return run_isolated(work, timeout=limits.timeout, memory_mb=limits.memory_mb)

    def _count(self, text: str, max_rows: int) -> int:
        """Results up to one past the limit."""
        try:
            results = self._evaluate(text)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL error: {exc}") from None
        if isinstance(results, ox.QueryBoolean):
            return 1
        count = 0
        for _ in results:
            count += 1
            if count > max_rows:
                break
        return count

    def _evaluate(self, text: str):
        try:
            return self.store.query(text, use_default_graph_as_union=True)
        except OSError as exc:  # SERVICE, were it ever to get past the guard
            raise QueryError(f"the query was refused by the store: {exc}", 403) from None


__all__ = ["EmbeddedStore", "StoreError"]
