"""A hedge the text writes just before a figure's quote, which the figure does not carry, is
a warning on both engines ('more than' before 'a thousandfold' would check 1000 exactly)."""

from __future__ import annotations

import pytest

from kg.build import build_corpus
from kg.check import check_corpus

ENGINES = ["oxigraph", "pyshacl"]
TEXT = ("Trade grew more than a thousandfold, to just over 400 shops, only 12 of them abroad, "
        "over 10 years; nearly 30 percent sell online.")


def figure(name: str, quote: str, value: str, unit: str, extra: str = "") -> str:
    return (f':{name} a cg:Figure ; cg:claim :c ; cg:quote "{quote}" ; qudt:numericValue {value} ; '
            f"qudt:unit {unit} ; cg:measures cg:ItemCount ; schema:about ent:x {extra}.\n")


def warnings(make_doc, figures: str, engine: str) -> list[tuple[str, str]]:
    claims = f':c a cg:Claim ; cg:quote "{TEXT}" ; schema:about ent:x .\nent:x rdfs:label "X" .\n'
    result = build_corpus(make_doc("h", text=TEXT, claims=claims + figures))
    assert not result.problems, [str(p) for p in result.problems]
    return [(f.observed, f.message) for f in check_corpus(result, engine=engine).findings
            if f.severity != "pass"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_hedge_left_outside_the_quote_is_a_warning(make_doc, engine: str) -> None:
    figures = (figure("f", "a thousandfold", "1000", "unit:UNITLESS") +
               figure("g", "400 shops", "400", "unit:NUM"))
    assert warnings(make_doc, figures, engine) == [
        ("a thousandfold", "The text writes 'more than' just before 'a thousandfold', a hedge "
         "the figure does not carry, so it is checked as the number exactly written: quote the "
         "hedge too (cg:quote \"more than a thousandfold\") or give the figure cg:hedge "
         "cg:MoreThan."),
        ("400 shops", "The text writes 'just over' just before '400 shops', a hedge the figure "
         "does not carry, so it is checked as the number exactly written: quote the hedge too "
         "(cg:quote \"just over 400 shops\") or give the figure cg:hedge cg:ALittleMoreThan.")]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_modelled_hedge_or_one_that_changes_nothing_is_no_warning(make_doc, engine) -> None:
    figures = (figure("f", "more than a thousandfold", "1000", "unit:UNITLESS") +
               figure("g", "400 shops", "400", "unit:NUM", "; cg:hedge cg:ALittleMoreThan ") +
               figure("h", "12", "12", "unit:NUM") +            # "only": the interval stays
               figure("y", "10 years", "10", "unit:YR") +       # "over 10 years": a span
               figure("p", "nearly 30 percent", "30", "unit:PERCENT"))
    assert warnings(make_doc, figures, engine) == []


def test_the_hedge_in_the_quote_is_read_as_a_lower_bound(make_doc) -> None:
    """'more than a thousandfold' stands for 1000 and up, not [1000, 1000] or 900 to 1100."""
    from kg.namespaces import CG
    claims = f':c a cg:Claim ; cg:quote "{TEXT}" ; schema:about ent:x .\nent:x rdfs:label "X" .\n'
    result = build_corpus(make_doc("h", text=TEXT, claims=claims + figure(
        "f", "more than a thousandfold", "1000", "unit:UNITLESS")))
    [doc] = result.documents
    [f] = [s for s in doc.graph.subjects(CG.hedge, None)]
    assert doc.graph.value(f, CG.hedge) == CG.MoreThan
    assert doc.graph.value(f, CG.lowerBound).toPython() == 1000
    assert doc.graph.value(f, CG.upperBound) is None


@pytest.mark.parametrize("engine", ENGINES)
def test_a_hedge_given_by_hand_that_the_quote_contradicts_is_a_warning(make_doc, engine) -> None:
    figures = (figure("f", "more than a thousandfold", "1000", "unit:UNITLESS",
                      "; cg:hedge cg:About ") +
               figure("p", "nearly 30 percent", "30", "unit:PERCENT", "; cg:hedge cg:Nearly "))
    assert warnings(make_doc, figures, engine) == [
        ("more than a thousandfold", "The quote 'more than a thousandfold' says 'more than' "
         "(cg:MoreThan) but the figure carries cg:hedge cg:About: correct cg:hedge, or delete "
         "it and the build reads the quote's.")]
