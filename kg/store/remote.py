"""A remote SPARQL 1.1 server: SPARQL Protocol for queries, the Graph Store Protocol
to load named graphs, SPARQL Update to drop stale ones (Oxigraph server, Apache Jena
Fuseki, Virtuoso, GraphDB, QLever…)."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

import pyoxigraph as ox

from kg.sparql.guard import QueryError, inspect_query
from kg.sparql.media import SOLUTIONS
from kg.sparql.sandbox import run_isolated
from kg.store import (Bindings, Limits, Result, Store, StoreError, answer_media, first_rows,
                      too_many_rows, with_parameters)
from kg.store.state import STATE_GRAPH

CONNECT_TIMEOUT = 5.0  # seconds: an unreachable store fails fast
OWN_GRAPHS = "https://w3id.org/claimgraph/"
#: the largest answer read from a server (a graph of the corpus, a query's results): a
#: server that sends without end does not fill this process's memory
MAX_ANSWER_BYTES = 1024 * 2 ** 20


class RemoteStore(Store):
    def __init__(self, query_url: str, update_url: str, data_url: str) -> None:
        self.query_url, self.update_url, self.data_url = query_url, update_url, data_url
        self.spec = f"sparql:{query_url}"
        self.server = ""  # the Server header of its last answer
        self.content_type = ""  # and its Content-Type

    def _garbled(self, url: str, what: str, reason: object) -> StoreError:
        """The error for an answer that is not what the protocol says it is."""
        kind = f", Content-Type {self.content_type}" if self.content_type else ""
        return StoreError(f"the SPARQL store at {url} answered something that is not "
                          f"{what} ({str(reason)[:200]}{kind})")

    def _triples(self, body: bytes, url: str) -> list[ox.Triple]:
        try:
            return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        except (SyntaxError, ValueError) as exc:
            raise self._garbled(url, "N-Triples", exc) from None

    @classmethod
    def from_spec(cls, rest: str) -> RemoteStore:
        """``URL`` (an Oxigraph-style server root) or ``QUERY_URL;update=URL;data=URL``."""
        base, *options = rest.split(";")
        opts = dict(o.split("=", 1) for o in options if "=" in o)
        if opts:
            return cls(base, opts.get("update", base), opts.get("data", base))
        root = base.rstrip("/")
        return cls(f"{root}/query", f"{root}/update", f"{root}/store")

    # --- loading ---------------------------------------------------------------------

    def replace(self, nquads: bytes) -> None:
        by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
        for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
            if isinstance(quad.graph_name, ox.NamedNode):
                by_graph[quad.graph_name.value].append(quad.triple)
        state = by_graph.pop(STATE_GRAPH, [])
        self._put_graphs(((g, t) for g, t in sorted(by_graph.items())), set(by_graph),
                         state)

    def replace_graphs(self, graphs, names: set[str], state: bytes) -> None:
        """Graph by graph (the Graph Store Protocol's PUT): memory bounded by the largest
        graph, so a corpus too large for one process goes into a server made for it."""
        def triples(quads: bytes) -> list[ox.Triple]:
            return [q.triple for q in ox.parse(quads, format=ox.RdfFormat.N_QUADS)]
        self._put_graphs(((g, triples(q)) for g, q in graphs), names, triples(state))

    def _put_graphs(self, graphs, names: set[str], state: list[ox.Triple]) -> None:
        # the record of what the store holds goes first and comes back last: a load cut
        # short leaves none (kg.store.state)
        self._update(f"DROP SILENT GRAPH <{STATE_GRAPH}>")
        for stale in sorted(set(self.graphs()) - names):
            if stale.startswith(OWN_GRAPHS):
                self._update(f"DROP SILENT GRAPH <{stale}>")
        for graph, triples in graphs:
            self._put(graph, triples)
        if state:
            self._put(STATE_GRAPH, state)

    def _put(self, graph: str, triples: list[ox.Triple]) -> None:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        self._http("PUT", self._graph_url(graph), body, {"Content-Type": "application/n-triples"})

    def dump(self) -> bytes:
        out = []
        for graph in sorted(self.graphs()):
            body = self._http("GET", self._graph_url(graph), None,
                              {"Accept": "application/n-triples"})
            name = ox.NamedNode(graph)
            # as the server holds them: a read-back document is checked on the store's terms
            out.extend(ox.Quad(t.subject, t.predicate, t.object, name)
                       for t in self._triples(body, self._graph_url(graph)))
        return ox.serialize(out, format=ox.RdfFormat.N_QUADS) or b""

    def is_empty(self) -> bool:
        """No claimgraph graph: a server's own graphs (Virtuoso has three on a fresh
        install) do not make it look loaded."""
        return not any(g.startswith(OWN_GRAPHS) for g in self.graphs())

    def graphs(self) -> list[str]:
        body = self._post_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                "application/sparql-results+json")
        data = self._results(body, self.query_url)
        names = [b.get("g", {}).get("value") for b in data.get("results", {}).get("bindings", [])]
        if not all(isinstance(n, str) and ox_iri(n) for n in names):
            raise self._garbled(self.query_url, "the names of graphs", "not IRIs")
        return names

    def _results(self, body: bytes, url: str, *, virtuoso: bool = False) -> dict:
        """SPARQL Results JSON, checked as what kg.sparql.results reads (and normalised)."""
        try:
            return json.loads(normalise_results(body, virtuoso=virtuoso))
        except (ValueError, RecursionError) as exc:
            raise self._garbled(url, "SPARQL Results JSON", exc) from None

    # --- querying ---------------------------------------------------------------------

    def _execute(self, text: str, prologue: str, epilogue: str, limits: Limits,
                 accept: str | None, bindings: Bindings) -> Result:
        if bindings:
            text = with_parameters(text, bindings)
        # parsing is bounded like any other query; the server bounds its own evaluation
        checked = run_isolated(lambda: inspect_query(text, prologue=prologue, epilogue=epilogue),
                               timeout=limits.timeout, memory_mb=limits.memory_mb)
        media = answer_media(checked, accept)
        body = self._post_query(checked.text, media, timeout=limits.timeout)
        data = None
        if media in JSON_RESULTS:
            data = self._results(body, self.query_url,
                                 virtuoso=self.server.startswith("Virtuoso"))
            body = json.dumps(data).encode()
        if accept is None:
            if checked.returns_graph:
                rows = len(self._triples(body, self.query_url))
            else:
                if data is None:
                    raise self._garbled(self.query_url, "SPARQL Results JSON", "no JSON")
                rows = len(data.get("results", {}).get("bindings", []))
            if rows > limits.max_rows:
                if not limits.truncate:
                    raise too_many_rows(limits.max_rows)
                cut = first_rows(body, checked.returns_graph, limits.max_rows)
                return Result(checked, cut if cut is not None else body, media, True)
        return Result(checked, body, media)

    # --- HTTP ---------------------------------------------------------------------------

    def _graph_url(self, graph: str) -> str:
        return f"{self.data_url}?{urllib.parse.urlencode({'graph': graph})}"

    def _post_query(self, text: str, accept: str, timeout: float = CONNECT_TIMEOUT) -> bytes:
        data = urllib.parse.urlencode({"query": text}).encode()
        return self._http("POST", self.query_url, data,
                          {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
                          timeout)

    def _update(self, text: str) -> None:
        self._http("POST", self.update_url, text.encode(),
                   {"Content-Type": "application/sparql-update"})

    def _http(self, method: str, url: str, data: bytes | None, headers: dict[str, str],
              timeout: float = CONNECT_TIMEOUT) -> bytes:
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                self.server = response.headers.get("Server", "")
                self.content_type = response.headers.get("Content-Type", "")
                body = response.read(MAX_ANSWER_BYTES + 1)
                if len(body) > MAX_ANSWER_BYTES:
                    raise StoreError(f"the SPARQL store at {url} answered more than "
                                     f"{MAX_ANSWER_BYTES // 2 ** 20:,} MiB")
                return body
        except TimeoutError:
            if timeout != CONNECT_TIMEOUT:  # a query's own time limit
                raise QueryError(f"stopped: the time limit of {timeout:g} s was exceeded",
                                 503) from None
            raise StoreError(f"the SPARQL store at {url} did not answer within {timeout:g} s"
                             ) from None
        except urllib.error.HTTPError as exc:
            try:
                detail = exc.read(2000).decode("utf-8", "replace").strip()
            except OSError:
                detail = ""
            detail = " ".join(detail.split())[:300]  # an error page is not one line
            if 400 <= exc.code < 500 and url == self.query_url:
                raise QueryError(f"the SPARQL store refused the query ({exc.code}): {detail}")
            raise StoreError(f"the SPARQL store at {url} answered {exc.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach the SPARQL store at {url}: {reason}") from None
        except (http.client.HTTPException, ValueError) as exc:
            # a cut answer (IncompleteRead), a status line or header that is no HTTP
            raise StoreError(f"the SPARQL store at {url} answered no HTTP: "
                             f"{type(exc).__name__} {str(exc)[:200]}") from None


# --- what servers do to datatypes ----------------------------------------------------------

JSON_RESULTS = {m for m, f in SOLUTIONS.items() if f == ox.QueryResultsFormat.JSON}
_XSD = "http://www.w3.org/2001/XMLSchema#"
#: XSD's integer types: every store answers them as xsd:integer, as Oxigraph stores them
INTEGER_TYPES = {_XSD + t for t in (
    "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte")}
#: Virtuoso 7 keeps integers only to 32 bits and answers larger ones as xsd:decimal
_INT32 = 2 ** 31


def _datatype(datatype: str, lexical: str, virtuoso: bool) -> str:
    if datatype in INTEGER_TYPES:
        return _XSD + "integer"
    if virtuoso and datatype == _XSD + "decimal" and lexical.lstrip("+-").isdigit() and \
            abs(int(lexical)) >= _INT32:
        return _XSD + "integer"
    return datatype


def normalise_results(body: bytes, *, virtuoso: bool = False) -> bytes:
    """SPARQL Results JSON as the embedded store answers it, whatever the server: the
    SPARQL 1.0 "typed-literal" as "literal", XSD's integer types as xsd:integer, and
    Virtuoso's xsd:decimal for an integer beyond 32 bits as the xsd:integer it most
    likely was (claimgraph's figures are integers; Virtuoso answers "5.0"^^xsd:decimal
    as "5", so an integral decimal beyond 2^31, such as a figure's bound, reads as an
    integer of the same value).

    >>> body = normalise_results(b'{"head": {"vars": ["n"]}, '
    ...     b'"results": {"bindings": [{"n": {"type": "typed-literal", '
    ...     b'"datatype": "http://www.w3.org/2001/XMLSchema#decimal", "value": "57100000000"}}]}}',
    ...     virtuoso=True)
    >>> json.loads(body)["results"]["bindings"][0]["n"]["datatype"].split("#")[1]
    'integer'
    """
    data = json.loads(body, parse_constant=_no_constant)
    _check_results(data)
    for binding in data.get("results", {}).get("bindings", []):
        for term in binding.values():
            if term.get("type") == "typed-literal":
                term["type"] = "literal"
            if "datatype" in term:
                term["datatype"] = _datatype(term["datatype"], term.get("value", ""), virtuoso)
    return json.dumps(data).encode()


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} in SPARQL Results JSON")


def _check_results(data: object) -> None:
    """ValueError unless ``data`` is SPARQL Results JSON as kg.sparql.results reads it: a
    boolean, or variables and bindings of terms with a type and a string value."""
    if not isinstance(data, dict):
        raise ValueError(f"a JSON {type(data).__name__}, not an object")
    if "boolean" in data:
        if not isinstance(data["boolean"], bool):
            raise ValueError("an ASK answer whose boolean is no boolean")
        return
    head, results = data.get("head"), data.get("results")
    if not isinstance(head, dict) or not isinstance(head.get("vars", []), list) or \
            not all(isinstance(v, str) for v in head.get("vars", [])):
        raise ValueError("no head with the variables")
    if not isinstance(results, dict) or not isinstance(results.get("bindings"), list):
        raise ValueError("no results with bindings")
    for binding in results["bindings"]:
        if not isinstance(binding, dict) or not all(
                isinstance(t, dict) and isinstance(t.get("type"), str)
                and isinstance(t.get("value"), str)
                and isinstance(t.get("datatype", ""), str) for t in binding.values()):
            raise ValueError("a binding that is not variables and terms")


def ox_iri(text: str) -> bool:
    """Whether ``text`` is an IRI pyoxigraph takes."""
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True
