"""A quantity a document states twice (a table's cell and a sentence): checked by both
engines, written out, and solved by the diagnosis."""

from __future__ import annotations

import json

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from kg.report.json_report import to_json

TEXT = ("Retail e-commerce sales reached $298.4 billion in 2014.\n\n"
        "Table 1. Retail e-commerce sales (billions of dollars)\n"
        "| Quarter | 2013 | 2014 |\n| Q4 | 72.0 | 83.5 |\n| Year | 258.5 | {cell} |\n")


def claims(cell: str) -> str:
    return (
        'ent:us a schema:Place ; rdfs:label "United States"@en .\n'
        ":c1 a cg:Claim ; cg:quote \"Retail e-commerce sales reached $298.4 billion in 2014.\" ;"
        " schema:about ent:us .\n"
        f':c2 a cg:Claim ; cg:quote "| Year | 258.5 | {cell} |" ; schema:about ent:us .\n'
        ':text a cg:Figure ; cg:claim :c1 ; cg:quote "$298.4 billion" ; '
        "qudt:numericValue 298400000000 ; qudt:unit unit:CCY_USD ; cg:measures cg:SalesVolume ;"
        " schema:about ent:us .\n"
        f':cell a cg:Figure ; cg:claim :c2 ; cg:quote "{cell}" ; '
        f"qudt:numericValue {cell.replace('.', '')}00000000 ; cg:scale 9 ; "
        'skos:editorialNote "the table\'s caption: (billions of dollars)" ; '
        "qudt:unit unit:CCY_USD ; cg:measures cg:SalesVolume ; schema:about ent:us .\n"
        ":r-year a cg:RestatementRelation ; cg:claim :c1 ; cg:basis cg:Implied ; "
        'rdfs:label "the year\'s sales in the table and the text"@en ; '
        "cg:first :cell ; cg:restatedAs :text .\n")


def report(make_doc, cell: str, engine: str = "oxigraph") -> dict:
    root = make_doc("r", text=TEXT.format(cell=cell), claims=claims(cell))
    result = build_corpus(root)
    assert not result.problems, [str(p) for p in result.problems]
    return json.loads(to_json(check_corpus(result, engine=engine)))


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_a_restatement_holds_when_both_say_the_same(make_doc, engine: str) -> None:
    [f] = [f for f in report(make_doc, "298.4", engine)["findings"]
           if f["check"] == "restatement"]
    assert f["severity"] == "pass"
    assert f["arithmetic"] == ("298.4 billion US dollars = $298.4 billion, the same quantity "
                               "stated twice")


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_a_restatement_that_disagrees_is_a_violation(make_doc, engine: str) -> None:
    [f] = [f for f in report(make_doc, "289.4", engine)["findings"]
           if f["check"] == "restatement"]
    assert f["severity"] == "violation"
    assert f["expected"] == "289.4 billion US dollars (289.35 to 289.45 billion US dollars)"
    assert f["observed"] == "$298.4 billion (298.35 to 298.45 billion US dollars)"


def test_both_engines_give_the_same_report(make_doc) -> None:
    root = make_doc("r", text=TEXT.format(cell="289.4"), claims=claims("289.4"))
    result = build_corpus(root)
    assert to_json(check_corpus(result, engine="oxigraph")) == \
        to_json(check_corpus(result, engine="pyshacl"))


def test_the_diagnosis_solves_a_restatement_for_either_statement(make_doc) -> None:
    [d] = report(make_doc, "289.4")["diagnoses"]
    # each statement implies the other's interval; a known slip breaks the tie
    assert d["figure"].endswith("/text") and d["pattern"] == "transposed digits"
    assert d["implied"] == {"low": 289350000000.0, "high": 289450000000.0}
    assert "next: '289.4' (ranked lower: fits no known slip)" in d["reasons"]


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_a_restatement_in_another_currency_is_a_structure_error(make_doc,
                                                                engine: str) -> None:
    """A relation's structure shape covers restatements too: a claim, a basis, and figures
    of one unit (regression: cg:RestatementRelation was missing from its targets)."""
    text = claims("298.4").replace("qudt:unit unit:CCY_USD ; cg:measures cg:SalesVolume ;"
                                   " schema:about ent:us .\n:r-year",
                                   "qudt:unit unit:CCY_EUR ; cg:measures cg:SalesVolume ;"
                                   " schema:about ent:us .\n:r-year")
    assert text != claims("298.4")
    root = make_doc("r", text=TEXT.format(cell="298.4"), claims=text)
    found = json.loads(to_json(check_corpus(build_corpus(root), engine=engine)))["findings"]
    structure = [f for f in found if f["check"] == "structure" and f["severity"] == "violation"]
    assert any("incompatible units" in f["message"] for f in structure), structure
