"""A read takes the table reader's unit symbols of the kept vocabulary readings: it parses
no vocabulary file for them (parsing ontology/*.ttl cost every `kg read` 0.1 s)."""

import pytest

from kg import vocab
from kg.read import tables


@pytest.fixture
def no_vocabulary_parse(monkeypatch):
    def refuse():
        raise AssertionError("the vocabulary graph was parsed")

    monkeypatch.setattr(vocab, "vocabulary_graph", refuse)
    tables.unit_symbols.cache_clear()
    yield
    tables.unit_symbols.cache_clear()


def test_unit_symbols_come_from_the_kept_readings(no_vocabulary_parse) -> None:
    symbols = tables.unit_symbols()
    assert symbols["ha"] == "HECTARE"
    assert symbols["km²"] == "KM2"
    assert "m" not in symbols  # a head's "(m)" is millions


def test_kept_unit_symbols_are_the_graphs() -> None:
    assert vocab.kept_readings() is not None
    assert vocab.unit_symbols() == vocab.unit_symbols_in(vocab.vocabulary(),
                                                         vocab.vocabulary_graph())
