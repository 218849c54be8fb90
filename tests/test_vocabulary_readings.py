"""What a check reads of the vocabulary, kept in kg/vocabulary-readings.json (issue 32:
parsing ontology/*.ttl with rdflib was 0.07 to 0.15 s of a cold check of the paper)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg import vocab
from kg.check import oxigraph


@pytest.fixture
def no_kept(monkeypatch: pytest.MonkeyPatch):
    """kept_readings() asked afresh (and forgotten again after the test)."""
    vocab.kept_readings.cache_clear()
    yield monkeypatch
    vocab.kept_readings.cache_clear()


def test_the_kept_readings_are_what_the_vocabulary_gives() -> None:
    kept = json.loads(vocab.READINGS.read_text(encoding="utf-8"))
    assert kept["digest"] == vocab.vocabulary_digest(), "run python -m kg.vocab"
    assert kept == vocab.readings(), "run python -m kg.vocab"


def test_the_vocabulary_read_back_is_the_parsed_one_to_the_digit() -> None:
    kept = vocab.kept_readings()
    assert kept is not None
    parsed = vocab._read_vocabulary(vocab.vocabulary_graph())
    again = vocab._vocabulary_of(kept["vocabulary"])
    assert again == parsed
    # the same order, types and decimal exponents ("1.0" stays "1.0")
    assert vocab._vocabulary_data(again) == vocab._vocabulary_data(parsed)
    assert list(again.units.items()) == list(parsed.units.items())
    assert all(type(i) is type(j) for i, j in zip(again.units.values(), parsed.units.values()))
    assert [(h.iri, type(h.iri)) for h in again.hedges.values()] == \
        [(h.iri, type(h.iri)) for h in parsed.hedges.values()]
    assert {n: str(m) for n, (_, m) in again.scales.items()} == \
        {n: str(m) for n, (_, m) in parsed.scales.items()}


def test_the_store_gets_the_vocabulary_quads_the_graph_gives() -> None:
    kept = vocab.kept_readings()
    assert kept is not None
    read_back = list(oxigraph.ox.parse("\n".join(kept["quads"]),
                                       format=oxigraph.ox.RdfFormat.N_QUADS))
    from_graph = oxigraph.quads(vocab.vocabulary_graph())
    assert len(read_back) == len(from_graph)
    assert set(read_back) == set(from_graph)


def test_readings_of_other_vocabulary_files_are_not_used(no_kept, tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(vocab.ontology_dir(), ontology)
    assert vocab.kept_readings() is not None
    vocab.kept_readings.cache_clear()
    # other bytes (a comment added): another digest, the vocabulary parsed again
    path = ontology / "vocabulary.ttl"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    no_kept.setattr(vocab, "ontology_dir", lambda: ontology)
    assert vocab.kept_readings() is None


def test_readings_written_with_another_digest_are_not_used(no_kept, tmp_path: Path) -> None:
    forged = json.loads(vocab.READINGS.read_text(encoding="utf-8"))
    forged["digest"] = "0" * 64
    path = tmp_path / "readings.json"
    path.write_text(json.dumps(forged), encoding="utf-8")
    no_kept.setattr(vocab, "READINGS", path)
    assert vocab.kept_readings() is None
    path.write_text("{not json", encoding="utf-8")
    assert vocab.kept_readings() is None
    no_kept.setattr(vocab, "READINGS", tmp_path / "missing.json")
    assert vocab.kept_readings() is None


def test_without_readings_the_lookups_read_the_graph(no_kept, tmp_path: Path) -> None:
    from rdflib import URIRef

    from kg.namespaces import CG

    kept = vocab.kept_readings()
    assert kept is not None
    no_kept.setattr(vocab, "READINGS", tmp_path / "missing.json")
    vocab.kept_readings.cache_clear()
    vocab.additive_measures.cache_clear()
    try:
        assert sorted(vocab.additive_measures()) == sorted(URIRef(m) for m in kept["additive"])
        for cls, props in kept["domains"].items():
            assert vocab.class_properties(URIRef(cls)) == [URIRef(p) for p in props]
        assert vocab.class_properties(CG.NoSuchRelation) == []
        assert kept["additive"]  # the vocabulary does name some
    finally:
        vocab.additive_measures.cache_clear()
