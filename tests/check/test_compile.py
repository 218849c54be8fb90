"""The shapes compiler: SHACL paths and targets as SPARQL, and what it refuses."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.check.compile import (
    CompileError,
    _Compiler,
    compiled_checks,
    ignored_terms,
    path_expression,
    target_pattern,
)
from kg.vocab import shapes_graph

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:A ; sh:targetObjectsOf ex:p ;
    sh:property [ sh:path ( ex:a [ sh:inversePath ex:b ] ) ; sh:minCount 2 ] .
ex:Typo a sh:NodeShape ; sh:targetNode ex:n ; sh:minCont 1 .
"""


@pytest.fixture
def shapes() -> Graph:
    return Graph().parse(data=SHAPES, format="turtle")


def test_sequence_and_inverse_paths(shapes: Graph) -> None:
    [prop] = shapes.objects(predicate=SH.property)
    path = shapes.value(prop, SH.path)
    assert path_expression(shapes, path) == "(<https://example.org/a>/^(<https://example.org/b>))"


def test_targets_are_a_union_with_subclasses(shapes: Graph) -> None:
    pattern = target_pattern(shapes, URIRef("https://example.org/S"))
    assert "subClassOf>* <https://example.org/A>" in pattern
    assert "[] <https://example.org/p> ?this" in pattern and " UNION " in pattern


def test_min_count_two_needs_two_distinct_values(shapes: Graph) -> None:
    [prop] = shapes.objects(predicate=SH.property)
    [v] = _Compiler(shapes).violations(prop, "?this")
    assert v.component == "MinCount"
    # distinct RDF terms, not unequal values: "4.0" and "4" are two values of a path
    assert v.pattern.count("FILTER (!sameTerm(?_v0, ?_v1))") == 1


def test_an_unknown_term_is_no_constraint_and_is_named(shapes: Graph) -> None:
    """As other SHACL processors do (issue 34): ignored, and named for kg shacl's warning;
    the project's own shapes refuse it (test_the_project_s_shapes_refuse_an_unknown_term)."""
    typo = URIRef("https://example.org/Typo")
    assert _Compiler(shapes).violations(typo, "?this") == []
    assert (typo, URIRef(str(SH) + "minCont")) in ignored_terms(shapes)


def test_the_project_s_shapes_refuse_an_unknown_term(monkeypatch) -> None:
    import kg.check.compile as compile_
    typo = Graph()
    typo += shapes_graph()
    typo.add((URIRef("https://example.org/S"), URIRef(str(SH) + "minCont"), URIRef("urn:x")))
    monkeypatch.setattr(compile_, "shapes_graph", lambda: typo)
    with pytest.raises(CompileError, match="minCont"):  # compiled, not the kept checks
        compile_.compile_checks(compile_.shape_index())


def test_every_shape_of_the_project_compiles() -> None:
    kinds = {c.component for c in compiled_checks()}
    assert {"MinCount", "MaxCount", "Class", "Datatype", "In", "HasValue", "Or", "Node",
            "MinInclusive", "SPARQL"} <= kinds  # qualified counts sit inside sh:node



def test_the_constraint_components_are_found_once_per_compilation(monkeypatch) -> None:
    """Which nodes are SPARQL-based constraint components is a question about the shapes
    graph, asked once per compilation (issue 32: asked again for every shape, it was five
    sixths of compiling the project's shapes); the checks compiled are the same."""
    from kg.check import compile as compiler

    asked: list[object] = []
    instance_of = compiler._instance_of

    def counted(g, node, cls):
        if cls == SH.ConstraintComponent:
            asked.append(node)
        return instance_of(g, node, cls)

    monkeypatch.setattr(compiler, "_instance_of", counted)
    fresh = compiler.compile_checks(compiler.shape_index())  # compiled, not the kept checks
    assert len(asked) == len(set(asked)) > 0  # each typed node asked about once
    assert fresh == compiled_checks()

# --- regression tests: issue 16, measured on the W3C suite before the compiler covered it --

def _results(text: str) -> list:
    from kg.check.oxigraph import validate_shacl
    g = Graph().parse(data="@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                           "@prefix ex: <https://example.org/> .\n"
                           "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                           "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n" + text,
                      format="turtle")
    return validate_shacl(g, g)


def test_a_shape_that_is_a_class_targets_its_instances() -> None:
    found = _results("ex:Person a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:name ; "
                     "sh:minCount 1 ] .\nex:alice a ex:Person .\n")
    assert [str(r.focus) for r in found] == ["https://example.org/alice"]


def test_a_property_shape_inside_a_property_shape_checks_each_value() -> None:
    found = _results("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:knows ; sh:property "
                     "[ sh:path ex:name ; sh:minCount 1 ] ] .\nex:a ex:knows ex:b .\n")
    assert [str(r.focus) for r in found] == ["https://example.org/b"]


def test_a_deactivated_shape_reports_nothing() -> None:
    assert _results("ex:S sh:targetNode ex:a ; sh:deactivated true ; sh:property "
                    "[ sh:path ex:name ; sh:minCount 1 ] .\n") == []


def test_a_severity_of_ones_own_is_reported_by_its_iri() -> None:
    """It crashed with KeyError (SEVERITY[...] in compile.py)."""
    [r] = _results("ex:S sh:targetNode ex:a ; sh:severity ex:Minor ; sh:property "
                   "[ sh:path ex:name ; sh:minCount 1 ; sh:severity ex:Minor ] .\n")
    assert r.severity == "https://example.org/Minor"


def test_an_ill_formed_literal_fails_sh_datatype() -> None:
    """"aldi"^^xsd:integer passed: the store keeps the datatype of an ill-formed literal."""
    [r] = _results('ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:n ; '
                   'sh:datatype xsd:integer ] .\nex:a ex:n "aldi"^^xsd:integer, 7 .\n')
    assert str(r.value) == "aldi"


def test_values_are_reported_as_the_data_writes_them() -> None:
    """pyoxigraph answers "4"^^xsd:decimal for "4.0", xsd:integer for an xsd:byte."""
    found = _results('ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:n ; sh:in ( 1 ) ] ; '
                     'sh:property [ sh:path ex:b ; sh:datatype xsd:string ] .\n'
                     'ex:a ex:n "4.0"^^xsd:decimal ; ex:b "5"^^xsd:byte .\n')
    assert sorted((str(r.value), str(r.value.datatype).split("#")[1]) for r in found) == \
        [("4.0", "decimal"), ("5", "byte")]


def test_a_derived_datatype_the_store_rewrites_still_passes_sh_datatype() -> None:
    assert _results('ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:n ; '
                    'sh:datatype xsd:nonNegativeInteger ] .\n'
                    'ex:a ex:n "5"^^xsd:nonNegativeInteger .\n') == []


def test_sparql_constraints_run_on_any_shape_pre_bound() -> None:
    """Only shapes with a cg:checkKind had their SPARQL constraints read."""
    [r] = _results('ex:S sh:targetNode ex:a, ex:b ; sh:sparql [ sh:select """SELECT $this '
                   'WHERE { { SELECT $this WHERE { FILTER ($this = ex:a) } } }""" ; '
                   'sh:prefixes ex:decl ] .\n'
                   'ex:decl sh:declare [ sh:prefix "ex" ; sh:namespace '
                   '"https://example.org/"^^xsd:anyURI ] .\n')
    assert str(r.focus) == "https://example.org/a"


def test_a_query_the_spec_forbids_is_refused() -> None:
    from kg.check.compile import ShapeError
    with pytest.raises(ShapeError, match="VALUES"):
        _results('ex:S sh:targetNode ex:a ; sh:sparql [ sh:select """SELECT $this WHERE '
                 '{ VALUES ?x { 1 } }""" ] .\n')
