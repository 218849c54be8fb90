"""The ontology's Turtle files are read by Oxigraph's parser into the rdflib graph rdflib's
own parser made (issue 32: rdflib's parser took 0.05 s of a cold check for the shapes)."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal
from rdflib.compare import isomorphic

from kg import vocab


def _by_rdflib(paths) -> Graph:
    graph = vocab.bind_prefixes(Graph(bind_namespaces="none"))
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


@pytest.mark.parametrize("which", ["shapes", "vocabulary", "everything"])
def test_the_files_give_the_graph_rdflibs_parser_gives(which: str) -> None:
    paths = {"shapes": sorted(vocab.shapes_dir().glob("*.ttl")),
             "vocabulary": vocab._vocabulary_files(),
             "everything": sorted(vocab.ontology_dir().rglob("*.ttl"))}[which]
    ours, theirs = vocab._parse_all(paths), _by_rdflib(paths)
    assert len(ours) == len(theirs)
    assert isomorphic(ours, theirs)
    # the literals to the letter: lexical form, datatype, language, well-formedness
    def literals(g: Graph):
        return sorted((str(o), str(o.datatype), str(o.language), o.ill_typed)
                      for o in g.objects() if isinstance(o, Literal))
    assert literals(ours) == literals(theirs)
    assert sorted(ours.namespaces()) == sorted(theirs.namespaces())


def test_blank_nodes_of_two_files_stay_apart(tmp_path) -> None:
    """A blank node label names a node of its own file only (as in rdflib's parser)."""
    for n in (1, 2):
        (tmp_path / f"{n}.ttl").write_text(
            f'@prefix ex: <http://example.org/> .\n_:a ex:p "{n}" . ex:s ex:q [ ex:r {n} ] .\n',
            encoding="utf-8")
    paths = sorted(tmp_path.glob("*.ttl"))
    ours = vocab._parse_all(paths)
    assert isomorphic(ours, _by_rdflib(paths))
    assert len({s for s in ours.subjects() if isinstance(s, BNode)}) == 4


def test_the_shapes_are_parsed_without_rdflibs_turtle_parser(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("rdflib's parser was asked")
    monkeypatch.setattr(Graph, "parse", refuse)
    assert len(vocab._parse_all(sorted(vocab.shapes_dir().glob("*.ttl")))) > 0
