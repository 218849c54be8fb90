"""Where the graph lives: in memory (default), an on-disk Oxigraph store, or a remote
SPARQL 1.1 server.

    --store memory                   embedded pyoxigraph, nothing to set up
    --store oxigraph:PATH            embedded pyoxigraph kept on disk at PATH
    --store sparql:URL               a SPARQL 1.1 server: URL/query, URL/update and the
                                     Graph Store Protocol at URL/store (Oxigraph's layout);
                                     other layouts: sparql:QUERY_URL;update=URL;data=URL

Documents live in named graphs; claimgraph's queries say GRAPH explicitly because
servers differ on what the default graph is.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.namespaces import sparql_prefixes
from kg.problems import InputError, Problem
from kg.sparql.guard import CheckedQuery, QueryError, QueryInfo

#: Defaults for every place that runs a user's query.
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
#: how much a query may grow beyond the process it starts from (MB)
DEFAULT_MEMORY_MB = 1024


class StoreError(Exception):
    """A store that cannot be reached or refuses an operation (bad input: exit 2)."""


class LimitExceeded(QueryError):
    """A query stopped by a time or result-size limit."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Limits:
    """What one query may use."""

    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    memory_mb: int = DEFAULT_MEMORY_MB
    #: past ``max_rows``, answer the first ``max_rows`` (marked truncated) instead of
    #: refusing; only for the formats claimgraph reads back itself
    truncate: bool = False


@dataclass(frozen=True)
class Result:
    """A query's answer in ``media``: by default SPARQL Results JSON (SELECT, ASK) or
    N-Triples (CONSTRUCT, DESCRIBE), which the renderers read back."""

    info: QueryInfo
    payload: bytes
    media: str = ""
    #: the first rows only (:attr:`Limits.truncate`): the whole result has more
    truncated: bool = False


Bindings = dict[str, tuple[str, str]]  # variable -> ("iri" | "literal", value)


class Store(ABC):
    """What claimgraph needs of a triple store."""

    spec: str

    @abstractmethod
    def replace(self, nquads: bytes) -> None:
        """Make the store hold exactly these quads (claimgraph's graphs)."""

    def replace_graphs(self, graphs: Iterable[tuple[str, bytes]], names: set[str],
                       state: bytes) -> None:
        """:meth:`replace`, from each named graph's N-Quads in turn (``names``: all of them)
        and the store's record (``state``), which goes in last."""
        self.replace(b"".join(quads for _, quads in graphs) + state)

    @abstractmethod
    def dump(self) -> bytes:
        """Every quad in the store's named graphs, as N-Quads."""

    @abstractmethod
    def _execute(self, text: str, prologue: str, epilogue: str, limits: Limits,
                 accept: str | None, bindings: Bindings) -> Result:
        """Check (``kg.sparql.guard.inspect_query``) and evaluate a query within ``limits``,
        its variables ``bindings`` bound (:func:`with_parameters`, or the store's own way)."""

    def is_empty(self) -> bool:
        return not self.dump().strip()

    def query(self, text: str, bindings: Bindings | None = None, *,
              timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
              memory_mb: int = DEFAULT_MEMORY_MB, accept: str | None = None,
              truncate: bool = False) -> Result:
        """Run a read-only query within the time, result-size and memory limits.

        The usual prefixes (cg:, ent:, schema:, ...) come predeclared (the query's own
        win); ``bindings`` bind variables to RDF terms, never pasted into the text: a
        VALUES block opening the WHERE clause (:func:`with_parameters`), or, in the
        embedded store, Oxigraph's substitutions where the query projects them.  ``accept`` negotiates the
        answer's media type as the SPARQL Protocol does; without it the answer is in
        the formats :mod:`kg.sparql.results` reads.  ``truncate`` (with no ``accept``)
        answers the first ``max_rows`` rows of a longer result, marked
        :attr:`Result.truncated`, as Datasette does, instead of refusing it.
        """
        return self._execute(text, sparql_prefixes(), "",
                             Limits(timeout, max_rows, memory_mb,
                                    truncate and accept is None), accept, bindings or {})


def first_rows(payload: bytes, returns_graph: bool, max_rows: int) -> bytes | None:
    """A result in claimgraph's own formats (SPARQL Results JSON, N-Triples) cut to its
    first ``max_rows`` rows, or ``None`` when it has no more than that."""
    if returns_graph:
        import pyoxigraph as ox
        triples = list(ox.parse(payload, format=ox.RdfFormat.N_TRIPLES))
        if len(triples) <= max_rows:
            return None
        return ox.serialize(triples[:max_rows], format=ox.RdfFormat.N_TRIPLES) or b""
    data = json.loads(payload)
    rows = data.get("results", {}).get("bindings", [])
    if len(rows) <= max_rows:
        return None
    data["results"]["bindings"] = rows[:max_rows]
    return json.dumps(data).encode("utf-8")


def answer_media(checked: CheckedQuery, accept: str | None) -> str:
    from kg.sparql.media import INTERNAL, negotiate
    return INTERNAL[checked.returns_graph] if accept is None else \
        negotiate(accept, checked.returns_graph)


def open_store(spec: str | None) -> Store:
    """A store from its ``--store`` spelling."""
    from kg.store.embedded import EmbeddedStore
    from kg.store.remote import RemoteStore

    if spec in (None, "", "memory"):
        return EmbeddedStore(None)
    kind, _, rest = spec.partition(":")
    if kind == "oxigraph" and rest:
        return EmbeddedStore(Path(rest))
    if kind == "sparql" and rest:
        return RemoteStore.from_spec(rest)
    raise InputError(Problem("--store", 0, f"unknown store {spec!r}",
                             "use memory, oxigraph:PATH or sparql:URL"))


def too_many_rows(max_rows: int) -> LimitExceeded:
    return LimitExceeded(f"stopped: the result-size limit of {max_rows} rows was exceeded", 422)


def binding_terms(bindings: Bindings) -> dict:
    """Each parameter as a pyoxigraph term (``pyoxigraph.NamedNode`` or ``Literal``)."""
    import pyoxigraph as ox

    terms = {}
    for name in sorted(bindings):
        kind, value = bindings[name]
        try:
            terms[name] = ox.NamedNode(value) if kind == "iri" else ox.Literal(value)
        except ValueError as exc:
            raise QueryError(f"not a valid IRI: {value!r} ({exc})") from None
    return terms


def values_clause(bindings: Bindings) -> str:
    """Parameters as a VALUES block of RDF terms, serialized by pyoxigraph (so a value
    can never change the query around it)."""
    terms = binding_terms(bindings)
    return f"VALUES ({' '.join('?' + n for n in terms)}) " \
           f"{{ ({' '.join(str(t) for t in terms.values())}) }}"


def with_parameters(text: str, bindings: Bindings) -> str:
    """``text`` with ``bindings`` as a VALUES block at the start of its WHERE clause.

    Not a trailing VALUES block: Virtuoso 7 rejects one whose variables the query does
    not project ("No column entity"); at the start of the group every SPARQL 1.1 server
    tested reads it (Oxigraph, Virtuoso).

    >>> with_parameters("SELECT ?n WHERE { ?e ?p ?n }", {"e": ("iri", "urn:x")})
    'SELECT ?n WHERE { VALUES (?e) { (<urn:x>) } ?e ?p ?n }'
    """
    from kg.sparql.text import masked as mask
    masked = mask(text)
    start = 0
    template = re.search(r"\bCONSTRUCT\s*\{", masked, re.IGNORECASE)
    if template:  # skip the template of CONSTRUCT { ... } WHERE { ... }
        depth, i = 0, template.end() - 1
        while i < len(masked):
            depth += {"{": 1, "}": -1}.get(masked[i], 0)
            if depth == 0:
                break
            i += 1
        rest = masked[i + 1:].lstrip()
        start = i + 1 if rest[:5].upper() == "WHERE" else template.start()
    brace = masked.find("{", start)
    if brace < 0:
        raise QueryError("the query has no WHERE clause to bind its parameters in")
    return f"{text[:brace + 1]} {values_clause(bindings)}{text[brace + 1:]}"
