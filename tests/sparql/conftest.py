from __future__ import annotations

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from kg.store import open_store
from kg.store.corpus import load
from tests.conftest import PAPER_DIR


@pytest.fixture(scope="session")
def paper_store():
    """The paper with its findings in the embedded in-memory store."""
    result = build_corpus(PAPER_DIR)
    store = open_store("memory")
    load(store, result, check_corpus(result))
    return store
