"""The embedded store answers a query by evaluating it once, and still holds it to the
row limit in every result format (issue 32: it used to evaluate every query twice, once
to count the rows and once to serialize them)."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.sparql.guard import QueryError, inspect_query
from kg.sparql.media import SOLUTIONS
from kg.store import LimitExceeded
from kg.store.embedded import EmbeddedStore

ROWS = 30


class CountingStore:
    """A pyoxigraph store that counts how often it is asked to evaluate a query."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.queries = store, 0

    def query(self, *args, **kwargs):
        self.queries += 1
        return self.store.query(*args, **kwargs)


@pytest.fixture
def store() -> EmbeddedStore:
    embedded = EmbeddedStore(None)
    for i in range(ROWS):
        embedded.store.add(ox.Quad(ox.NamedNode(f"http://example.org/s{i}"),
                                   ox.NamedNode("http://example.org/p"),
                                   ox.Literal(f"line one\nline, \"two\" {i}"),
                                   ox.NamedNode("http://example.org/g")))
    embedded.store = CountingStore(embedded.store)
    return embedded


SELECT = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("media", sorted(SOLUTIONS))
def test_a_select_is_evaluated_once_and_answers_every_row(store, media: str) -> None:
    _, payload, cut = store._run(inspect_query(SELECT), ROWS, media)
    assert not cut
    assert store.store.queries == 1
    fmt = SOLUTIONS[media]
    if fmt == ox.QueryResultsFormat.CSV:
        rows = list(csv.reader(io.StringIO(payload.decode())))[1:]
        assert [row[1] for row in rows][:1] == ['line one\nline, "two" 0']
    else:
        rows = list(ox.parse_query_results(payload, format=fmt))
    assert len(rows) == ROWS


@pytest.mark.parametrize("media", sorted(SOLUTIONS))
def test_a_select_past_the_row_limit_is_stopped_in_every_format(store, media: str) -> None:
    with pytest.raises(LimitExceeded, match=f"result-size limit of {ROWS - 1} rows"):
        store._run(inspect_query(SELECT), ROWS - 1, media)
    assert store.store.queries == 1


def test_a_construct_is_evaluated_once_and_held_to_the_limit(store) -> None:
    _, payload, _ = store._run(inspect_query(CONSTRUCT), ROWS, "application/n-triples")
    assert len(list(ox.parse(payload, format=ox.RdfFormat.N_TRIPLES))) == ROWS
    with pytest.raises(LimitExceeded, match=f"limit of {ROWS - 1} rows"):
        store._run(inspect_query(CONSTRUCT), ROWS - 1, "text/turtle")
    assert store.store.queries == 2


def test_an_ask_is_evaluated_once(store) -> None:
    _, payload, _ = store._run(inspect_query("ASK { ?s ?p ?o }"), 1,
                            "application/sparql-results+json")
    assert json.loads(payload)["boolean"] is True
    assert store.store.queries == 1


def test_a_result_past_its_byte_cap_is_stopped_saying_why(store, monkeypatch) -> None:
    """The byte cap stops a runaway serialization long before memory does; a count (up to
    the limit) then says whether rows or their size passed it."""
    monkeypatch.setattr("kg.store.embedded.payload_cap", lambda rows: 200)
    with pytest.raises(LimitExceeded, match=f"result-size limit of {ROWS - 1} rows"):
        store._run(inspect_query(SELECT), ROWS - 1, "application/sparql-results+json")
    with pytest.raises(LimitExceeded, match=f"passed 0.0 MB in fewer than {ROWS} rows"):
        store._run(inspect_query(SELECT), ROWS, "application/sparql-results+json")


def test_the_byte_cap_leaves_room_for_long_rows() -> None:
    from kg.store.embedded import payload_cap
    assert payload_cap(10_000) > 10_000 * 2048  # a row of quotes and IRIs is never stopped


def test_a_truncated_query_answers_its_first_rows_marked_as_cut() -> None:
    """As Datasette does: past the row limit the app shows the first rows and says so,
    rather than nothing (issue 32: named queries at 1,000 documents)."""
    embedded = EmbeddedStore(None)
    for i in range(ROWS):
        embedded.store.add(ox.Quad(ox.NamedNode(f"http://example.org/s{i:02}"),
                                   ox.NamedNode("http://example.org/p"), ox.Literal(str(i)),
                                   ox.NamedNode("http://example.org/g")))
    ordered = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s"
    result = embedded.query(ordered, max_rows=10, truncate=True)
    rows = json.loads(result.payload)["results"]["bindings"]
    assert result.truncated
    assert [r["s"]["value"] for r in rows] == [f"http://example.org/s{i:02}" for i in range(10)]
    whole = embedded.query(ordered, max_rows=ROWS, truncate=True)
    assert not whole.truncated and len(json.loads(whole.payload)["results"]["bindings"]) == ROWS
    graph = embedded.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                           max_rows=10, truncate=True)
    assert graph.truncated
    assert len(list(ox.parse(graph.payload, format=ox.RdfFormat.N_TRIPLES))) == 10
    # (the limit comes back from the query's child process as a QueryError)
    with pytest.raises(QueryError, match="limit of 10 rows"):  # not asked: refused
        embedded.query(ordered, max_rows=10)
    with pytest.raises(QueryError, match="limit of 10 rows"):  # nor for another format
        embedded.query(ordered, max_rows=10, truncate=True, accept="text/csv")


class RecordingStore(CountingStore):
    """A counting store that also keeps the substitutions each evaluation was given."""

    def __init__(self, store: ox.Store) -> None:
        super().__init__(store)
        self.substituted: list[dict] = []

    def query(self, *args, **kwargs):
        self.substituted.append(kwargs.get("substitutions") or {})
        return super().query(*args, **kwargs)


S7 = ("iri", "http://example.org/s7")


def test_a_projected_parameter_is_substituted_in_place(store) -> None:
    """Oxigraph plans a substituted variable with its term in place (issue 32: a claim's
    provenance at 1,000 documents took 4.4 s with a VALUES block); the answer names it."""
    store.store = RecordingStore(store.store.store)
    _, payload, _ = store._run(inspect_query("SELECT ?s ?o WHERE { ?s ?p ?o }"), ROWS,
                               "application/sparql-results+json", bindings={"s": S7})
    assert store.store.substituted == [{ox.Variable("s"): ox.NamedNode(S7[1])}]
    [row] = json.loads(payload)["results"]["bindings"]
    assert row["s"]["value"] == S7[1] and row["o"]["value"].endswith("two\" 7")


def test_a_parameter_the_query_does_not_project_is_bound_by_values(store) -> None:
    """SEP-0007 substitutes projected variables only; the VALUES block binds the rest,
    with the same rows."""
    store.store = RecordingStore(store.store.store)
    _, payload, _ = store._run(inspect_query("SELECT ?o WHERE { ?s ?p ?o }"), ROWS,
                               "application/sparql-results+json", bindings={"s": S7})
    assert store.store.substituted[-1] == {}
    [row] = json.loads(payload)["results"]["bindings"]
    assert row["o"]["value"].endswith("two\" 7")


class FirstRowsStore(CountingStore):
    """A counting store whose solutions say how many rows were taken, and refuse to be
    serialized whole."""

    def query(self, *args, **kwargs):
        solutions, store = super().query(*args, **kwargs), self
        store.taken = 0

        class Solutions:
            variables = solutions.variables

            def __iter__(self):
                for row in solutions:
                    store.taken += 1
                    yield row

            def serialize(self, *args, **kwargs):
                raise AssertionError("the whole result was serialized")

        return Solutions()


def test_a_cut_result_is_written_from_its_first_rows_as_the_whole_cut_would_be() -> None:
    """Issue 32: serializing all of a long result to cut it after took a third of
    entities-together's time at 1,000 documents; the first rows are written as they come,
    byte for byte what cutting the whole result wrote (IRIs, blank nodes, typed, tagged and
    plain literals, an unbound variable)."""
    from kg.store import first_rows
    embedded = EmbeddedStore(None)
    g = ox.NamedNode("http://example.org/g")
    for i in range(ROWS):
        s = ox.NamedNode(f"http://example.org/s{i:02}")
        embedded.store.add(ox.Quad(s, ox.NamedNode("http://example.org/p"), ox.Literal(
            str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g))
        embedded.store.add(ox.Quad(ox.BlankNode(f"b{i}"), ox.NamedNode("http://example.org/q"),
                                   ox.Literal(f'é "x" {i}', language="en"), g))
        embedded.store.add(ox.Quad(s, ox.NamedNode("http://example.org/r"),
                                   ox.Literal(f"plain\n{i}"), g))
    checked = inspect_query("SELECT ?s ?o ?unbound WHERE { GRAPH ?g { ?s ?p ?o "
                            "OPTIONAL { ?s <http://example.org/none> ?unbound } } } ORDER BY ?o")
    embedded.store = FirstRowsStore(embedded.store)
    _, payload, cut = embedded._run(checked, 10, None, truncate=True)
    assert cut and embedded.store.queries == 1 and embedded.store.taken == 11
    whole = embedded.store.store.query(checked.text, use_default_graph_as_union=True)
    assert payload == first_rows(whole.serialize(format=ox.QueryResultsFormat.JSON), False, 10)
    assert len(json.loads(payload)["results"]["bindings"]) == 10


def test_a_cut_result_past_its_byte_cap_is_stopped_saying_why(monkeypatch) -> None:
    """The first rows written as they come are held to the same byte cap as a whole result."""
    monkeypatch.setattr("kg.store.embedded.payload_cap", lambda rows: 200)
    embedded = EmbeddedStore(None)
    for i in range(ROWS):
        embedded.store.add(ox.Quad(ox.NamedNode(f"http://example.org/s{i:02}"),
                                   ox.NamedNode("http://example.org/p"), ox.Literal("x" * 100),
                                   ox.NamedNode("http://example.org/g")))
    with pytest.raises(LimitExceeded, match="passed 0.0 MB in its first 10 rows"):
        embedded._run(inspect_query("SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } }"), 10, None,
                      truncate=True)
