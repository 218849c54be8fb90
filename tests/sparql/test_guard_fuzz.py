"""The guard decides on the text the engine runs: whatever it lets through, Oxigraph runs
without an outbound request.

The queries hide a SERVICE behind comments, line ends, codepoint escapes (valid, short,
long, escaped twice), long strings, IRIs that contain ``#`` and Unicode that some parser
might read as white space or a comment sign.  Each accepted query is
run on pyoxigraph directly (not in the sandbox, whose missing network would hide a
guard bug) while a sentinel endpoint on loopback counts the requests that reach it.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.sparql.guard import QueryError, inspect_query

LINE_ENDS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"]
ESCAPES = ["\\u000A", "\\u000a", "\\U0000000A", "\\U000A", "\\u0000000A", "\\u000D",
           "\\\\u000A", "\\u005Cu000A", "\\u0023", "\\u007B", "\\u007D", "\\u0022\\u0022\\u0022",
           "\\UFFFFFFFF", "\\uD800", "\\u00"]
#: characters some parser might read as white space, a line end or a comment sign
UNICODE = ["\ufeff", "\u200b", "\u00a0", "\uff03", "\u0301", "\U0001d54a", "\u3000", "é"]
PIECES = ["#", "# x", '"""', "'''", '"', "'", "<http://e/#>", "{", "}", ".", " ", "\t",
          "?s ?p ?o", "FILTER(true)", "SeRvIcE", "SILENT", *LINE_ENDS, *ESCAPES, *UNICODE]


def hostile(service: str):
    """Query texts with a SERVICE to ``service`` somewhere among the pieces."""
    call = st.sampled_from([f"SERVICE <{service}> {{ ?s ?p ?o }}",
                            f"SERVICE SILENT <{service}> {{ ?s ?p ?o }}",
                            f"sErViCe <{service}> {{ ?a ?b ?c }}"])
    filler = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
    return st.tuples(filler, call, filler, filler).map(
        lambda t: f"SELECT * WHERE {{ {t[0]}{t[1]}{t[2]}\n}}{t[3]}")


@pytest.mark.parametrize("template", [
    # from the audit: a bare CR ends Oxigraph's comment, not rdflib's
    "SELECT * WHERE {{ # x\rSERVICE <{url}> {{ ?s ?p ?o }}\n}}",
    # rdflib expands \\U000A and \\u0000000A, Oxigraph leaves them in the comment
    "SELECT * WHERE {{ # x\\U000A ?s ?p '''\nSERVICE <{url}> {{ ?a ?b ?c }} # '''\n}}",
    "SELECT * WHERE {{ # x\\u0000000A ?s ?p '''\nSERVICE <{url}> {{ ?a ?b ?c }} # '''\n}}",
])
def test_the_audit_s_bypasses_are_refused(template: str, sentinel) -> None:
    text = template.format(url=sentinel.url)
    before = len(sentinel.hits)
    with pytest.raises(QueryError):
        checked = inspect_query(text)
        _run(getattr(checked, "text", text))  # only reached if the guard let it through
    assert len(sentinel.hits) == before


def test_a_cr_line_end_is_read_as_a_line_end() -> None:
    checked = inspect_query("SELECT * WHERE { # a comment\r?s ?p ?o }")
    assert checked.text == "SELECT * WHERE { # a comment\n?s ?p ?o }"


def test_codepoint_escapes_are_expanded_once() -> None:
    assert inspect_query('ASK { ?s ?p "caf\\u00E9" }').text == 'ASK { ?s ?p "café" }'
    with pytest.raises(QueryError, match="not a complete codepoint escape"):
        inspect_query('ASK { ?s ?p "\\u005Cu0041" }')  # an escape of an escape


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(data=st.data())
def test_nothing_the_guard_accepts_makes_a_request(data, sentinel) -> None:
    text = data.draw(hostile(sentinel.url))
    before = len(sentinel.hits)
    try:
        checked = inspect_query(text)
    except QueryError:
        return
    _run(checked.text)
    assert len(sentinel.hits) == before, f"a request got through for {text!r}"


@settings(max_examples=200, deadline=None)
@given(filler=st.lists(st.sampled_from(PIECES), max_size=6).map("".join))
def test_service_in_plain_sight_is_never_accepted(filler: str, sentinel) -> None:
    text = f"SELECT * WHERE {{ ?s ?p ?o .\nSERVICE <{sentinel.url}> {{ ?s ?p ?o }} }}\n#{filler}"
    with pytest.raises(QueryError):  # refused for SERVICE, or as malformed
        inspect_query(text)


def _run(text: str) -> None:
    try:
        result = ox.Store().query(text)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except (SyntaxError, OSError, ValueError):
        pass
