"""Only read-only queries without outbound requests run; errors say where."""

from __future__ import annotations

import pytest

from kg.sparql.guard import QueryRefused, QuerySyntaxError, inspect_query


@pytest.mark.parametrize("text,form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"), ("ASK { ?s ?p ?o }", "ASK"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"), ("DESCRIBE <http://x/>", "DESCRIBE")])
def test_query_forms(text: str, form: str) -> None:
    assert inspect_query(text).form == form


def test_syntax_error_gives_line_and_column() -> None:
    with pytest.raises(QuerySyntaxError) as err:
        inspect_query("PREFIX cg: <https://w3id.org/claimgraph/ns#>\nSELECT * WHERE { ?s ?p }")
    assert (err.value.line, err.value.column) == (2, 18)  # where "?s ?p }" begins
    assert str(err.value).startswith("SPARQL syntax error at line 2, column 18")


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://a/> <http://b/> <http://c/> }", "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL", "DROP GRAPH <http://g/>", "DELETE WHERE { ?s ?p ?o }"])
def test_updates_are_refused(update: str) -> None:
    with pytest.raises(QueryRefused) as err:
        inspect_query(update)
    assert err.value.status == 403 and "read-only" in err.value.message


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://e/> { ?s ?q ?r } } }",
    "ASK { { SELECT ?s WHERE { SERVICE <http://e/> { ?s ?p ?o } } } }"])
def test_service_is_refused_wherever_it_hides(text: str) -> None:
    with pytest.raises(QueryRefused) as err:
        inspect_query(text)
    assert "SERVICE is refused" in err.value.message


def test_the_word_service_in_a_literal_is_fine() -> None:
    assert inspect_query('SELECT * WHERE { ?s ?p "SERVICE <http://e/>" }').form == "SELECT"
