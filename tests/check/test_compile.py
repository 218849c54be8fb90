"""The shapes compiler: SHACL paths and targets as SPARQL, and what it refuses."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.check.compile import (
    CompileError,
    _Compiler,
    compiled_checks,
    path_expression,
    target_pattern,
)

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


def test_an_unknown_component_is_refused_not_skipped(shapes: Graph) -> None:
    with pytest.raises(CompileError, match="sh:minCont"):
        _Compiler(shapes).violations(URIRef("https://example.org/Typo"), "?this")


def test_every_shape_of_the_project_compiles() -> None:
    kinds = {c.component for c in compiled_checks()}
    assert {"MinCount", "MaxCount", "Class", "Datatype", "In", "HasValue", "Or", "Node",
            "MinInclusive", "SPARQL"} <= kinds  # qualified counts sit inside sh:node
