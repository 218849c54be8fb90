"""The fast engine runs no check of a shape that has no focus node in the store (issue 32):
SHACL reports nothing of such a shape, and each compiled query joins its root shape's
target pattern in front, so leaving the query out changes no result."""

from __future__ import annotations

import pytest

from kg.build import build_corpus
from kg.check import oxigraph
from kg.check.compile import compiled_checks


@pytest.fixture(scope="module")
def paper_graph():
    return build_corpus().documents[0].graph


def _spied(monkeypatch) -> list:
    seen: list = []
    real = oxigraph.run_checks

    def spy(store, checks, *args, **kwargs):
        checks = list(checks)
        seen.append((store, checks))
        return real(store, checks, *args, **kwargs)

    monkeypatch.setattr(oxigraph, "run_checks", spy)
    return seen


def test_checks_of_shapes_without_focus_nodes_are_left_out(paper_graph, monkeypatch) -> None:
    seen = _spied(monkeypatch)
    oxigraph.validate_graphs([paper_graph])
    store, run = seen[0]
    every = compiled_checks()
    assert 0 < len(run) < len(every)
    for check in every:
        pattern = oxigraph._target_of(check.root)
        has_focus = pattern is None or bool(store.query(f"ASK {{ {pattern} }}"))
        assert (check in run) == has_focus, check.shape


def test_leaving_them_out_changes_no_result(paper_graph, monkeypatch) -> None:
    seen = _spied(monkeypatch)
    results, explained = oxigraph.validate_graphs([paper_graph])
    store, _ = seen[0]
    every_results, every_explained = oxigraph.run_checks(
        store, compiled_checks(), oxigraph._WithVocabulary([paper_graph]), oxigraph._Shapes())
    assert results == every_results
    assert explained == every_explained


def test_a_document_without_figures_runs_fewer_checks(monkeypatch) -> None:
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDFS

    seen = _spied(monkeypatch)
    lone = Graph()
    lone.add((URIRef("urn:example:thing"), RDFS.label, URIRef("urn:example:name")))
    oxigraph.validate_graphs([lone])
    _, run = seen[0]
    seen.clear()
    oxigraph.validate_graphs([build_corpus().documents[0].graph])
    _, paper_run = seen[0]
    assert len(run) < len(paper_run)
