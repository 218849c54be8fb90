from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from kg.store import open_store
from kg.store.corpus import load
from tests.conftest import PAPER_DIR

EMPTY_RESULTS = b'{"head":{"vars":["s","p","o"]},"results":{"bindings":[]}}'


@pytest.fixture(scope="session")
def paper_store():
    """The paper with its findings in the embedded in-memory store."""
    result = build_corpus(PAPER_DIR)
    store = open_store("memory")
    load(store, result, check_corpus(result))
    return store


class Sentinel:
    """A SPARQL endpoint on loopback that only counts the requests that reach it."""

    def __init__(self) -> None:
        hits = self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _answer(self) -> None:
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(EMPTY_RESULTS)))
                self.end_headers()
                self.wfile.write(EMPTY_RESULTS)

            do_GET = do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def sentinel():
    s = Sentinel()
    yield s
    s.close()
