"""The W3C SHACL test suite vendored in ``tests/check/w3c/``: its tests, read from the
manifests, and its files parsed as written."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import rdflib
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

SUITE = Path(__file__).parent / "w3c"
MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"


@cache
def read_file(path: Path) -> Graph:
    """A test file, parsed once (its blank nodes keep their identity between calls), with
    rdflib's literal normalisation off: "1"^^xsd:boolean stays as written, which
    uniqueLang-002 tells apart from true."""
    saved = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        return Graph().parse(path, format="turtle")
    finally:
        rdflib.NORMALIZE_LITERALS = saved


def suite_tests() -> list[tuple[str, Path, Node]]:
    """(name, manifest, test node) of every test the manifests include, sorted by name."""
    out = []
    todo = [SUITE / "manifest.ttl"]
    while todo:
        manifest = todo.pop()
        g = read_file(manifest)
        for include in g.objects(None, URIRef(MF + "include")):
            todo.append(Path(str(include).removeprefix("file://")))
        for entries in g.objects(None, URIRef(MF + "entries")):
            for test in Collection(g, entries):
                name = str(Path(str(test).removeprefix("file://")).relative_to(SUITE))
                out.append((name.removesuffix(".ttl"), manifest, test))
    return sorted(out)
