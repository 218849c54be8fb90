"""The guard over kg shacl: whatever SHACL-SPARQL it lets through, neither engine makes an
outbound request (the counterpart of tests/sparql/test_guard_fuzz.py for kg query).

Constraints hide a SERVICE behind comments ended by every line terminator, codepoint
escapes (valid, short, long, escaped twice, in the keyword itself), strings, IRIs with
``#``, and sh:declare namespaces that try to end their PREFIX line.  Each is validated
in this process, not in the sandbox (whose missing network would hide a guard bug),
while a sentinel endpoint on loopback counts the requests that reach it.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.check.compile import CompileError
from kg.check.guarded import guarded_rdflib
from kg.namespaces import SH
from tests.sparql.conftest import Sentinel
from tests.sparql.test_guard_fuzz import ESCAPES, LINE_ENDS, UNICODE

KEYWORDS = ["SERVICE", "sErViCe", "SERVIC\\u0045", "S\\u0045RVICE", "SERVIC\\U00000045",
            "SERVIC\\\\u0045", "SERVIC\\u005Cu0045", "SERVIC\\U0045"]
PIECES = ["#", "# x", '"""', "'''", '"', "'", "<http://e/#>", "<urn:a#b>", "{", "}", ".",
          " ", "\t", "$this ?p ?o .", "FILTER(true)", "ex:p", "SILENT", *LINE_ENDS,
          *ESCAPES, *UNICODE]
ENGINES = ["oxigraph", "pyshacl", "pyshacl-runtime-guard-only"]


@pytest.fixture(scope="module")
def sentinel():
    s = Sentinel()
    yield s
    s.close()


def constraints(url: str):
    """(query text, sh:declare namespace) pairs with a SERVICE to ``url`` somewhere."""
    filler = st.lists(st.sampled_from(PIECES), max_size=6).map("".join)
    call = st.builds(lambda k, silent: f"{k} {'SILENT ' if silent else ''}<{url}> "
                     "{ ?a ?b ?c }", st.sampled_from(KEYWORDS), st.booleans())
    query = st.tuples(filler, call, filler, filler).map(
        lambda t: f"SELECT $this WHERE {{ $this ?p ?o . {t[0]}{t[1]}{t[2]}\n}}{t[3]}")
    plain = st.just("SELECT $this WHERE { $this ex:p ?o }")
    namespace = st.one_of(
        st.just("http://example.org/#"), st.just("http://example.org/#"),
        st.tuples(filler, call, filler).map(
            lambda t: f"urn:x{t[0]}> SELECT $this WHERE {{ {t[1]} }}{t[2]}"),
        filler.map(lambda f: f"urn:x{f}"))
    return st.tuples(st.one_of(query, plain), namespace)


def _graphs(text: str, namespace: str) -> tuple[Graph, Graph]:
    shapes = Graph()
    shape, constraint, ontology, decl = (URIRef("urn:S"), BNode(), URIRef("urn:Ont"),
                                         BNode())
    shapes.add((ontology, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Ontology")))
    shapes.add((ontology, SH.declare, decl))
    shapes.add((decl, SH.prefix, Literal("ex")))
    shapes.add((decl, SH.namespace, Literal(namespace, datatype=XSD.anyURI)))
    shapes.add((shape, SH.targetNode, URIRef("urn:doc")))
    shapes.add((shape, SH.sparql, constraint))
    shapes.add((constraint, SH.prefixes, ontology))
    shapes.add((constraint, SH.select, Literal(text)))
    data = Graph()
    data.add((URIRef("urn:doc"), URIRef("http://example.org/#p"), Literal("a title")))
    return data, shapes


def _validate(data: Graph, shapes: Graph, engine: str) -> None:
    """The engine's validation as kg shacl runs it, minus the sandbox."""
    if engine == "pyshacl-runtime-guard-only":
        # pySHACL's own texts, with no check by claimgraph before it: only the guard in
        # front of rdflib's SPARQL processor stands
        from kg.check.engine import validate
        with guarded_rdflib():
            validate(data, shapes)
        return
    from kg.check.shacl import validate
    validate(data, shapes, engine)


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_nothing_the_guard_accepts_makes_a_request(engine: str, data, sentinel) -> None:
    text, namespace = data.draw(constraints(sentinel.url))
    graph, shapes = _graphs(text, namespace)
    before = len(sentinel.hits)
    try:
        _validate(graph, shapes, engine)
    except CompileError:
        pass  # refused: the shape, the guard or SHACL's rules
    except Exception:  # noqa: BLE001 - pySHACL's own refusals and parse errors
        pass
    assert len(sentinel.hits) == before, \
        f"a request got through on {engine} for {text!r} with namespace {namespace!r}"
