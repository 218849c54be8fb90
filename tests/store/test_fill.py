"""The app's store is filled from the graphs ``kg check`` kept beside its outcomes, not by
building the corpus again (issue 32), and holds exactly what a streamed build loads."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.check.graph import findings_by_document
from kg.check.pipeline import OutcomeCache, check_folder
from kg.store.corpus import fill_from_check
from kg.store.embedded import EmbeddedStore
from kg.store.state import StoreState, read_state, state_nquads
from kg.stream import stream_build
from kg.vocab import bundled_claims_dir


def canonical(store: EmbeddedStore) -> set:
    """The store's quads with blank nodes labelled from their content (each parse of a
    document labels them afresh)."""
    dataset = ox.Dataset(q for q in store.store
                         if q.graph_name != ox.NamedNode("https://w3id.org/claimgraph/state"))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return set(dataset)


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """The bundled claims checked once with a cache; the run and the cache."""
    root = tmp_path_factory.mktemp("fill")
    claims = root / "claims"
    shutil.copytree(bundled_claims_dir(), claims)
    cache = root / "cache"
    return claims, cache, check_folder(claims, cache_dir=cache)


@pytest.fixture(scope="module")
def streamed(checked, tmp_path_factory) -> set:
    """What the app loaded before: the corpus built again, graph by graph."""
    claims, _, run = checked
    store = EmbeddedStore(None)

    def load(graphs, names, documents):
        state = state_nquads(StoreState("sha256:x", True, documents)).encode()
        store.replace_graphs(graphs, names, state)

    stream_build(claims, None, "nquads", io.StringIO(),
                 findings=findings_by_document(run.report), store=load)
    return canonical(store)


def test_the_check_keeps_each_document_s_graph(checked) -> None:
    _, cache, run = checked
    assert len(run.keys) == 4
    kept = OutcomeCache(cache).graphs_of(run)
    for doc_id in run.keys:
        data = kept(doc_id)
        assert data is not None and b"<https://w3id.org/claimgraph/ns#Figure>" in data


def test_a_run_without_a_cache_keeps_no_graph() -> None:
    """Nothing would keep it: building it cost 12 ms a document for nothing."""
    run = check_folder(bundled_claims_dir(), cache_dir=None)
    assert run.keys == {} and all(o.graph is None for _, o in run.outcomes)


def test_a_store_filled_from_the_kept_graphs_holds_what_a_build_loads(checked, streamed,
                                                                      monkeypatch) -> None:
    _, cache, run = checked

    def no_build(*args, **kwargs):
        raise AssertionError("a document was built again")
    monkeypatch.setattr("kg.stream.build_part", no_build)
    store = EmbeddedStore(None)
    again = fill_from_check(store, run, OutcomeCache(cache).graphs_of(run),
                            corpus="sha256:x")
    assert again == 0
    assert len(streamed) > 3000 and canonical(store) == streamed
    state = read_state(store)
    assert state is not None and state.findings and state.documents == 4


def test_a_document_whose_kept_graph_is_damaged_is_built_again(checked, streamed,
                                                               tmp_path: Path) -> None:
    claims, cache, run = checked
    copy = tmp_path / "cache"
    shutil.copytree(cache, copy)
    damaged = sorted(copy.rglob("*.graph"))
    assert len(damaged) == 4
    damaged[0].write_bytes(damaged[0].read_bytes()[:-10])  # cut short
    damaged[1].unlink()
    store = EmbeddedStore(None)
    again = fill_from_check(store, run, OutcomeCache(copy).graphs_of(run), corpus="sha256:x")
    assert again == 2
    assert canonical(store) == streamed


def test_the_app_fills_its_store_without_building_the_corpus(checked, monkeypatch) -> None:
    from kg.app import data

    claims, cache, _ = checked
    monkeypatch.setenv("KG_CACHE_DIR", str(cache))
    corpus = data._check(claims, None)
    assert corpus.reused == corpus.documents  # checked by the fixture: read from the cache

    def no_build(*args, **kwargs):
        raise AssertionError("a document was built again")
    monkeypatch.setattr("kg.stream.build_part", no_build)
    monkeypatch.setattr("kg.stream.stream_build", no_build)
    store = corpus.store()
    result = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a cg:Figure } }")
    figures = int(json.loads(result.payload)["results"]["bindings"][0]["n"]["value"])
    assert figures == sum(s.figures for s in corpus.summaries.values())
    assert read_state(store).documents == 4
    del store.store  # the store on disk is closed before the cache folder goes
