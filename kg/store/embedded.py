"""The embedded store: pyoxigraph, in memory or on disk."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.sparql.guard import QueryError, QueryInfo
from kg.store import Result, Store, StoreError, too_many_rows


class EmbeddedStore(Store):
    def __init__(self, path: Path | None) -> None:
        self.spec = f"oxigraph:{path}" if path else "memory"
        try:
            self.store = ox.Store(str(path)) if path else ox.Store()
        except OSError as exc:
            raise StoreError(f"cannot open the Oxigraph store at {path}: {exc}") from None

    def replace(self, nquads: bytes) -> None:
        self.store.clear()
        self.store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        self.store.flush()

    def dump(self) -> bytes:
        return self.store.dump(format=ox.RdfFormat.N_QUADS)

    def _run(self, text: str, info: QueryInfo, max_rows: int) -> Result:
        if self._count(text, max_rows) > max_rows:
            raise too_many_rows(max_rows)
        # evaluated again to serialize: the count above guards the size first
        again = self._evaluate(text)
        if isinstance(again, ox.QueryBoolean):
            return Result(info, again.serialize(format=ox.QueryResultsFormat.JSON))
        if isinstance(again, ox.QueryTriples):
            return Result(info, again.serialize(format=ox.RdfFormat.N_TRIPLES))
        return Result(info, again.serialize(format=ox.QueryResultsFormat.JSON))

    def _count(self, text: str, max_rows: int) -> int:
        """Results up to one past the limit.  pyoxigraph's result objects must die on the
        thread that made them, so they never outlive this call (nor ride an exception)."""
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
        return self.store.query(text, use_default_graph_as_union=True)


__all__ = ["EmbeddedStore", "StoreError"]
