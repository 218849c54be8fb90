from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="module", autouse=True)
def app_cache_dir(tmp_path_factory):
    """The app keeps kg check's cache and its SPARQL store: in a folder of the run's,
    never in the working tree; for this folder's modules only (a session-wide one moved
    the cache of every later test's kg check)."""
    folder = tmp_path_factory.mktemp("kg-cache")
    before = os.environ.get("KG_CACHE_DIR")
    os.environ["KG_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        del os.environ["KG_CACHE_DIR"]
    else:
        os.environ["KG_CACHE_DIR"] = before
