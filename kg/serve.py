"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint.

Oxigraph's own server (from the ``oxigraph`` package, read-only mode, on a
private loopback port) answers the queries.  It would follow SERVICE to other
servers and has no result-size limit, so a guard in front of it:

* accepts queries by GET and POST (form-encoded or ``application/sparql-query``);
* refuses updates, LOAD and SERVICE with 403, syntax errors with 400 and the
  parser's line and column;
* stops a query at the time limit (503; Oxigraph's ``--timeout-s`` does the
  same upstream) or the result-size limit (422), saying which;
* answers CORS preflights, so browser editors such as YASGUI can query it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from kg.sparql.guard import QueryError, inspect_query
from kg.store import StoreError

MAX_BYTES = 64 * 1024 * 1024
CANCELLED = b"The SPARQL operation has been cancelled"
QUERY_PATHS = ("/sparql", "/query")
CORS = {"Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type, Accept",
        "Access-Control-Max-Age": "86400"}


@dataclass
class Limits:
    timeout: float
    max_rows: int


class Endpoint:
    """A running endpoint: the guard at ``url``, Oxigraph behind it."""

    def __init__(self, server: ThreadingHTTPServer, upstream: subprocess.Popen[bytes],
                 url: str) -> None:
        self.server, self.upstream, self.url = server, upstream, url

    @classmethod
    @contextlib.contextmanager
    def start(cls, *, claims: Path, store_spec: str | None = None, host: str = "127.0.0.1",
              port: int = 7878, timeout: float = 10.0, max_rows: int = 10_000
              ) -> Iterator[Endpoint]:
        with contextlib.ExitStack() as stack:
            location = _prepare_store(claims, store_spec, stack)
            upstream_port = free_port()
            upstream = subprocess.Popen(
                [oxigraph_binary(), "serve-read-only", "--location", str(location),
                 "--bind", f"127.0.0.1:{upstream_port}", "--union-default-graph",
                 "--timeout-s", str(max(1, math.ceil(timeout)))],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            stack.callback(_stop, upstream)
            upstream_url = f"http://127.0.0.1:{upstream_port}/query"
            _wait_until_up(upstream_url, upstream)
            handler = _handler(upstream_url, Limits(timeout, max_rows))
            server = ThreadingHTTPServer((host, port), handler)
            server.daemon_threads = True
            stack.callback(server.server_close)
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            stack.callback(server.shutdown)
            bound_host, bound_port = server.server_address[:2]
            yield cls(server, upstream, f"http://{bound_host}:{bound_port}/sparql")

    def wait(self) -> None:
        with contextlib.suppress(KeyboardInterrupt):
            while self.upstream.poll() is None:
                time.sleep(0.5)


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise StoreError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare_store(claims: Path, store_spec: str | None, stack: contextlib.ExitStack) -> Path:
    """An on-disk Oxigraph store holding the corpus and its findings."""
    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.store.corpus import load
    from kg.store.embedded import EmbeddedStore

    if store_spec and not store_spec.startswith("oxigraph:"):
        raise StoreError("kg serve serves an embedded store: --store oxigraph:PATH")
    location = Path(store_spec.partition(":")[2]) if store_spec else \
        Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="claimgraph-")))
    store = EmbeddedStore(location)
    if store_spec is None or store.is_empty():
        result = build_corpus(claims)
        load(store, result, check_corpus(result))
    del store  # release the store's lock before Oxigraph's server opens it
    return location


def _wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StoreError("the oxigraph server stopped: "
                             + (process.stderr.read().decode(errors="replace").strip()
                                if process.stderr else ""))
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(probe, timeout=1):
                return
        time.sleep(0.1)
    raise StoreError("the oxigraph server did not start within 20 s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover
        process.kill()


def _handler(upstream: str, limits: Limits) -> type[BaseHTTPRequestHandler]:
    class Guard(BaseHTTPRequestHandler):
        server_version = "claimgraph"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # quiet; the endpoint is for queries, not a log

        def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
            self._reply(204, b"", "text/plain")

        def do_GET(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            if url.path not in QUERY_PATHS:
                self._reply(404, f"not found: the endpoint is at {QUERY_PATHS[0]}\n".encode(),
                            "text/plain; charset=utf-8")
                return
            params = urllib.parse.parse_qs(url.query)
            self._answer(params)

        def do_POST(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if url.path not in QUERY_PATHS:
                self._reply(404, b"not found\n", "text/plain; charset=utf-8")
            elif kind == "application/sparql-update":
                self._refuse(QueryError("updates are refused: this endpoint is read-only"), 403)
            elif kind == "application/sparql-query":
                params = urllib.parse.parse_qs(url.query)
                params["query"] = [body]
                self._answer(params)
            elif kind in ("application/x-www-form-urlencoded", ""):
                self._answer(urllib.parse.parse_qs(body))
            else:
                self._reply(415, f"unsupported Content-Type {kind}\n".encode(),
                            "text/plain; charset=utf-8")

        def _answer(self, params: dict[str, list[str]]) -> None:
            if "update" in params:
                self._refuse(QueryError("updates are refused: this endpoint is read-only"), 403)
                return
            if not params.get("query"):
                self._refuse(QueryError("missing the query parameter"), 400)
                return
            text = params["query"][0]
            try:
                inspect_query(text)
            except QueryError as exc:
                self._refuse(exc, exc.status)
                return
            forward = [("query", text)] + [(k, v) for k in ("default-graph-uri",
                                                           "named-graph-uri")
                                           for v in params.get(k, [])]
            accept = self.headers.get("Accept") or "application/sparql-results+json"
            self._forward(urllib.parse.urlencode(forward).encode(), accept)

        def _forward(self, data: bytes, accept: str) -> None:
            request = urllib.request.Request(upstream, data=data, method="POST", headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
            started = time.monotonic()
            try:
                with urllib.request.urlopen(request, timeout=limits.timeout + 1) as response:
                    body = response.read(MAX_BYTES + 1)
                    media = response.headers.get("Content-Type", "application/octet-stream")
            except urllib.error.HTTPError as exc:
                detail = exc.read()
                if time.monotonic() - started >= limits.timeout or b"timeout" in detail.lower():
                    self._time_limit()
                else:
                    self._reply(exc.code, detail, exc.headers.get("Content-Type", "text/plain"))
                return
            except (TimeoutError, socket.timeout, urllib.error.URLError):
                self._time_limit()
                return
            if CANCELLED in body or (time.monotonic() - started >= limits.timeout
                                     and not _complete(body, media)):
                # Oxigraph's own timeout cuts a 200 response short with this message
                self._time_limit()
                return
            try:
                rows = count_results(body, media)
            except ValueError:
                self._refuse(QueryError("the store returned an incomplete result"), 502)
                return
            if len(body) > MAX_BYTES or rows > limits.max_rows:
                self._refuse(QueryError(f"stopped: the result-size limit of {limits.max_rows} "
                                        "results was exceeded"), 422)
                return
            self._reply(200, body, media)

        def _time_limit(self) -> None:
            self._refuse(QueryError(f"stopped: the time limit of {limits.timeout:g} s was "
                                    "exceeded"), 503)

        def _refuse(self, exc: QueryError, status: int) -> None:
            self._reply(status, (exc.message + "\n").encode(), "text/plain; charset=utf-8")

        def _reply(self, status: int, body: bytes, media: str) -> None:
            self.send_response(status)
            for key, value in CORS.items():
                self.send_header(key, value)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    return Guard


def _complete(body: bytes, media: str) -> bool:
    try:
        count_results(body, media)
        return True
    except ValueError:
        return False


def count_results(body: bytes, media: str) -> int:
    """Solutions (or triples) in a response, whatever its format."""
    kind = media.split(";")[0].strip().lower()
    if kind == "application/sparql-results+json":
        data = json.loads(body)
        return 1 if "boolean" in data else len(data["results"]["bindings"])
    if kind == "application/sparql-results+xml":
        return body.count(b"<result>") or 1
    if kind == "text/csv":
        return max(0, sum(1 for _ in csv.reader(io.StringIO(body.decode("utf-8")))) - 1)
    if kind == "text/tab-separated-values":
        return max(0, body.count(b"\n") - 1)
    rdf_format = ox.RdfFormat.from_media_type(kind)
    if rdf_format is not None:
        try:
            return sum(1 for _ in ox.parse(body, format=rdf_format))
        except SyntaxError as exc:
            raise ValueError(str(exc)) from None
    return 0
