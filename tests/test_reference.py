"""The encoding reference (docs/reference.md) is generated from the vocabulary, the shapes and
the worked examples, and is up to date; every worked example builds and passes kg check."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg.build import build_corpus
from kg.check import check_corpus
from kg.kinds import curie, relation_kinds
from kg.namespaces import CG
from kg.reference import EXAMPLES, OUTPUT, WRITTEN, main, render
from kg.vocab import vocabulary_graph


@pytest.fixture(scope="module")
def text() -> str:
    return render()


def test_the_committed_reference_is_up_to_date(text: str) -> None:
    assert OUTPUT.read_text(encoding="utf-8") == text, \
        "docs/reference.md is out of date: run python -m kg.reference"


def test_check_mode_says_when_it_is_out_of_date(tmp_path, monkeypatch, capsys) -> None:
    import kg.reference as reference
    stale = tmp_path / "reference.md"
    stale.write_text("# old\n", encoding="utf-8")
    monkeypatch.setattr(reference, "OUTPUT", stale)
    monkeypatch.setattr(reference, "ROOT", tmp_path)
    assert main(["--check"]) == 1
    assert "reference.md is out of date" in capsys.readouterr().err


def test_every_class_and_property_is_listed_with_an_example(text: str) -> None:
    vocab = vocabulary_graph()
    terms = {s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
             for s in vocab.subjects(RDF.type, t)
             if isinstance(s, URIRef) and str(s).startswith(str(CG))}
    rows = {line.split("|")[1].strip().split(" ")[0].strip("`"): line
            for line in text.splitlines() if line.startswith("| `cg:")}
    for term in terms:
        row = rows[curie(term)]
        example = row.rstrip(" |").rsplit("|", 1)[-1].strip()
        assert example.startswith("`") and curie(term) in example, row


def test_every_kind_has_its_properties_and_worked_example(text: str) -> None:
    for kind in relation_kinds().values():
        section = text.split(f": `{curie(kind.iri)}`\n", 1)[1].split("\n### ", 1)[0]
        for prop in kind.required:
            assert f"| `{curie(prop)}` | required |" in section
        assert "```turtle" in section and f"a {curie(kind.iri)} ;" in section


def test_the_written_examples_are_turtle() -> None:
    from kg.authoring.new import PREFIXES
    for term, line in WRITTEN.items():
        Graph().parse(data=PREFIXES.format(doc_id="t") + line.replace("…", ""),
                      format="turtle")


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_every_worked_example_builds_and_passes(engine: str) -> None:
    result = build_corpus(EXAMPLES)
    assert not result.problems, [str(p) for p in result.problems]
    assert len(result.documents) == len(relation_kinds())
    report = check_corpus(result, engine=engine)
    assert [f.message for f in report.findings if f.severity != "pass"] == []
    checked = {f.check for f in report.findings}
    assert {"structure", "provenance"} < checked and len(checked) >= 14


def test_every_cg_term_the_bundled_documents_use_is_in_the_reference(text: str) -> None:
    from tests.conftest import BUNDLED_DIR
    used: set[str] = set()
    for ttl in BUNDLED_DIR.glob("*/*.ttl"):
        for s, p, o in Graph().parse(ttl, format="turtle"):
            used |= {curie(t) for t in (p, o)
                     if isinstance(t, URIRef) and str(t).startswith(str(CG))}
    assert len(used) > 40
    assert sorted(t for t in used if f"`{t}`" not in text) == []


def test_the_checks_on_figures_quote_the_bundled_documents(text: str) -> None:
    from kg.reference import FIGURE_CHECKS
    section = text.split("## Checks on figures", 1)[1].split("\n## ", 1)[0]
    for title, _, folder, subjects in FIGURE_CHECKS:
        assert f"### {title}" in section and f"claims/{folder}" in section
        assert all(f"\n{subject} a " in section for subject in subjects)
