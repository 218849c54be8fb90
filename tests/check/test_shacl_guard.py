"""kg shacl runs a user's shapes as kg query runs a user's query: through the query guard,
in the sandbox, within a time limit, and never fetching a JSON-LD context.

Each of the audit's bypasses (issue 29, item 3) is run through the CLI on both engines
while a sentinel endpoint on loopback counts the requests that reach it: none may, and
the command exits 2 with one line.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from tests.cli.test_bad_input import kg
from tests.sparql.conftest import Sentinel

ENGINES = ["oxigraph", "pyshacl"]
SH = "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
XSD = "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
DATA = ('<urn:doc> <http://purl.org/dc/terms/title> "A secret title" .\n'
        '<urn:doc> <urn:p> <urn:o> .\n')


@pytest.fixture(scope="module")
def sentinel():
    s = Sentinel()
    yield s
    s.close()


def _sparql_shape(select: str) -> str:
    """A shape targeting <urn:doc> with one SPARQL constraint; ``select`` is Turtle
    string content (escapes are Turtle's)."""
    return SH + f'<urn:S> sh:targetNode <urn:doc> ; sh:sparql [ sh:select """{select}""" ] .\n'


def _run(tmp_path: Path, shapes: str, engine: str, *extra: str,
         data: str = DATA, shapes_name: str = "shapes.ttl",
         data_name: str = "data.ttl") -> subprocess.CompletedProcess[str]:
    (tmp_path / shapes_name).write_text(shapes)
    (tmp_path / data_name).write_text(data)
    return kg("shacl", shapes_name, "--data", data_name, "--engine", engine, *extra,
              cwd=tmp_path)


def _one_error_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The one line of a refusal, after asserting exit 2 and nothing else on stderr."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    return lines[0]


def _bypasses(url: str) -> dict[str, str]:
    return {
        # a comment ended by a bare CR: Oxigraph ends it there, a regex over masked text
        # did not
        "bare-cr-comment": _sparql_shape(
            f"SELECT $this WHERE {{ $this ?p ?o . # x\\rSERVICE <{url}> {{ ?a ?b ?c }}\n}}"),
        # rdflib expands \u0045 after pySHACL's SERVICE regex, and sends the bound title
        # along (in a VALUES clause)
        "escaped-service": _sparql_shape(
            f"SELECT $this WHERE {{ $this <http://purl.org/dc/terms/title> ?t . "
            f"SERVIC\\\\u0045 <{url}> {{ ?t ?b ?c }} }}"),
        "escaped-service-long": _sparql_shape(
            f"SELECT $this WHERE {{ $this ?p ?o . SERVIC\\\\U00000045 <{url}> "
            f"{{ ?a ?b ?c }} }}"),
        # a namespace that ends its PREFIX line and writes a query of its own
        "declare-injection": SH + XSD + (
            '<urn:Ont> sh:declare [ sh:prefix "ex" ; sh:namespace '
            f'"urn:x> SELECT $this WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }} #"'
            "^^xsd:anyURI ] .\n"
            '<urn:S> sh:targetNode <urn:doc> ; sh:sparql [ sh:prefixes <urn:Ont> ; '
            'sh:select "SELECT $this WHERE { $this ex:p ?o }" ] .\n'),
        # pySHACL joins the declarations of every owl:Ontology to every query
        "declare-in-an-ontology": SH + XSD + (
            "<urn:Ont> a <http://www.w3.org/2002/07/owl#Ontology> ; sh:declare "
            '[ sh:prefix "ex" ; sh:namespace '
            f'"urn:x> SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }} #"^^xsd:anyURI ] .\n'
            '<urn:S> sh:targetNode <urn:doc> ; sh:sparql [ sh:prefixes <urn:Other> ; '
            'sh:select "SELECT $this WHERE { $this <urn:p> ?o }" ] .\n'),
        "plain-service": _sparql_shape(
            f"SELECT $this WHERE {{ $this ?p ?o . SERVICE <{url}> {{ ?a ?b ?c }} }}"),
    }


BYPASSES = list(_bypasses("http://x/"))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("bypass", BYPASSES)
def test_the_audit_s_bypasses_are_refused_in_one_line(bypass: str, engine: str, sentinel,
                                                      tmp_path: Path) -> None:
    before = len(sentinel.hits)
    proc = _run(tmp_path, _bypasses(sentinel.url)[bypass], engine)
    line = _one_error_line(proc)
    assert len(sentinel.hits) == before, f"{bypass}: a request reached the sentinel"
    assert line.startswith("error: shapes.ttl:0: ")
    assert "urn:S" in line or "urn:Ont" in line, line
    if bypass.startswith("declare"):
        assert "is not an IRI" in line


@pytest.mark.parametrize("engine", ENGINES)
def test_a_service_the_old_check_saw_is_still_refused_naming_the_shape(
        engine: str, tmp_path: Path) -> None:
    proc = _run(tmp_path, _bypasses("http://127.0.0.1:9/")["plain-service"], engine)
    assert "shape urn:S" in _one_error_line(proc)


# --- JSON-LD contexts -------------------------------------------------------------------

SHAPES_JSONLD = {
    "@context": {"sh": "http://www.w3.org/ns/shacl#"},
    "@id": "urn:S", "sh:targetNode": {"@id": "urn:doc"},
    "sh:property": {"sh:path": {"@id": "urn:p"}, "sh:minCount": 1},
}
DATA_JSONLD = {"@context": {"p": {"@id": "urn:p", "@type": "@id"}}, "@id": "urn:doc",
               "p": "urn:o"}


def _contexts(url: str, folder: Path) -> dict[str, object]:
    (folder / "context.jsonld").write_text(json.dumps({"@context": {"x": "urn:x#"}}))
    return {"remote": url, "file": (folder / "context.jsonld").as_uri(),
            "relative": "context.jsonld", "imported": {"@import": url}}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("where", ["data", "shapes"])
@pytest.mark.parametrize("context", ["remote", "file", "relative", "imported"])
def test_a_json_ld_context_is_never_fetched_or_read(context: str, where: str, engine: str,
                                                     sentinel, tmp_path: Path) -> None:
    value = _contexts(sentinel.url, tmp_path)[context]
    shapes, data = dict(SHAPES_JSONLD), dict(DATA_JSONLD)
    target = shapes if where == "shapes" else data
    target["@context"] = [value, target["@context"]]
    before = len(sentinel.hits)
    proc = _run(tmp_path, json.dumps(shapes), engine, data=json.dumps(data),
                shapes_name="shapes.jsonld", data_name="data.jsonld")
    line = _one_error_line(proc)
    assert len(sentinel.hits) == before
    assert line.startswith(f"error: {where}.jsonld:0: the JSON-LD @context ")
    assert "never fetched" in line


@pytest.mark.parametrize("engine", ENGINES)
def test_an_inline_json_ld_context_still_reads(engine: str, tmp_path: Path) -> None:
    proc = _run(tmp_path, json.dumps(SHAPES_JSONLD), engine, data=json.dumps(DATA_JSONLD),
                shapes_name="shapes.jsonld", data_name="data.jsonld")
    assert proc.returncode == 0, proc.stderr


# --- time limits --------------------------------------------------------------------------

CATASTROPHIC = (SH + '<urn:S> sh:targetNode <urn:doc> ; sh:property [ sh:path <urn:t> ; '
                'sh:pattern "(a+)+$" ] .\n')
CROSS_PRODUCT = _sparql_shape(
    "SELECT $this WHERE { $this ?p ?o . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
    "FILTER (STR(?c) = CONCAT(STR(?f), STR(?i), STR(?this))) }")
TIMEOUT = 3


def _many_nodes(n: int) -> str:
    return "".join(f'<urn:n{i}> <urn:q> "{i}" .\n' for i in range(n)) + DATA


@pytest.mark.parametrize("engine", ENGINES)
def test_a_catastrophic_pattern_ends_within_the_time_limit(engine: str,
                                                            tmp_path: Path) -> None:
    data = DATA + f'<urn:doc> <urn:t> "{"a" * 40}b" .\n'
    started = time.monotonic()
    proc = _run(tmp_path, CATASTROPHIC, engine, "--timeout", str(TIMEOUT), data=data)
    elapsed = time.monotonic() - started
    if engine == "pyshacl":  # Python's re backtracks: stopped at the limit
        assert _one_error_line(proc) == (
            f"error: shapes.ttl:0: validation stopped: the time limit of {TIMEOUT} s was "
            "exceeded (raise --timeout)")
    else:  # Oxigraph's regular expressions do not backtrack: the answer, in time
        assert proc.returncode == 1, proc.stderr
    assert elapsed < TIMEOUT + 15


@pytest.mark.parametrize("engine", ENGINES)
def test_a_cross_product_is_stopped_at_the_time_limit(engine: str, tmp_path: Path) -> None:
    started = time.monotonic()
    proc = _run(tmp_path, CROSS_PRODUCT, engine, "--timeout", str(TIMEOUT),
                data=_many_nodes(3000))
    elapsed = time.monotonic() - started
    assert _one_error_line(proc) == (
        f"error: shapes.ttl:0: validation stopped: the time limit of {TIMEOUT} s was "
        "exceeded (raise --timeout)")
    assert elapsed < TIMEOUT + 15


def test_a_validation_past_its_memory_is_stopped_in_one_line(tmp_path: Path) -> None:
    shapes = _sparql_shape("SELECT $this WHERE { $this ?p ?o . ?a ?b ?c . ?d ?e ?f . "
                           "?g ?h ?i } ORDER BY RAND()")
    proc = _run(tmp_path, shapes, "oxigraph", "--timeout", "60", "--max-memory", "64",
                data=_many_nodes(400))
    line = _one_error_line(proc)
    assert line.startswith("error: shapes.ttl:0: validation stopped: the memory limit of "
                           "64 MB was exceeded"), line


# --- errors in the user's query, and pySHACL's own --------------------------------------

@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("select", [
    "SELECT $this WHERE { $this ?p }",
    "SELECT $this WHERE { $this ex:undeclared ?o }",
    "SELECT $this WHERE { $this ?p ?o FILTER (?o = \\\\u00) }",
])
def test_a_syntax_error_in_a_query_is_one_line(select: str, engine: str,
                                               tmp_path: Path) -> None:
    line = _one_error_line(_run(tmp_path, _sparql_shape(select), engine))
    assert line.startswith("error: shapes.ttl:0: shape urn:S: "), line


def test_pyshacl_s_own_service_refusal_is_one_line(tmp_path: Path) -> None:
    # the guard reads the string as a string; pySHACL's regular expression sees SERVICE
    shapes = _sparql_shape('SELECT $this WHERE { $this ?p ?o . '
                           'FILTER (?o != " x SERVICE <urn:x> ") }')
    assert _run(tmp_path, shapes, "oxigraph").returncode == 1
    assert _one_error_line(_run(tmp_path, shapes, "pyshacl")) == (
        "error: shapes.ttl:0: pySHACL refuses the shapes: A SPARQL Constraint must not "
        "contain a federated query (SERVICE).")


def test_pyshacl_s_shapes_graph_refusal_is_one_line(tmp_path: Path) -> None:
    shapes = _sparql_shape("SELECT $this WHERE { GRAPH $shapesGraph { $this ?p ?o } }")
    assert _run(tmp_path, shapes, "oxigraph").returncode == 0  # the fast engine runs it
    line = _one_error_line(_run(tmp_path, shapes, "pyshacl"))
    assert line.startswith("error: shapes.ttl:0: pySHACL cannot run the shapes: "), line
    assert "$shapesGraph" in line


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sparql_constraint_still_runs(engine: str, tmp_path: Path) -> None:
    shapes = SH + XSD + (
        '<urn:Ont> sh:declare [ sh:prefix "dc" ; '
        'sh:namespace "http://purl.org/dc/terms/"^^xsd:anyURI ] .\n'
        '<urn:S> sh:targetNode <urn:doc> ; sh:sparql [ sh:prefixes <urn:Ont> ; '
        'sh:message "title {?t}" ; sh:select """SELECT $this ?t WHERE { # a comment\\r\n'
        '  $this dc:title ?t . FILTER (CONTAINS(?t, "secr\\\\u0065t")) }""" ] .\n')
    proc = _run(tmp_path, shapes, engine, "--format", "json")
    assert proc.returncode == 1, proc.stderr
    assert [r["focus"] for r in json.loads(proc.stdout)] == ["urn:doc"]


# --- the guards where the queries run, without the checks before them ---------------------

def test_the_fast_engine_guards_the_text_it_runs(sentinel) -> None:
    import pyoxigraph as ox
    from rdflib import URIRef

    from kg.check.compile import CompiledCheck, ShapeError
    from kg.check.guarded import guard_query
    from kg.check.oxigraph import run_checks

    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:doc"), ox.NamedNode("urn:p"), ox.Literal("x")))
    # a pre-bound template that never went through the shapes' checks
    check = CompiledCheck(URIRef("urn:S"), URIRef("urn:S"), "structure", "SPARQL",
                          "violation", None, "SELECT ?this WHERE { VALUES ?this { <urn:doc> } }",
                          template=f"SELECT $this WHERE {{ $this ?p ?o # x\rSERVICE "
                                   f"<{sentinel.url}> {{ ?a ?b ?c }}\n}}")
    before = len(sentinel.hits)
    with pytest.raises(ShapeError, match="^shape urn:S: SERVICE is refused"):
        run_checks(store, [check], guard=guard_query)
    assert len(sentinel.hits) == before
    run_checks(store, [check])  # unguarded (claimgraph's own shapes): Oxigraph calls out
    assert len(sentinel.hits) == before + 1


def test_rdflib_runs_only_what_the_guard_hands_on(sentinel, tmp_path: Path) -> None:
    from rdflib import Dataset, Graph

    from kg.check.compile import ShapeError
    from kg.check.guarded import guarded_rdflib

    before = len(sentinel.hits)
    with guarded_rdflib() as refusals, pytest.raises(ShapeError, match="SERVICE is refused"):
        Graph().query(f"SELECT * WHERE {{ SERVIC\\u0045 <{sentinel.url}> {{ ?a ?b ?c }} }}")
    assert len(sentinel.hits) == before and len(refusals) == 1
    # a FROM is not a way to read a file either
    (tmp_path / "secret.ttl").write_text("<urn:a> <urn:b> 'secret' .\n")
    query = f"SELECT ?o FROM <{(tmp_path / 'secret.ttl').as_uri()}> WHERE {{ ?s ?p ?o }}"
    with guarded_rdflib():
        assert list(Dataset().query(query)) == []
    assert [str(r[0]) for r in Dataset().query(query)] == ["secret"]  # rdflib alone reads it
