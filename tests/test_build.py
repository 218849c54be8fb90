"""Building the paper: every quote anchored, every figure derived, output deterministic."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.build import build_corpus
from kg.namespaces import CG, OA, SCHEMA
from tests.conftest import PAPER_DIR, PAPER_ID, ROOT

P = f"https://w3id.org/claimgraph/doc/{PAPER_ID}/"


def node(local: str) -> URIRef:
    return URIRef(P + local)


def position(graph, subject: URIRef) -> tuple[int, int]:
    sel = URIRef(f"{subject}/anchor/position")
    return int(graph.value(sel, OA.start)), int(graph.value(sel, OA.end))


def test_paper_counts(paper) -> None:
    assert paper.count(CG.Claim) == 39
    assert paper.count(CG.Figure) == 24
    assert paper.count(CG.StatedDate) == 2
    assert dict(paper.relation_counts()) == {
        "SumRelation": 1, "DifferenceRelation": 1, "RatioRelation": 1,
        "PercentChangeRelation": 1, "ConversionRelation": 1, "ComparisonRelation": 6,
        "CalendarRelation": 2, "ComparisonReading": 1}


def test_paper_entities(paper) -> None:
    from rdflib import URIRef as U
    entities = {s for s in paper.graph.subjects(RDF.type, None)
                if str(s).startswith("https://w3id.org/claimgraph/entity/")}
    assert len(entities) == 48
    linked = set(paper.graph.subjects(U("https://schema.org/sameAs"), None))
    assert len(linked) == 15
    assert all(paper.graph.value(e, U("http://www.w3.org/2000/01/rdf-schema#label"))
               for e in entities)


def test_source_is_the_seed_byte_for_byte(paper) -> None:
    import hashlib
    data = (PAPER_DIR / PAPER_ID / "source.txt").read_bytes()
    recorded = paper.graph.value(paper.iri, SCHEMA.sha256)
    assert hashlib.sha256(data).hexdigest() == str(recorded)
    assert paper.graph.value(paper.iri, SCHEMA.text) == Literal(data.decode("utf-8"))


def test_every_anchor_points_at_its_exact_quote(paper) -> None:
    for subject in paper.anchors:
        start, end = position(paper.graph, subject)
        exact = paper.graph.value(URIRef(f"{subject}/anchor/quote"), OA.exact)
        assert paper.text[start:end] == str(exact)


def test_a_quote_across_a_blank_line_is_anchored(paper) -> None:
    start, end = position(paper.graph, node("d-black-friday-2014"))
    assert paper.text[start:end] == "November 28, 2014"
    claim_start, claim_end = position(paper.graph, node("c-bf-channels"))
    assert "\n\n" in paper.text[claim_start:claim_end]
    assert claim_start <= start < end <= claim_end


def test_figures_lie_inside_their_claims(paper) -> None:
    for figure in paper.graph.subjects(RDF.type, CG.Figure):
        claim = paper.graph.value(figure, CG.claim)
        fs, fe = position(paper.graph, figure)
        cs, ce = position(paper.graph, claim)
        assert cs <= fs < fe <= ce, figure


def test_sections_are_recorded(paper) -> None:
    assert str(paper.graph.value(node("c-bf-channels"), CG.section)) == \
        "2. Different trends in the development of China-US e-commerce industry"
    assert str(paper.graph.value(node("c-internet-scale"), CG.section)) == "Abstract"
    assert str(paper.graph.value(node("c-forbes-questions"), CG.section)) == "5. Conclusion"


@pytest.mark.parametrize("figure,decimals,low,high", [
    ("f-bf-malls", -7, "905000000", "915000000"),
    ("f-bf-total", -8, "11350000000", "11450000000"),
    ("f-us-retail-fall", 0, "10.5", "11.5"),
    ("f-amazon-growth", 1, "24.15", "24.25"),
    ("f-others-cny", -10, "9000000000", "11000000000"),  # "close to": ±10%
    ("f-smart-cities", -2, "400", None),                 # "more than": open above
    ("f-smaller-growth", -2, "250", "450"),              # a range
    ("f-quarter", None, "0.225", "0.275"),               # a fraction in words
])
def test_precision_and_interval_follow_the_written_digits(paper, figure, decimals, low, high):
    g = paper.graph
    f = node(figure)
    assert (None if g.value(f, CG.decimals) is None else int(g.value(f, CG.decimals))) == decimals
    assert D(str(g.value(f, CG.lowerBound))) == D(low)
    upper = g.value(f, CG.upperBound)
    assert (None if upper is None else D(str(upper))) == (None if high is None else D(high))


def test_hedges_are_read_from_quotes(paper) -> None:
    g = paper.graph
    assert g.value(node("f-others-cny"), CG.hedge) == CG.CloseTo
    assert g.value(node("f-smart-cities"), CG.hedge) == CG.MoreThan
    assert g.value(node("f-quarter"), CG.hedge) == CG.Only
    assert g.value(node("f-bf-malls"), CG.hedge) is None


def test_garbled_figure_records_its_reading(paper) -> None:
    g = paper.graph
    f = node("f-amazon-growth")
    assert g.value(f, URIRef("http://qudt.org/schema/qudt/numericValue")) == \
        Literal(D("24.2"), datatype=XSD.decimal)
    assert "24 2%" in str(g.value(f, CG.readingNote))


def test_each_document_is_its_own_named_graph(make_doc) -> None:
    make_doc("a", text="It cost 5 dollars.", claims=':c a cg:Claim ; cg:quote "It cost" .')
    root = make_doc("b", text="Other text.", claims=':c a cg:Claim ; cg:quote "Other" .')
    ds = build_corpus(root).dataset()
    names = sorted(str(g.identifier) for g in ds.graphs() if len(g))
    assert names == ["https://example.org/doc/a", "https://example.org/doc/b",
                     "https://w3id.org/claimgraph/ontology"]


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "ntriples"])
def test_two_builds_are_byte_identical(tmp_path: Path, fmt: str) -> None:
    outputs = []
    for i in range(2):
        out = tmp_path / f"graph{i}.{fmt}"
        # separate processes, different hash seeds: set ordering must not leak into output
        subprocess.run([sys.executable, "-m", "kg", "build", "--claims", str(PAPER_DIR),
                        "--format", fmt, "-o", str(out)], check=True, cwd=ROOT,
                       env={**_env(), "PYTHONHASHSEED": str(i + 1)}, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and len(outputs[0]) > 100_000


def test_built_trig_parses_back_to_the_same_graph(tmp_path: Path) -> None:
    from rdflib import Dataset
    from rdflib.compare import isomorphic
    result = build_corpus(PAPER_DIR)
    from kg.serialize import serialize
    text = serialize(result.dataset(), "trig")
    back = Dataset()
    back.parse(data=text, format="trig")
    doc_graph = back.graph(URIRef(f"https://w3id.org/claimgraph/doc/{PAPER_ID}"))
    assert isomorphic(doc_graph, result.documents[0].graph)


def _env() -> dict[str, str]:
    import os
    return {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
