"""The graphs a process keeps and shares (the shapes, the vocabulary, the ontology, the
corpus shapes) stay as they were made, whatever ran before: pySHACL adds its "system
triples" (``owl:Class rdfs:subClassOf rdfs:Class``, ...) to the shapes graph it is given,
so it is given a copy; every other change to a shared graph is refused."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.build import build_corpus
from kg.check import check_corpus
from kg.check.agreement import corpus_shapes_graph
from kg.report.json_report import to_json
from kg.vocab import (SharedGraphError, ontology_graph, own_copy, shapes_graph,
                      vocabulary_graph)
from tests.conftest import PAPER_DIR, ROOT

SHARED = {"shapes": shapes_graph, "vocabulary": vocabulary_graph, "ontology": ontology_graph,
          "corpus shapes": corpus_shapes_graph}


def _state(graph: Graph) -> tuple[frozenset, tuple]:
    return frozenset(graph), tuple(sorted((p, str(n)) for p, n in graph.namespaces()))


def _fresh_report() -> str:
    """The paper's report from ``kg check``'s code in a new process (nothing ran before)."""
    script = ("import sys\nfrom pathlib import Path\nfrom kg.build import build_corpus\n"
              "from kg.check import check_corpus\nfrom kg.report.json_report import to_json\n"
              "sys.stdout.write(to_json(check_corpus(build_corpus(Path(sys.argv[1])))))\n")
    proc = subprocess.run([sys.executable, "-c", script, str(PAPER_DIR)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    return proc.stdout


def test_a_pyshacl_check_leaves_every_shared_graph_and_the_next_report_as_they_were() -> None:
    before = {name: _state(made()) for name, made in SHARED.items()}
    result = build_corpus(PAPER_DIR)
    check_corpus(result, engine="pyshacl")
    after = {name: _state(made()) for name, made in SHARED.items()}
    for name in SHARED:
        assert after[name][0] == before[name][0], \
            f"the {name} graph changed: {sorted(after[name][0] ^ before[name][0])}"
        assert after[name][1] == before[name][1], f"the {name} graph's prefixes changed"
    assert (OWL.Class, RDFS.subClassOf, RDFS.Class) not in shapes_graph()
    assert to_json(check_corpus(result)) == _fresh_report()


def test_the_corpus_pyshacl_run_leaves_the_corpus_shapes_as_they_were() -> None:
    from kg.check import engine

    before = _state(corpus_shapes_graph())
    engine.validate(Graph(), corpus_shapes_graph())
    assert _state(corpus_shapes_graph()) == before


SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix ex: <urn:ex:> .
ex:Vessel a owl:Class, sh:NodeShape ; sh:property [ sh:path ex:tonnage ; sh:minCount 1 ] .
"""
DATA = "<urn:ex:ark> a <urn:ex:Vessel> .\n"


def test_validating_with_pyshacl_leaves_the_callers_shapes_unchanged() -> None:
    """A user's shapes (kg shacl) come back as given: before, a later run of the fast engine
    over the same graphs found what it had not found in a fresh process (pySHACL had made
    the owl:Class an rdfs:Class, so an implicit class target)."""
    from kg.check.shacl import validate

    shapes = Graph().parse(data=SHAPES, format="turtle")
    data = Graph().parse(data=DATA, format="turtle")
    as_given, first = _state(shapes), validate(data, shapes)
    validate(data, shapes, "pyshacl")
    assert _state(shapes) == as_given
    assert validate(data, shapes) == first


@pytest.mark.parametrize("name", sorted(SHARED))
def test_a_shared_graph_refuses_changes(name: str) -> None:
    graph = SHARED[name]()
    size = len(graph)
    triple = (URIRef("urn:ex:a"), RDFS.label, Literal("a"))
    some = next(iter(graph))
    with pytest.raises(SharedGraphError, match=f"the {name} graph is shared"):
        graph.add(triple)
    with pytest.raises(SharedGraphError):
        graph += Graph().parse(data="<urn:ex:a> <urn:ex:p> 1 .", format="turtle")
    with pytest.raises(SharedGraphError):
        graph.remove(some)
    with pytest.raises(SharedGraphError):
        graph.set((some[0], some[1], Literal("another")))
    with pytest.raises(SharedGraphError):
        graph.bind("exx", "urn:ex:", override=True, replace=True)
    assert len(graph) == size and some in graph and triple not in graph
    assert "exx" not in dict(graph.namespaces())
    # a bind that changes nothing (pySHACL binds sh: again as it words a message) is allowed
    for prefix, namespace in list(graph.namespaces())[:3]:
        graph.bind(prefix, namespace, override=False, replace=False)
        graph.namespace_manager.bind(prefix, namespace)


def test_own_copy_is_the_callers_to_change() -> None:
    copy = own_copy(shapes_graph())
    assert _state(copy) == _state(shapes_graph())
    # the same order of every lookup: pySHACL meets the shapes in the order it would have
    for predicate in set(shapes_graph().predicates()):
        assert list(copy.subject_objects(predicate)) == \
            list(shapes_graph().subject_objects(predicate))
    for subject in set(shapes_graph().subjects()):
        assert list(copy.predicate_objects(subject)) == \
            list(shapes_graph().predicate_objects(subject))
    copy.add((OWL.Class, RDFS.subClassOf, RDFS.Class))
    copy.remove((None, RDF.type, None))
    copy.bind("exx", "urn:ex:")
    assert (OWL.Class, RDFS.subClassOf, RDFS.Class) not in shapes_graph()
    assert len(list(shapes_graph().triples((None, RDF.type, None)))) > 0
