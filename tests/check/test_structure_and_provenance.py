"""Structure (SHACL Core and unit compatibility) and provenance checks."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.build import build_corpus
from kg.check import check_corpus
from kg.namespaces import OA
from tests.check.conftest import fig, finding, rel


def test_incompatible_units_are_a_structure_violation_not_a_crash(check) -> None:
    report = check("Shops sold 2.1 million yuan, online 3.2 million US dollars, "
                   "in all 5.3 million US dollars.",
                   fig("a", "2.1 million yuan", "2100000", "unit:CCY_CNY"),
                   fig("b", "3.2 million US dollars", "3200000", "unit:CCY_USD"),
                   fig("t", "5.3 million US dollars", "5300000", "unit:CCY_USD"),
                   rel("r", "SumRelation", "cg:total :t ; cg:part :a, :b"))
    findings = [f for f in report.findings if (f.focus or "").endswith("/r")]
    assert [(f.severity, f.check) for f in findings] == [("violation", "structure")] * 2
    assert all("incompatible units" in f.message for f in findings)
    assert report.relations["https://example.org/doc/t/r"] == "violation"


def test_sum_with_one_part_is_a_structure_violation(check) -> None:
    report = check("Shops sold 2.1 million in all.", fig("a", "2.1 million", "2100000"),
                   rel("r", "SumRelation", "cg:total :a ; cg:part :a"))
    f = finding(report, "r")
    assert (f.severity, f.check, f.message) == ("violation", "structure",
                                                "A sum has at least two parts.")


def test_unlabelled_entity_is_a_warning(make_doc) -> None:
    text = "Shops sold 2.1 million."
    claims = (f':c a cg:Claim ; cg:quote "{text}" ; schema:about ent:nameless .\n'
              + fig("a", "2.1 million", "2100000").replace("ent:x", "ent:nameless"))
    report = check_corpus(build_corpus(make_doc("t", text=text, claims=claims)))
    [f] = [f for f in report.findings if f.severity != "pass"]
    assert (f.severity, f.check) == ("warning", "structure")
    assert "rdfs:label" in f.message
    assert report.exit_code() == 0 and report.exit_code("warning") == 1


def test_figure_without_measure_is_a_structure_violation(check) -> None:
    report = check("Shops sold 2.1 million.",
                   fig("a", "2.1 million", "2100000").replace(" ; cg:measures cg:SalesVolume", ""))
    f = finding(report, "a")
    assert (f.severity, f.check) == ("violation", "structure")
    assert f.message == "A figure says what it measures (cg:measures)."
    assert f.quotes[0].text == "2.1 million"


def test_quote_moved_from_its_offsets_is_a_provenance_violation(make_doc) -> None:
    text = "Shops sold 2.1 million."
    root = make_doc("t", text=text, claims=f':c a cg:Claim ; cg:quote "{text}" .\n'
                                           'ent:x rdfs:label "X" .\n' + fig("a", "2.1 million",
                                                                             "2100000"))
    result = build_corpus(root)
    doc = result.documents[0]
    position = URIRef("https://example.org/doc/t/a/anchor/position")
    doc.graph.set((position, OA.start, Literal(12, datatype=XSD.nonNegativeInteger)))
    report = check_corpus(result)
    [f] = [f for f in report.findings if f.check == "provenance"]
    assert f.severity == "violation"
    # a person reads the figure's id, not its IRI (issue 15)
    assert f.message == ('The quote of a is not at its offsets: characters 12 to 22 of the '
                         'source read ".1 million", not "2.1 million".')


def test_unparseable_claims_file_is_a_finding_and_others_still_checked(make_doc, tmp_path) -> None:
    make_doc("bad", text="x", claims=':c a cg:Claim ; cg:quote "unterminated .\n')
    text = "Shops sold 2.1 million."
    root = make_doc("good", text=text, claims=f':c a cg:Claim ; cg:quote "{text}" .\n'
                                              'ent:x rdfs:label "X" .\n'
                                              + fig("a", "2.1 million", "2100000"))
    report = check_corpus(build_corpus(root))
    bad = [f for f in report.findings if f.document == "bad"]
    assert [(f.severity, f.check) for f in bad] == [("violation", "structure")]
    assert "claims.ttl:11: Turtle syntax error" in bad[0].message
    assert {f.check for f in report.findings if f.document == "good"} == {"structure",
                                                                          "provenance"}
    assert report.exit_code() == 2
