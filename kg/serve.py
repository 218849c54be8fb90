"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint.

One process, no server behind it that another local user could reach: the
corpus is loaded into an embedded pyoxigraph store, and queries run in a fixed
pool of worker processes forked in advance (:class:`kg.sparql.sandbox.WorkerPool`),
each bounded in memory, dying with the server and, where Linux allows it, without
any network; a worker past the time limit, or whose client hung up, is killed and
replaced.  The guard's verdict on a query text is cached (:class:`kg.sparql.guard.Verdicts`), so a
query asked again skips rdflib's parse.  In front of it, the HTTP layer:

* holds a burst of connections in a listen backlog (``BACKLOG``), serves at most
  ``max_connections`` at once (a thread each) and answers the rest 503 at once;
* gives a client ``read_timeout`` seconds for its whole request (408 after that:
  a client trickling a byte a second holds nothing for long);

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
import functools
import io
import ipaddress
import math
import select
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

from kg.namespaces import sparql_prefixes
from kg.sparql.guard import QueryError, Verdicts, normalise
from kg.sparql.sandbox import ClientGone, WorkerPool
from kg.store import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, StoreError

if TYPE_CHECKING:
    from kg.store.embedded import EmbeddedStore

QUERY_PATHS = ("/sparql", "/query")
#: the largest query a request may carry (bytes); larger bodies get 413
MAX_BODY = 1024 * 1024
#: an oversized body up to this size is read and dropped before the 413, larger ones cut off
DRAINED = 64 * 1024 * 1024
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
TEXT = "text/plain; charset=utf-8"
#: the longest time limit the server applies, whatever it is given (a larger one, or inf,
#: would overflow the waits it is passed to)
MAX_TIMEOUT = 24 * 3600.0
#: connections waiting to be accepted (the listen backlog; the kernel caps it at somaxconn)
BACKLOG = 4096
#: seconds a client may take to take in an answer (all of it: a socket's sendall counts
#: its timeout over the whole write), so that one that stops reading frees its thread
WRITE_TIMEOUT = 60.0


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
    #: queries evaluated at once (worker processes); the others wait within their time limit
    concurrent: int = 4
    #: connections served at once (a thread each); more are answered 503 and closed
    max_connections: int = 256
    #: seconds a client has to send a whole request (request line, headers, body), counted
    #: from when the server starts waiting for it: a client that trickles a byte a second
    #: (slowloris) is cut off, and an idle kept-alive connection closed
    read_timeout: float = 5.0

    def __post_init__(self) -> None:
        self.timeout = clamp_timeout(self.timeout)


def clamp_timeout(timeout: float) -> float:
    """A time limit the server can wait for: nan is the default, and at most a day.

    >>> clamp_timeout(float("inf")), clamp_timeout(float("nan")), clamp_timeout(2.5)
    (86400.0, 10.0, 2.5)
    """
    if math.isnan(timeout):
        return DEFAULT_TIMEOUT
    return min(max(timeout, 0.001), MAX_TIMEOUT)


class Endpoint:
    """A running endpoint at ``url``."""

    def __init__(self, server: _Server, url: str, problems: list, pool: WorkerPool) -> None:
        self.server, self.url, self.problems, self.pool = server, url, problems, pool
        self.stopped = threading.Event()

    @classmethod
    @contextlib.contextmanager
    def start(cls, *, claims: Path, store_spec: str | None = None, host: str = "127.0.0.1",
              port: int = 7878, timeout: float = 10.0, max_rows: int = 10_000,
              memory_mb: int = DEFAULT_MEMORY_MB, max_body: int = MAX_BODY,
              cors: tuple[str, ...] = (), allow_hosts: tuple[str, ...] = (),
              concurrent: int = 4, max_connections: int = 256,
              read_timeout: float = 5.0) -> Iterator[Endpoint]:
        store, problems = _prepare_store(claims, store_spec)
        settings = Settings(timeout, max_rows, memory_mb, max_body, tuple(cors),
                            tuple(allow_hosts), concurrent, max_connections, read_timeout)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        pool = store.worker_pool(size=settings.concurrent, memory_mb=memory_mb)
        server_class = type("Server", (_Server,), {"address_family": family})
        try:
            server = server_class((host, port), _handler(pool, settings, host),
                                  max_connections=settings.max_connections)
        except OSError as exc:
            raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
        try:
            pool.start()  # forked before the server's threads exist
            bound_port = server.server_address[1]
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            shown = f"[{host}]" if ":" in host else host
            endpoint = cls(server, f"http://{shown}:{bound_port}/sparql", problems, pool)
            try:
                yield endpoint
            finally:
                server.shutdown()
        finally:
            pool.close()
            server.server_close()

    def wait(self) -> None:
        """Until Ctrl-C or SIGTERM (the CLI turns SIGTERM into KeyboardInterrupt)."""
        with contextlib.suppress(KeyboardInterrupt):
            while not self.stopped.wait(0.5):
                pass


class _Server(ThreadingHTTPServer):
    """A thread per connection, at most ``max_connections`` of them: one more is answered
    503 and closed at once, by a single thread, instead of waiting for a free one."""

    daemon_threads = True
    request_queue_size = BACKLOG  # a burst of connections waits in the kernel, not reset

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], *,
                 max_connections: int) -> None:
        super().__init__(address, handler)
        self.max_connections = max(1, max_connections)
        self.active = 0
        self.refused = 0
        self._count = threading.Lock()
        self._turned_away = _TurnedAway()

    def process_request(self, request: socket.socket, client_address: object) -> None:
        with self._count:
            full = self.active >= self.max_connections
            if full:
                self.refused += 1
            else:
                self.active += 1
        if full:
            self._turned_away.add(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:  # no thread started: nothing will count it down
            with self._count:
                self.active -= 1
            raise

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._count:
                self.active -= 1

    def server_close(self) -> None:
        super().server_close()
        self._turned_away.close()


class _TurnedAway:
    """Connections over the cap: each is sent a 503, then read until the client closes it
    (closing a socket with unread data would reset it, and the client would never see the
    503) or for two seconds at most.  One thread does it for all of them."""

    ANSWER = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: " + TEXT.encode() +
              b"\r\nContent-Length: 52\r\nConnection: close\r\nRetry-After: 1\r\n\r\n"
              b"busy: too many connections at once; try again later\n")
    LINGER = 2.0
    MOST = 1024  # at most this many at once; past it, closed straight away

    def __init__(self) -> None:
        self._pending: dict[socket.socket, float] = {}
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        self._closed = False
        threading.Thread(target=self._run, daemon=True, name="turned-away").start()

    def add(self, sock: socket.socket) -> None:
        try:
            sock.setblocking(False)
            sock.send(self.ANSWER)  # fits in an empty send buffer
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            sock.close()
            return
        with self._lock:
            if len(self._pending) >= self.MOST or self._closed:
                sock.close()
                return
            self._pending[sock] = time.monotonic() + self.LINGER
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def close(self) -> None:
        with self._lock:
            self._closed = True
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def _run(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    break
                socks = list(self._pending)
            readable, _, _ = select.select([self._wake_r, *socks], [], [], 0.5)
            now = time.monotonic()
            for sock in readable:
                if sock is self._wake_r:
                    self._wake_r.recv(4096)
                    continue
                try:
                    done = not sock.recv(65536)
                except OSError:
                    done = True
                if done:
                    self._drop(sock)
            with self._lock:
                expired = [s for s, until in self._pending.items() if until <= now]
            for sock in expired:
                self._drop(sock)
        with self._lock:
            for sock in self._pending:
                sock.close()
            self._pending.clear()
        self._wake_r.close()
        self._wake_w.close()

    def _drop(self, sock: socket.socket) -> None:
        with self._lock:
            self._pending.pop(sock, None)
        sock.close()


class _Deadline(io.RawIOBase):
    """A connection's reading side that gives up at ``handler.read_deadline``: the socket's
    own timeout is per read, so a byte a second would otherwise keep it open for ever."""

    def __init__(self, sock: socket.socket, handler: BaseHTTPRequestHandler) -> None:
        self.sock, self.handler = sock, handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self.handler.read_deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took longer than the time allowed to send it")
        self.sock.settimeout(left)
        n = self.sock.recv_into(buffer)
        self.handler.received += n
        return n


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


def _prepare_store(claims: Path, store_spec: str | None) -> tuple[EmbeddedStore, list]:
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


@functools.lru_cache(maxsize=256)  # asked on every request, with a handful of answers
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


def _handler(pool: WorkerPool, settings: Settings,
             host: str) -> type[BaseHTTPRequestHandler]:
    verdicts = Verdicts()
    prologue = normalise(sparql_prefixes())

    class Guard(BaseHTTPRequestHandler):
        server_version = "claimgraph"
        sys_version = ""  # no Python version in the Server header
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart
        read_deadline = 0.0
        received = 0  # bytes of the current request read so far
        answered = False  # whether the current request has had its status line

        def setup(self) -> None:
            super().setup()
            self.rfile = io.BufferedReader(_Deadline(self.connection, self))

        def handle_one_request(self) -> None:
            """One request, read within ``read_timeout`` seconds of waiting for it."""
            self.read_deadline = time.monotonic() + settings.read_timeout
            self.received = 0
            self.answered = False
            super().handle_one_request()  # a timeout while reading the headers: closed
            if self.close_connection and self.received and not self.answered:
                # cut off mid-request (slowloris): say so, if the client still listens
                self._cut_off()

        def _cut_off(self) -> None:
            with contextlib.suppress(OSError):
                self.connection.settimeout(1)
                self.connection.sendall(
                    b"HTTP/1.1 408 Request Timeout\r\nContent-Type: " + TEXT.encode() +
                    b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

        def send_response(self, *args, **kwargs) -> None:
            self.answered = True
            self.connection.settimeout(WRITE_TIMEOUT)  # no longer the read deadline's
            super().send_response(*args, **kwargs)

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
            except (ConnectionError, ClientGone):  # nobody to answer
                self.close_connection = True
            except TimeoutError:  # the body came too slowly (or the answer went unread)
                self.close_connection = True
                if not self.answered:
                    with contextlib.suppress(OSError):
                        self._error(QueryError(
                            f"the request was not sent within {settings.read_timeout:g} s",
                            408))
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
            self._evaluate(queries[0])

        def _evaluate(self, text: str) -> None:
            """The query's answer from a worker; the guard's verdict from the cache when
            the same text was checked before."""
            full = prologue + normalise(text)  # a QueryError here is the guard's refusal
            request = {"max_rows": settings.max_rows,
                       # no Accept: the Protocol's defaults, not ours
                       "accept": self.headers.get("Accept") or "*/*"}
            verdict = verdicts.get(full)
            if verdict is None:
                request.update(text=text, prologue=prologue)
            elif verdict[0] == "ok":
                request.update(text=full, form=verdict[1])
            else:
                raise QueryError(verdict[2], verdict[1])
            meta, payload = pool.call(request, timeout=settings.timeout,
                                      watch=self.connection)
            if verdict is None and "verdict" in meta:
                found = meta["verdict"]
                verdicts.put(full, ("ok", found[1]) if found[0] == "ok" else tuple(found))
            if meta["status"] != 200:
                raise QueryError(meta["message"], meta["status"])
            media = meta["media"]
            charset = "" if "json" in media or "charset" in media else "; charset=utf-8"
            self._reply(200, payload, media + charset)

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
            # headers and body in one write: one system call and one packet for a short answer
            self._headers_buffer.append(b"\r\n")
            head = b"".join(self._headers_buffer)
            self._headers_buffer = []
            self.wfile.write(head + body if self.command != "HEAD" else head)

    return Guard
