"""A compound growth finding speaks of the text's period ('15.5% a year' where the text says
'an average annual rate'), on both engines; 'a period' only where the text names none."""

from __future__ import annotations

import pytest

from kg.build import build_corpus
from kg.check import check_corpus

ENGINES = ["oxigraph", "pyshacl"]


def growth_finding(make_doc, sentence: str, rate: str, engine: str):
    claims = (f':c a cg:Claim ; cg:quote "{sentence}" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" .\n'
              ':a a cg:Figure ; cg:claim :c ; cg:quote "100.0 million dollars" ; '
              "qudt:numericValue 100000000 ; qudt:unit unit:CCY_USD ; "
              "cg:measures cg:SalesVolume ; schema:about ent:x .\n"
              ':b a cg:Figure ; cg:claim :c ; cg:quote "200.0 million dollars" ; '
              "qudt:numericValue 200000000 ; qudt:unit unit:CCY_USD ; "
              "cg:measures cg:SalesVolume ; schema:about ent:x .\n"
              f':r a cg:Figure ; cg:claim :c ; cg:quote "{rate} percent" ; '
              f"qudt:numericValue {rate} ; qudt:unit unit:PERCENT ; "
              "cg:measures cg:GrowthRate ; schema:about ent:x .\n"
              ':g a cg:CompoundGrowthRelation ; cg:claim :c ; cg:basis cg:Stated ; '
              'rdfs:label "growth" ; cg:initial :a ; cg:final :b ; cg:growthRate :r ; '
              "cg:periods 5 .\n")
    result = build_corpus(make_doc("g", text=sentence, claims=claims))
    assert not result.problems, [str(p) for p in result.problems]
    [finding] = [f for f in check_corpus(result, engine=engine).findings if f.check == "growth"]
    return finding


@pytest.mark.parametrize("engine", ENGINES)
def test_an_annual_rate_is_a_rate_a_year(make_doc, engine: str) -> None:
    sentence = ("Sales grew from 100.0 million dollars in 2010 to 200.0 million dollars in "
                "2015, an average annual rate of 14.9 percent.")
    f = growth_finding(make_doc, sentence, "14.9", engine)
    assert f.severity == "pass"
    assert f.arithmetic == ("(200.0 million dollars ÷ 100.0 million dollars)^(1/5) − 1 = 14.87% "
                            "a year; stated 14.9 percent a year")


@pytest.mark.parametrize("engine", ENGINES)
def test_the_violation_message_names_the_years(make_doc, engine: str) -> None:
    sentence = ("Sales grew from 100.0 million dollars to 200.0 million dollars, 25 percent a year "
                "compounded.")
    f = growth_finding(make_doc, sentence, "25", engine)
    assert f.severity == "violation"
    assert f.message.startswith("Over 5 years the figures grow 14.8698")
    assert "% a year, compounded" in f.message and "a period" not in f.arithmetic


@pytest.mark.parametrize("engine", ENGINES)
def test_a_monthly_rate_is_a_rate_a_month(make_doc, engine: str) -> None:
    sentence = ("Users grew from 100.0 million dollars to 200.0 million dollars, a monthly rate of "
                "15 percent.")
    assert growth_finding(make_doc, sentence, "15", engine).arithmetic.endswith(
        "stated 15 percent a month")


def test_a_text_that_names_no_period_keeps_a_period(make_doc) -> None:
    sentence = ("Sales went from 100.0 million dollars to 200.0 million dollars, 15 percent "
                "compounded.")
    assert growth_finding(make_doc, sentence, "15", "oxigraph").arithmetic.endswith(
        "stated 15 percent a period")
