"""claimgraph's shapes indexed and compiled, kept in kg/compiled-shapes.json (issue 32:
indexing and compiling them took about 0.05 s of every cold check)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib import BNode, Graph
from rdflib.namespace import RDF, SH

from kg import vocab
from kg.check import kept
from kg.check.compile import compile_checks
from kg.check.shapes import index_shapes
from tests.check.test_startup import _probe


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch):
    """kept() asked afresh (and forgotten again after the test)."""
    kept.kept.cache_clear()
    yield monkeypatch
    kept.kept.cache_clear()


def _kept_with() -> str:
    """The rdflib version the kept file was written with."""
    return json.loads(kept.KEPT.read_text(encoding="utf-8"))["rdflib"]


def test_the_kept_file_is_what_the_shapes_compile_to() -> None:
    text = kept.KEPT.read_text(encoding="utf-8")
    # the shapes and the code it was made of are these, whatever rdflib is installed
    assert json.loads(text)["digest"] == kept.shapes_digest(_kept_with()), \
        "run python -m kg.vocab"
    if _kept_with() != rdflib.__version__:
        pytest.skip(f"kept with rdflib {_kept_with()}, {rdflib.__version__} installed: "
                    "kg check compiles the shapes itself (python -m kg.vocab keeps them again)")
    assert text == kept.kept_text(), "run python -m kg.vocab"


def test_the_kept_index_and_checks_equal_the_compiled_ones(fresh) -> None:
    found = kept.kept()
    if _kept_with() != rdflib.__version__:
        # another rdflib may number the shapes' blank nodes otherwise: the file is not used
        assert found is None
        return
    assert found is not None
    index = index_shapes(vocab.shapes_graph())
    assert found[0] == index
    assert found[1] == compile_checks(index)
    # the same order, and every blank node a node of the shapes graph
    assert list(found[0].kind_of_shape) == list(index.kind_of_shape)
    nodes = {n for t in vocab.shapes_graph() for n in t if isinstance(n, BNode)}
    assert {c.shape for c in found[1] if isinstance(c.shape, BNode)} <= nodes
    assert {c.node for c in found[0].constraints if isinstance(c.node, BNode)} <= nodes


def test_another_shape_or_code_leaves_the_kept_file_unused(fresh, tmp_path: Path) -> None:
    forged = json.loads(kept.KEPT.read_text(encoding="utf-8"))
    forged["digest"] = "0" * 64
    path = tmp_path / "compiled-shapes.json"
    path.write_text(json.dumps(forged), encoding="utf-8")
    fresh.setattr(kept, "KEPT", path)
    assert kept.kept() is None
    kept.kept.cache_clear()
    fresh.setattr(kept, "KEPT", tmp_path / "missing.json")
    assert kept.kept() is None
    kept.kept.cache_clear()
    fresh.setattr(kept, "KEPT", tmp_path / "other.json")
    fresh.setattr(kept, "SOURCES", (*kept.SOURCES, "check/run.py"))
    shutil.copy(Path(kept.__file__).parent.parent / "compiled-shapes.json",
                tmp_path / "other.json")
    assert kept.kept() is None  # the digest of other code


def test_a_parse_labels_blank_nodes_alike_in_rdflibs_order(tmp_path: Path) -> None:
    """Two parses give the same labels; within a file they sort as rdflib's own labels do
    (the parser's numbers), and two files' labels differ."""
    paths = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.ttl"
        path.write_text("@prefix ex: <http://example.org/> .\n" + "".join(
            f"ex:s{n} ex:p [ ex:q {n} ; ex:r ( {n} {n + 1} ) ] .\n" for n in range(12)),
            encoding="utf-8")
        paths.append(path)
    first, second = vocab._parse_all(paths), vocab._parse_all(paths)
    assert set(first) == set(second)
    plain = Graph().parse(paths[0], format="turtle")

    def numbers(labels):
        return [re.search(r"b(\d+)$", str(b)).group(1) for b in sorted(labels, key=str)]

    ours = {b for b in first.subjects() if isinstance(b, BNode)}
    theirs = {b for b in plain.subjects() if isinstance(b, BNode)}
    tags = {str(b)[:13] for b in ours}
    assert len(tags) == 2
    assert numbers(b for b in ours if str(b).startswith(sorted(tags)[0])) == \
        numbers(theirs) or numbers(b for b in ours if str(b).startswith(sorted(tags)[1])) \
        == numbers(theirs)


def test_checking_the_paper_compiles_no_shape(tmp_path: Path) -> None:
    proc = _probe(tmp_path,
                  "import os, sys\n"
                  "import kg.check.compile as compile\n"
                  "real = compile.compile_checks\n"
                  "def probe(index):\n"
                  "    os.write(2, b'compiled\\n')\n"
                  "    return real(index)\n"
                  "compile.compile_checks = probe\n")
    # with another rdflib than the kept file's, the shapes are compiled afresh
    assert ("compiled" in proc.stderr.splitlines()) == (_kept_with() != rdflib.__version__)


def test_the_kept_targets_and_relation_roles_are_the_shapes_graphs(fresh) -> None:
    """What else a check reads of the shapes is kept with the checks: each check's root
    shape's target pattern (a diagnosis's what-ifs) and each relation kind's roles (what
    the build lets a relation carry), equal to what the shapes graph gives."""
    from kg import kinds
    from kg.check.compile import target_pattern

    found = kept.kept()
    if _kept_with() != rdflib.__version__:
        assert found is None
        return
    assert found is not None
    shapes = vocab.shapes_graph()
    assert found[2]["targets"] == {c.root: target_pattern(shapes, c.root) for c in found[1]}
    assert found[2]["relation_roles"] == kinds.shape_roles(shapes)
    from_kept = kinds.relation_kinds()
    kinds.relation_kinds.cache_clear()
    try:
        fresh.setattr(kept, "kept", lambda: None)
        assert kinds.relation_kinds() == from_kept
        assert list(kinds.relation_kinds()) == list(from_kept)
    finally:
        fresh.undo()
        kinds.relation_kinds.cache_clear()


def test_checking_the_paper_makes_no_shapes_graph(tmp_path: Path) -> None:
    """The paper's check reads nothing of the shapes graph that is not kept (its results
    are claimgraph's SPARQL constraints', which need none): the graph is not made."""
    proc = _probe(tmp_path,
                  "import os, sys\n"
                  "import kg.vocab as vocab\n"
                  "real = vocab.shapes_graph\n"
                  "vocab.shapes_graph = lambda: os.write(2, b'made\\n') and real()\n")
    assert ("made" in proc.stderr.splitlines()) == (_kept_with() != rdflib.__version__)


# --- the shapes graph itself, kept in kg/shapes-graph.json ---------------------------------


def _triples(graph: Graph, pattern=(None, None, None)) -> list[tuple[str, ...]]:
    """The triples as the graph gives them, in its order, each term as written (N3)."""
    return [tuple(t.n3() for t in triple) for triple in graph.triples(pattern)]


def test_the_kept_graph_file_is_what_the_shapes_parse_to() -> None:
    text = kept.KEPT_GRAPH.read_text(encoding="utf-8")
    assert json.loads(text)["digest"] == kept.shapes_digest(_kept_with()), \
        "run python -m kg.vocab"
    if _kept_with() != rdflib.__version__:
        pytest.skip(f"kept with rdflib {_kept_with()}, {rdflib.__version__} installed")
    assert text == kept.kept_graph_text(), "run python -m kg.vocab"


def test_the_kept_graph_is_the_parsed_graph_in_its_order() -> None:
    """The same prefixes, terms and triples, and every lookup in the same order (the kept
    triples are added in the order the parser added them)."""
    made = kept.kept_shapes_graph()
    if _kept_with() != rdflib.__version__:
        assert made is None
        return
    assert made is not None
    parsed, added = kept.parsed_shapes_graph()
    assert len(added) >= len(parsed) > 0
    assert list(made.namespaces()) == list(parsed.namespaces())
    assert _triples(made) == _triples(parsed)
    for pattern in [(None, RDF.type, None), (None, SH.path, None), (None, None, SH.NodeShape),
                    (None, SH.severity, None)]:
        assert _triples(made, pattern) == _triples(parsed, pattern)
    subject = next(iter(parsed.subjects(RDF.type, SH.NodeShape)))
    assert _triples(made, (subject, None, None)) == _triples(parsed, (subject, None, None))
    assert vocab.shapes_graph.__wrapped__() is not None


def test_another_shape_or_code_leaves_the_kept_graph_unused(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    forged = json.loads(kept.KEPT_GRAPH.read_text(encoding="utf-8"))
    forged["digest"] = "0" * 64
    path = tmp_path / "shapes-graph.json"
    path.write_text(json.dumps(forged), encoding="utf-8")
    monkeypatch.setattr(kept, "KEPT_GRAPH", path)
    assert kept.kept_shapes_graph() is None
    monkeypatch.setattr(kept, "KEPT_GRAPH", tmp_path / "missing.json")
    assert kept.kept_shapes_graph() is None
    # and the shapes are parsed instead
    assert _triples(vocab.shapes_graph.__wrapped__()) == \
        _triples(kept.parsed_shapes_graph()[0])
