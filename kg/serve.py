"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint.

One process, no server behind it that another local user could reach: the
corpus is loaded into an embedded pyoxigraph store, and every query runs in a
child process of its own (:mod:`kg.sparql.sandbox`) that is killed at the time
limit, bounded in memory and, where Linux allows it, has no network at all.
In front of it, the HTTP layer:

* accepts queries by GET, HEAD and POST (form-encoded or ``application/sparql-query``),
  and negotiates the answer's media type (JSON results and Turtle by default);
* refuses updates, LOAD and SERVICE with 403, syntax errors with 400 and the
  parser's line and column, a body past ``max_body`` bytes with 413;
* stops a query at the time limit (503), the result-size limit (422) or the
  memory limit (503), saying which;
* answers only requests whose ``Host`` names the address it is bound to (a web
  page cannot reach it by DNS rebinding), and sends CORS headers only for the
  origins given with ``--cors``;
* answers every request, even one that breaks the parser, with an HTTP status.

``SECURITY.md`` says what the endpoint promises and how each promise is tested.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.sparql.guard import QueryError
from kg.store import DEFAULT_MEMORY_MB, Store, StoreError

QUERY_PATHS = ("/sparql", "/query")
#: the largest query a request may carry (bytes); larger bodies get 413
MAX_BODY = 1024 * 1024
#: an oversized body up to this size is read and dropped before the 413, larger ones cut off
DRAINED = 64 * 1024 * 1024
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
TEXT = "text/plain; charset=utf-8"


@dataclass
class Settings:
    timeout: float = 10.0
    max_rows: int = 10_000
    memory_mb: int = DEFAULT_MEMORY_MB
    max_body: int = MAX_BODY
    #: origins allowed to read answers from a browser ("*" for any); none by default
    cors: tuple[str, ...] = ()
    #: host names, besides the bound address, that clients may use (a reverse proxy's)
    allow_hosts: tuple[str, ...] = ()
    #: queries evaluated at once; the others wait (within their time limit)
    concurrent: int = 4


class Endpoint:
    """A running endpoint at ``url``."""

    def __init__(self, server: ThreadingHTTPServer, url: str, problems: list) -> None:
        self.server, self.url, self.problems = server, url, problems
        self.stopped = threading.Event()

    @classmethod
    @contextlib.contextmanager
    def start(cls, *, claims: Path, store_spec: str | None = None, host: str = "127.0.0.1",
              port: int = 7878, timeout: float = 10.0, max_rows: int = 10_000,
              memory_mb: int = DEFAULT_MEMORY_MB, max_body: int = MAX_BODY,
              cors: tuple[str, ...] = (), allow_hosts: tuple[str, ...] = (),
              concurrent: int = 4) -> Iterator[Endpoint]:
        store, problems = _prepare_store(claims, store_spec)
        settings = Settings(timeout, max_rows, memory_mb, max_body, tuple(cors),
                            tuple(allow_hosts), concurrent)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        server_class = type("Server", (ThreadingHTTPServer,), {"address_family": family})
        try:
            server = server_class((host, port), _handler(store, settings, host))
        except OSError as exc:
            raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
        server.daemon_threads = True
        bound_port = server.server_address[1]
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        shown = f"[{host}]" if ":" in host else host
        endpoint = cls(server, f"http://{shown}:{bound_port}/sparql", problems)
        try:
            yield endpoint
        finally:
            server.shutdown()
            server.server_close()

    def wait(self) -> None:
        """Until Ctrl-C or SIGTERM (the CLI turns SIGTERM into KeyboardInterrupt)."""
        with contextlib.suppress(KeyboardInterrupt):
            while not self.stopped.wait(0.5):
                pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    """The ``oxigraph`` server of the ``oxigraph`` package (a store peer in the tests)."""
    import shutil
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise StoreError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def _prepare_store(claims: Path, store_spec: str | None) -> tuple[Store, list]:
    """The corpus and its findings in an embedded store, and the problems of building it.
    An on-disk store is filled if it is empty, and must hold the claims otherwise."""
    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.store.corpus import load
    from kg.store.embedded import EmbeddedStore

    if store_spec and not store_spec.startswith("oxigraph:"):
        raise StoreError("kg serve serves an embedded store: --store oxigraph:PATH")
    from kg.store.state import corpus_digest, require_current

    store = EmbeddedStore(Path(store_spec.partition(":")[2]) if store_spec else None)
    problems: list = []
    if store_spec is None or store.is_empty():
        result = build_corpus(claims)
        problems = list(result.problems)
        load(store, result, check_corpus(result),
             corpus=corpus_digest(claims) if store_spec else "")
    else:  # never serve a half-loaded or stale store (kg.store.state)
        require_current(store, claims, findings=False)
    return store, problems


def host_allowed(header: str | None, bound: str, port: int, extra: tuple[str, ...] = ()) -> bool:
    """Whether a request's ``Host`` names this server (DNS-rebinding protection).

    >>> host_allowed("localhost:7878", "127.0.0.1", 7878)
    True
    >>> host_allowed("attacker.example:7878", "127.0.0.1", 7878)
    False
    """
    if header is None:
        return True  # HTTP/1.0 clients; a browser always sends Host
    split = urllib.parse.urlsplit("//" + header.strip())
    try:
        name, given_port = (split.hostname or "").lower(), split.port
    except ValueError:
        return False
    if given_port is not None and given_port != port:
        return False
    bound = bound.lower()
    names = {bound, *(h.lower() for h in extra)}
    if _is_loopback(bound):
        names |= LOOPBACK_NAMES
    if name in names:
        return True
    # bound to every interface: any address literal of the machine, never a name
    return bound in ("0.0.0.0", "::", "") and _is_ip(name)


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


def _is_loopback(name: str) -> bool:
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _handler(store: Store, settings: Settings, host: str) -> type[BaseHTTPRequestHandler]:
    slots = threading.BoundedSemaphore(max(1, settings.concurrent))

    class Guard(BaseHTTPRequestHandler):
        server_version = "claimgraph"
        sys_version = ""  # no Python version in the Server header
        protocol_version = "HTTP/1.1"
        timeout = 30  # seconds a client may take to send its request (slow senders)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet; the endpoint is for queries, not a log

        def do_OPTIONS(self) -> None:
            self._guarded(lambda: self._reply(204, b"", TEXT))

        def do_GET(self) -> None:
            self._guarded(self._get)

        def do_HEAD(self) -> None:
            self._guarded(self._get)

        def do_POST(self) -> None:
            self._guarded(self._post)

        def _guarded(self, action) -> None:
            """Every request gets an HTTP answer, whatever breaks."""
            try:
                port = self.server.server_address[1]
                if not host_allowed(self.headers.get("Host"), host, port,
                                    settings.allow_hosts):
                    self._error(QueryError("this endpoint answers only requests addressed to "
                                           f"{host}:{port} (Host header "
                                           f"{self.headers.get('Host')!r})", 421))
                    return
                action()
            except QueryError as exc:
                self._error(exc)
            except (ConnectionError, TimeoutError):
                self.close_connection = True
            except Exception as exc:  # a bug: answered, and named on stderr in one line
                print(f"kg serve: internal error on {self.command} {self.path[:80]!r}: "
                      f"{type(exc).__name__}: {exc}", file=sys.stderr)
                with contextlib.suppress(Exception):
                    self._error(QueryError("internal error; the server's log names it", 500))

        def _get(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            if url.path not in QUERY_PATHS:
                raise QueryError(f"not found: the endpoint is at {QUERY_PATHS[0]}", 404)
            self._answer(urllib.parse.parse_qs(url.query, keep_blank_values=True))

        def _post(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                self.close_connection = True
                raise QueryError("chunked request bodies are not accepted; send "
                                 "Content-Length", 411)
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                raise QueryError("Content-Length is not a number", 400) from None
            if length > settings.max_body:
                self.close_connection = True
                self._discard(length)  # so that the client is there to read the 413
                raise QueryError(f"the request body of {length} bytes is over the limit of "
                                 f"{settings.max_body} bytes", 413)
            body = self.rfile.read(length).decode("utf-8", "replace") if length > 0 else ""
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if url.path not in QUERY_PATHS:
                raise QueryError(f"not found: the endpoint is at {QUERY_PATHS[0]}", 404)
            if kind == "application/sparql-update":
                raise QueryError("updates are refused: this endpoint is read-only", 403)
            if kind == "application/sparql-query":
                params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
                if "query" in params:
                    raise QueryError("the query is both in the URL and in the body", 400)
                params["query"] = [body]
                self._answer(params)
            elif kind in ("application/x-www-form-urlencoded", ""):
                self._answer(urllib.parse.parse_qs(body, keep_blank_values=True))
            else:
                raise QueryError(f"unsupported Content-Type {kind}", 415)

        def _discard(self, length: int) -> None:
            if length > DRAINED:
                return
            while length > 0:
                chunk = self.rfile.read(min(length, 1 << 16))
                if not chunk:
                    return
                length -= len(chunk)

        def _answer(self, params: dict[str, list[str]]) -> None:
            if "update" in params:
                raise QueryError("updates are refused: this endpoint is read-only", 403)
            queries = params.get("query", [])
            if len(queries) > 1:
                raise QueryError("the query parameter is given more than once", 400)
            if not queries or not queries[0].strip():
                raise QueryError("missing the query parameter", 400)
            if len(queries[0].encode("utf-8")) > settings.max_body:
                raise QueryError(f"the query is over the limit of {settings.max_body} bytes",
                                 413)
            if params.get("default-graph-uri") or params.get("named-graph-uri"):
                raise QueryError("default-graph-uri and named-graph-uri are not supported; "
                                 "use FROM and GRAPH in the query", 400)
            if not slots.acquire(timeout=settings.timeout):
                raise QueryError(f"stopped: busy for longer than the time limit of "
                                 f"{settings.timeout:g} s", 503)
            try:
                result = store.query(queries[0], timeout=settings.timeout,
                                     max_rows=settings.max_rows,
                                     memory_mb=settings.memory_mb,
                                     # no Accept: the Protocol's defaults, not ours
                                     accept=self.headers.get("Accept") or "*/*")
            finally:
                slots.release()
            charset = "" if "json" in result.media or "charset" in result.media else \
                "; charset=utf-8"
            self._reply(200, result.payload, result.media + charset)

        def _error(self, exc: QueryError) -> None:
            self._reply(exc.status, (exc.message + "\n").encode(), TEXT)

        def _reply(self, status: int, body: bytes, media: str) -> None:
            self.send_response(status)
            origin = self.headers.get("Origin")
            allowed = "*" if "*" in settings.cors else origin if origin in settings.cors \
                else None
            if allowed:
                self.send_header("Access-Control-Allow-Origin", allowed)
                self.send_header("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS")
                self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
                self.send_header("Access-Control-Max-Age", "86400")
                if allowed != "*":
                    self.send_header("Vary", "Origin")
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    return Guard
