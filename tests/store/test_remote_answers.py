"""A --store sparql:URL server that answers garbage (issue 29): one line naming the store's
address, exit 2; no traceback, no hang, no answer read without end."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_bad_input import assert_no_traceback, error_lines
from tests.cli.test_hostile_input import kg

GRAPHS = json.dumps({"head": {"vars": ["g"]}, "results": {"bindings": [
    {"g": {"type": "uri", "value": "https://w3id.org/claimgraph/doc/x"}}]}}).encode()
JSON = "application/sparql-results+json"

#: mode -> (status, Content-Type, body) of every answer to a query
ANSWERS: dict[str, tuple[int, str, bytes]] = {
    "garbage": (200, JSON, b"\x00\x1b[2Jgarbage{{{"),
    "truncated": (200, JSON, b'{"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"ty'),
    "wrong-content-type": (200, "text/html", b"<html><body>Welcome to nginx!</body></html>"),
    "json-of-another-shape": (200, JSON, b'{"head": {"vars": ["s"]}, "results": [1, 2]}'),
    "500": (500, "text/plain", b"Internal Server Error\n\x1b[2J  at Store.query(...)\n" * 100),
}


class Answering(http.server.BaseHTTPRequestHandler):
    mode = "garbage"
    graphs_too = True

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        query = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if b"DISTINCT+%3Fg" in query and not self.graphs_too:
            self._answer(200, JSON, GRAPHS)
        elif self.mode == "endless":
            self.send_response(200)
            self.send_header("Content-Type", JSON)
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b" " * 65536)
            except OSError:
                pass
        else:
            self._answer(*ANSWERS[self.mode])

    def _answer(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[Answering]]]:
    handler = type("Handler", (Answering,), {})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("graphs_too", [True, False], ids=["listing-graphs", "a-query"])
@pytest.mark.parametrize("mode", list(ANSWERS))
def test_a_garbled_answer_is_one_line_naming_the_store(server, mode: str, graphs_too: bool,
                                                       tmp_path: Path) -> None:
    url, handler = server
    handler.mode, handler.graphs_too = mode, graphs_too
    proc = kg("query", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "--store", f"sparql:{url}",
              "--as-is", cwd=tmp_path, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert_no_traceback(proc)
    [line] = error_lines(proc)
    assert line.startswith(f"error: the SPARQL store at {url}/query answered "), line
    assert "\x1b" not in proc.stderr and len(line) < 600
    if mode == "500":
        assert "answered 500: Internal Server Error \\x1b[2J at Store.query" in line
    elif mode == "wrong-content-type":
        assert "is not SPARQL Results JSON" in line and "Content-Type text/html" in line


def test_an_endless_answer_is_not_read_without_end(server, monkeypatch) -> None:
    from kg.store import StoreError
    from kg.store import remote
    url, handler = server
    handler.mode = "endless"
    monkeypatch.setattr(remote, "MAX_ANSWER_BYTES", 2 ** 20)
    with pytest.raises(StoreError) as err:
        remote.RemoteStore.from_spec(url).graphs()
    assert str(err.value) == f"the SPARQL store at {url}/query answered more than 1 MiB"
