"""The fast engine and pySHACL give exactly the same results: a differential test.

Run on the paper, on the paper with its structure broken in every way the shapes'
Core constraints can see, and on generated documents covering every relation kind
and every planted error.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.build import BuiltDocument, build_corpus
from kg.check import check_corpus
from kg.check.run import validate
from kg.namespaces import CG, OA, QUDT, SCHEMA
from kg.report.json_report import to_json
from kg.synth import make_document, write_document
from kg.vocab import vocabulary_graph
from tests.conftest import PAPER_DIR


def results_of_both(doc: BuiltDocument) -> tuple[list, list]:
    return validate([doc], "oxigraph")[0], validate([doc], "pyshacl")[0]


def comparable(results) -> Counter:
    return Counter((r.focus, r.severity, r.kind, r.shape, r.constraint, _rdf11(r.value))
                   for r in results)


def _rdf11(term):
    """RDF 1.1: "5" and "5"^^xsd:string are one term (rdflib keeps them apart)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def test_paper_reports_are_identical() -> None:
    result = build_corpus(PAPER_DIR)
    fast = check_corpus(result, engine="oxigraph")
    reference = check_corpus(result, engine="pyshacl")
    assert to_json(fast) == to_json(reference)
    assert fast.count("violation") == 2


def _break_structure(paper: Graph) -> Graph:
    """The paper with one structural fault per kind of Core constraint, each on its own node."""
    g = Graph()
    g += paper
    figures = sorted(g.subjects(RDF.type, CG.Figure), key=str)
    claims = sorted(g.subjects(RDF.type, CG.Claim), key=str)
    relations = sorted(g.subjects(RDF.type, CG.PercentChangeRelation), key=str)
    positions = sorted(g.subjects(RDF.type, OA.TextPositionSelector), key=str)
    anchors = sorted(g.subjects(RDF.type, OA.SpecificResource), key=str)
    g.remove((figures[0], QUDT.numericValue, None))                           # minCount
    g.add((figures[1], QUDT.unit, URIRef("http://qudt.org/vocab/unit/CCY_EUR")))  # maxCount
    g.set((figures[2], CG.lowerBound, Literal("1", datatype=XSD.string)))     # datatype
    g.set((figures[3], QUDT.unit, URIRef("https://example.org/not-a-unit")))  # class
    for p in (CG.decimals, CG.relativeTolerance, CG.rangeTo):                 # node-level or
        g.remove((figures[4], p, None))
    g.set((figures[5], CG.claim, figures[6]))                                 # class on a claim
    g.set((relations[0], CG.direction, CG.Sideways))                          # in
    # minInclusive, on a selector no quote uses: for a negative offset rdflib's SUBSTR
    # slices from the end, unlike XPath's fn:substring (so the provenance messages differ)
    loose = URIRef("https://example.org/loose-selector")
    g.add((loose, RDF.type, OA.TextPositionSelector))
    g.add((loose, OA.start, Literal(-3)))
    g.add((loose, OA.end, Literal(5)))
    # or of datatypes (a string: rdflib's SUBSTR raises a TypeError on a decimal offset)
    g.set((positions[1], OA.end, Literal("5", datatype=XSD.string)))
    g.remove((anchors[0], RDF.type, None))                                    # node (class)
    g.add((anchors[1], OA.hasSelector, BNode("extra")))                       # qualified counts
    g.add((BNode("extra"), RDF.type, OA.TextQuoteSelector))
    g.remove((claims[0], SCHEMA.appearance, None))                            # minCount, claim
    g.add((URIRef("https://example.org/entity/nameless"), RDFS.comment, Literal("x")))
    g.add((figures[7], SCHEMA.about, URIRef("https://example.org/entity/nameless")))  # warning
    g.set((relations[0], CG.change, figures[0]))  # path (cg:change qudt:unit) hasValue
    return g


def test_every_core_component_gives_the_same_results(paper) -> None:
    broken = replace(paper, graph=_break_structure(paper.graph))
    fast, reference = results_of_both(broken)
    assert comparable(fast) == comparable(reference)
    assert {r.message for r in fast} == {r.message for r in reference}
    components = {str(r.shape) for r in fast if r.kind == "structure"}
    assert len(components) >= 12, components  # the faults above were all seen
    assert {r.severity for r in fast} >= {"violation", "warning"}


#: generated documents in groups, each a corpus of its own, so that parallel test workers
#: share the slow reference engine's work: every planted pattern on the older kinds
#: (0-11), and the ones planted on a part of a period past the whole (13), averages (15),
#: shares of one whole (16), shares (17), multiples (18) and compound growth (27)
SYNTH_GROUPS = {"older kinds 0-3": (0, 1, 2, 3), "older kinds 4-7": (4, 5, 6, 7),
                "older kinds 8-11": (8, 9, 10, 11), "newer kinds a": (13, 15, 16),
                "newer kinds b": (17, 18, 27)}


def test_the_groups_plant_every_pattern() -> None:
    checks = {p.check for indexes in SYNTH_GROUPS.values() for i in indexes
              for p in make_document(i, seed=5).planted}
    assert {"average", "share", "multiple", "growth", "whole", "containment"} <= checks


@pytest.mark.parametrize("group", SYNTH_GROUPS)
def test_generated_corpus_reports_are_identical(tmp_path: Path, group: str) -> None:
    planted = []
    for index in SYNTH_GROUPS[group]:
        doc = make_document(index, seed=5)
        write_document(tmp_path / doc.doc_id, doc)
        planted += [vars(p) for p in doc.planted]
    result = build_corpus(tmp_path)
    assert not result.problems
    fast = to_json(check_corpus(result, engine="oxigraph"))
    reference = to_json(check_corpus(result, engine="pyshacl"))
    assert fast == reference
    found = {f["relation"] for f in json.loads(fast)["findings"] if f["severity"] == "violation"}
    assert found == {p["relation"] for p in planted}


def test_long_quotients_are_written_alike_by_both_engines() -> None:
    # rdflib divides to 28 digits, Oxigraph to 18: a message shows six significant digits
    from kg.check.shapes import render_message
    rdflib_row = {"x": Literal("6701.492537313432835820895522", datatype=XSD.decimal)}
    oxigraph_row = {"x": Literal("6701.4925373134328358", datatype=XSD.decimal)}
    assert render_message("{?x}", rdflib_row) == render_message("{?x}", oxigraph_row) == "6701.49"
    assert render_message("{?x}", {"x": Literal(Decimal("3210000000.0"))}) == "3210000000"


def test_findings_name_a_stable_shape(paper) -> None:
    # regression: a property shape is a blank node whose label changed from run to run,
    # so reports of the same input differed; findings now name the shape it belongs to
    from kg.build import BuildResult
    from kg.check.run import assemble
    broken = replace(paper, graph=_break_structure(paper.graph))
    results, explained = validate([broken], "oxigraph")
    report = assemble(BuildResult([broken], [], []), broken.graph, results, explained)
    shapes = {f.shape for f in report.findings if f.check == "structure" and f.shape}
    assert shapes and all(s.startswith("https://w3id.org/claimgraph/ns#") for s in shapes)
    assert "https://w3id.org/claimgraph/ns#FigureShape" in shapes


def test_reference_data_reports_are_identical(make_doc) -> None:
    """Figures checked against the World Bank's series, passing and failing, in each series."""
    text = ("In 2014 the country had 318.9 million residents (or 280 million), a GDP of 10.5 "
            "trillion US dollars (or 12.5 trillion US dollars) and inflation of 2.0 percent "
            "(or 2.5 percent).")
    figures = [("pop", "318.9 million", "318900000", "unit:NUM", "cg:Population"),
               ("pop-low", "280 million", "280000000", "unit:NUM", "cg:Population"),
               ("gdp", "10.5 trillion US dollars", "10500000000000", "unit:CCY_USD",
                "cg:GrossDomesticProduct"),
               ("gdp-high", "12.5 trillion US dollars", "12500000000000", "unit:CCY_USD",
                "cg:GrossDomesticProduct"),
               ("cpi", "2.0 percent", "2.0", "unit:PERCENT", "cg:InflationRate"),
               ("cpi-high", "2.5 percent", "2.5", "unit:PERCENT", "cg:InflationRate")]
    # the United States' population, China's GDP and inflation (two countries, one text)
    claims = (f':c a cg:Claim ; cg:quote """{text}""" .\n'
              "ent:us schema:sameAs <http://www.wikidata.org/entity/Q30> .\n"
              "ent:cn schema:sameAs <http://publications.europa.eu/resource/authority/country/"
              "CHN> .\n"
              + "".join(f':{n} a cg:Figure ; cg:claim :c ; cg:quote "{q}" ; '
                        f"qudt:numericValue {v} ; qudt:unit {u} ; cg:measures {m} ; "
                        f"schema:about {'ent:us' if n.startswith('pop') else 'ent:cn'} ; "
                        'dcterms:temporal "2014"^^xsd:gYear .\n'
                        for n, q, v, u, m in figures))
    result = build_corpus(make_doc("t", text=text, claims=claims))
    fast, reference = (check_corpus(result, engine=e) for e in ("oxigraph", "pyshacl"))
    checked = sorted((f.focus.rsplit("/", 1)[-1], f.severity) for f in fast.findings
                     if f.check == "reference")
    assert checked == [("cpi", "pass"), ("cpi-high", "warning"), ("gdp", "pass"),
                       ("gdp-high", "warning"), ("pop", "pass"), ("pop-low", "warning")]
    assert to_json(fast) == to_json(reference)


def test_pyshacl_parses_each_constraint_once_and_finds_the_same(paper, monkeypatch) -> None:
    """pySHACL hands rdflib a SPARQL constraint's text once a focus node, and rdflib parsed
    it each time (four fifths of pySHACL's time, benchmarks/pyshacl_parse.py); the engine
    now parses each text once, with the same results as parsing it every time."""
    import rdflib.plugins.sparql.parser as parser
    import rdflib.plugins.sparql.processor as processor

    from kg.check import engine
    from kg.vocab import vocabulary_graph
    parsed: list[str] = []
    real = parser.parseQuery

    def counting(text):
        parsed.append(str(text))
        return real(text)

    monkeypatch.setattr(processor, "parseQuery", counting)
    data = Graph(bind_namespaces="none")
    data += vocabulary_graph()
    data += paper.graph
    engine.prepared_query.cache_clear()
    every_time = engine.validate(data, parse_once=False)
    texts, calls = len(set(parsed)), len(parsed)
    parsed.clear()
    once = engine.validate(data)
    assert calls > 5 * texts  # a text for each focus node
    assert len(parsed) == len(set(parsed)) <= texts
    assert once == every_time and any(r.severity == "violation" for r in once)


def test_a_gap_in_points_between_percentages_is_checked_alike(make_doc) -> None:
    """The difference shape's one mixed unit (percent ends, a gap in points), passing and failing."""
    text = ("Phones 62%, laptops 48%: a gap of 14 percentage points; tablets 31%, 13 percentage "
            "points below laptops.")
    figures = [("p", "62%", "62", "unit:PERCENT"), ("l", "48%", "48", "unit:PERCENT"),
               ("g", "14 percentage points", "14", "cg:PercentagePoint"), ("tab", "31%", "31", "unit:PERCENT"),
               ("h", "13 percentage points", "13", "cg:PercentagePoint")]
    claims = (f':c a cg:Claim ; cg:quote """{text}""" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" .\n'
              + "".join(f':{n} a cg:Figure ; cg:claim :c ; cg:quote "{q}" ; '
                        f"qudt:numericValue {v} ; qudt:unit {u} ; schema:about ent:x .\n"
                        for n, q, v, u in figures)
              + "".join(f':{r} a cg:DifferenceRelation ; cg:claim :c ; cg:basis cg:Stated ; '
                        f'rdfs:label "{r}" ; cg:minuend :{m} ; cg:subtrahend :{s} ; '
                        f"cg:difference :{d} .\n"
                        for r, m, s, d in (("r1", "p", "l", "g"), ("r2", "l", "tab", "h"))))
    result = build_corpus(make_doc("t", text=text, claims=claims))
    assert not result.problems, [str(p) for p in result.problems]
    fast, reference = (check_corpus(result, engine=e) for e in ("oxigraph", "pyshacl"))
    checked = sorted((f.focus.rsplit("/", 1)[-1], f.severity) for f in fast.findings
                     if f.check == "difference")
    assert checked == [("r1", "pass"), ("r2", "violation")]
    assert to_json(fast) == to_json(reference)


def test_one_documents_graph_is_validated_and_explained(paper, monkeypatch) -> None:
    """A document checked alone has its graph built once, for the validation and the explain
    queries (pySHACL validates in place, adding nothing: the reports above stay identical);
    documents checked together are explained one by one, each in a graph of its own."""
    from kg.check import engine
    validated: list[Graph] = []
    explained: list[tuple[Graph, int]] = []
    monkeypatch.setattr(engine, "validate", lambda data: validated.append(data) or [])
    monkeypatch.setattr(engine, "explain", lambda data: explained.append((data, len(data))) or {})
    validate([paper], "pyshacl")
    assert len(explained) == 1 and explained[0][0] is validated[0]
    validated.clear()
    explained.clear()
    validate([paper, replace(paper, graph=Graph())], "pyshacl")
    sizes = [size for _, size in explained]
    assert len(validated[0]) == sizes[0] > sizes[1] == len(vocabulary_graph()) > 0
