"""The endpoint through a real HTTP client: SPARQL 1.1 Protocol, CORS, refusals, limits."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.serve import Endpoint, free_port
from tests.conftest import PAPER_DIR

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a <https://w3id.org/claimgraph/ns#Figure> } }"


@pytest.fixture(scope="module")
def endpoint():
    with Endpoint.start(claims=PAPER_DIR, port=free_port(), timeout=2, max_rows=100) as e:
        yield e


def call(url: str, *, method: str = "GET", query: str | None = None, data: bytes | None = None,
         headers: dict[str, str] | None = None, params: dict[str, str] | None = None):
    if query is not None and method == "GET":
        url = url + "?" + urllib.parse.urlencode({"query": query, **(params or {})})
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def test_get_query_json(endpoint) -> None:
    status, headers, body = call(endpoint.url, query=COUNT)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "24"
    assert "Access-Control-Allow-Origin" not in headers  # CORS only when asked for


def test_post_form_and_post_direct(endpoint) -> None:
    form = urllib.parse.urlencode({"query": COUNT}).encode()
    status, _, body = call(endpoint.url, method="POST", data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and b'"24"' in body
    status, _, body = call(endpoint.url, method="POST", data=COUNT.encode(), headers={
        "Content-Type": "application/sparql-query"})
    assert status == 200 and b'"24"' in body


@pytest.mark.parametrize("accept,media,check", [
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<literal"),
    ("text/csv", "text/csv", b"n\r\n24"),
    ("text/tab-separated-values", "text/tab-separated-values", b"?n\n24"),
])
def test_result_formats(endpoint, accept: str, media: str, check: bytes) -> None:
    status, headers, body = call(endpoint.url, query=COUNT, headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(media)
    assert check in body


@pytest.mark.parametrize("accept,media", [("text/turtle", "text/turtle"),
                                          ("application/n-triples", "application/n-triples")])
def test_construct_in_rdf_formats(endpoint, accept: str, media: str) -> None:
    construct = ("CONSTRUCT { ?f ?p ?o } WHERE { GRAPH ?g { ?f a "
                 "<https://w3id.org/claimgraph/ns#Figure> ; ?p ?o } } LIMIT 5")
    status, headers, body = call(endpoint.url, query=construct, headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(media) and body


def test_cors_preflight_only_for_the_origins_given() -> None:
    with Endpoint.start(claims=PAPER_DIR, port=free_port(),
                        cors=("https://yasgui.triply.cc",)) as e:
        status, headers, _ = call(e.url, method="OPTIONS", headers={
            "Origin": "https://yasgui.triply.cc", "Access-Control-Request-Method": "POST"})
        assert status == 204
        assert headers["Access-Control-Allow-Origin"] == "https://yasgui.triply.cc"
        assert "POST" in headers["Access-Control-Allow-Methods"]
        assert headers["Vary"] == "Origin"
        _, other, _ = call(e.url, query=COUNT, headers={"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in other


@pytest.mark.parametrize("how", ["update-body", "update-form", "load", "service"])
def test_refusals(endpoint, how: str) -> None:
    if how == "update-body":
        status, _, body = call(endpoint.url, method="POST", headers={
            "Content-Type": "application/sparql-update"},
            data=b"INSERT DATA { <http://a/> <http://b/> <http://c/> }")
    elif how == "update-form":
        status, _, body = call(endpoint.url, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded"},
            data=urllib.parse.urlencode({"update": "CLEAR ALL"}).encode())
    elif how == "load":
        status, _, body = call(endpoint.url, method="POST", headers={
            "Content-Type": "application/sparql-query"}, data=b"LOAD <http://example.org/x.ttl>")
    else:
        status, _, body = call(endpoint.url, query="SELECT * WHERE { SERVICE "
                                                   "<http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403
    assert (b"SERVICE is refused" if how == "service" else b"read-only") in body
    # and nothing changed
    assert b'"24"' in call(endpoint.url, query=COUNT)[2]


def test_syntax_error_is_400_with_line_and_column(endpoint) -> None:
    status, _, body = call(endpoint.url, query="SELECT * WHERE {\n ?s ?p }")
    assert status == 400
    assert body.startswith(b"SPARQL syntax error at line 2, column 2")


def test_result_size_limit(endpoint) -> None:
    status, _, body = call(endpoint.url, query="SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert status == 422
    assert b"result-size limit of 100 rows" in body


def test_time_limit(endpoint) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, _, body = call(endpoint.url, query=slow)
    assert status == 503
    assert b"time limit of 2 s" in body
    assert call(endpoint.url, query=COUNT)[0] == 200  # and it still answers


CONSTRUCT = ("CONSTRUCT { ?f ?p ?o } WHERE { GRAPH ?g { ?f a "
             "<https://w3id.org/claimgraph/ns#Figure> ; ?p ?o } } LIMIT 3")


@pytest.mark.parametrize("query,accept,media", [
    (CONSTRUCT, None, "text/turtle"),   # issue 16: was 406 without Accept
    (CONSTRUCT, "*/*", "text/turtle"),  # issue 16: was application/n-quads
    (COUNT, None, "application/sparql-results+json"),
    (COUNT, "*/*", "application/sparql-results+json"),
    (COUNT, "text/*;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
])
def test_default_media_types(endpoint, query: str, accept: str | None, media: str) -> None:
    status, headers, body = call(endpoint.url, query=query,
                                 headers={"Accept": accept} if accept else {})
    assert status == 200 and headers["Content-Type"].startswith(media) and body


def test_an_unacceptable_accept_is_406(endpoint) -> None:
    status, _, body = call(endpoint.url, query=COUNT, headers={"Accept": "image/png"})
    assert status == 406 and b"offered: application/sparql-results+json" in body


def test_head_is_answered_without_a_body(endpoint) -> None:
    status, headers, body = call(endpoint.url + "?" + urllib.parse.urlencode({"query": COUNT}),
                                 method="HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Type"].startswith("application/sparql-results+json")
