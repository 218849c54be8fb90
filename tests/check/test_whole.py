"""Shares of one whole (cg:WholeRelation): they add up to 100 percent (1,000 per mille)
within their rounding, on both engines, and the diagnosis suspects every share."""

from __future__ import annotations

import json

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from kg.report.json_report import to_json

ENGINES = ["oxigraph", "pyshacl"]


def document(make_doc, shares: list[tuple[str, str]], unit: str = "unit:PERCENT",
             extra: str = "", doc_id: str = "w"):
    """A one-sentence document whose ``shares`` (label, written value) exhaust one whole."""
    symbol = {"unit:PERCENT": " percent", "unit:PERMILLE": " per mille"}.get(unit, "")
    items = [f"{label} {value}{symbol}" for label, value in shares]
    text = "Of our spending, " + ", ".join(items[:-1]) + f" and {items[-1]}."
    figures = "".join(
        f':s{n} a cg:Figure ; cg:claim :c ; cg:quote "{value}{symbol}" ; '
        f"qudt:numericValue {value.split()[-1]} ; qudt:unit {unit} ; cg:measures cg:ShareOf ; "
        "schema:about ent:x .\n" for n, (_, value) in enumerate(shares))
    parts = ", ".join(f":s{n}" for n in range(len(shares)))
    claims = (f':c a cg:Claim ; cg:quote """{text}""" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" .\n' + figures +
              ':r a cg:WholeRelation ; cg:claim :c ; cg:basis cg:Stated ; '
              f'rdfs:label "where the money goes" ; cg:part {parts} {extra}.\n')
    return make_doc(doc_id, text=text, claims=claims)


def report(make_doc, shares, engine: str = "oxigraph", **kw) -> dict:
    result = build_corpus(document(make_doc, shares, **kw))
    assert not result.problems, [str(p) for p in result.problems]
    return json.loads(to_json(check_corpus(result, engine=engine)))


def whole_finding(rep: dict) -> dict:
    [f] = [f for f in rep["findings"] if f["check"] == "whole"]
    return f


ROUNDED = [("phones", "39.6"), ("computers", "48.3"), ("tablets", "12.2")]  # 100.1
OVER = [("electronics", "21.8"), ("clothing", "17.6"), ("furniture", "6.9"),
        ("all other merchandise", "55.7")]  # 102.0


@pytest.mark.parametrize("engine", ENGINES)
def test_shares_that_add_to_100_within_their_rounding_hold(make_doc, engine: str) -> None:
    # 39.6 + 48.3 + 12.2 = 100.1, and 99.95 to 100.25 holds 100
    f = whole_finding(report(make_doc, ROUNDED, engine))
    assert f["severity"] == "pass"
    assert f["arithmetic"] == ("48.3 percent + 39.6 percent + 12.2 percent = 100.1%; shares "
                               "of one whole add up to 100%")
    assert f["expected"] == "100%, the whole the shares exhaust"
    assert f["observed"] == "100.1% (99.95% to 100.2%)"  # the interval as reports round it


@pytest.mark.parametrize("engine", ENGINES)
def test_shares_that_add_to_102_are_a_violation(make_doc, engine: str) -> None:
    f = whole_finding(report(make_doc, OVER, engine))
    assert f["severity"] == "violation"
    assert f["message"] == ("The shares add up to 102% (101.8% to 102.2% within their "
                            "precision), but shares of one whole add up to 100%.")
    assert f["observed"] == "102% (101.8% to 102.2%)"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("second, verdict", [("588", "pass"), ("508", "violation")])
def test_per_mille_shares_exhaust_a_thousand(make_doc, engine: str, second: str,
                                             verdict: str) -> None:
    f = whole_finding(report(make_doc, [("a", "412"), ("b", second)], engine,
                             unit="unit:PERMILLE"))
    assert f["severity"] == verdict
    assert f["arithmetic"].endswith("shares of one whole add up to 1000‰")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("first, verdict", [("more than 40", "pass"), ("40", "violation")])
def test_a_hedged_share_leaves_the_sum_open_above(make_doc, engine: str, first: str,
                                                  verdict: str) -> None:
    """'more than 40 percent' and '30 percent' may reach 100; 40 and 30 cannot."""
    rep = report(make_doc, [("a", first), ("b", "30")], engine)
    assert whole_finding(rep)["severity"] == verdict


@pytest.mark.parametrize("engine", ENGINES)
def test_shares_in_another_unit_are_refused_by_the_structure(make_doc, engine: str) -> None:
    rep = report(make_doc, [("a", "40"), ("b", "60")], engine, unit="unit:NUM")
    assert not [f for f in rep["findings"] if f["check"] == "whole"]
    [f] = [f for f in rep["findings"] if f["check"] == "structure"
           and f["severity"] == "violation"]
    assert "percent or per mille" in f["message"]


def test_a_stated_total_is_refused_the_whole_is_implied(make_doc) -> None:
    rep = report(make_doc, [("a", "40"), ("b", "60")], extra="; cg:total :s0 ")
    messages = [f["message"] for f in rep["findings"] if f["severity"] == "violation"]
    assert any("have no cg:total" in m for m in messages)


@pytest.mark.parametrize("shares", [ROUNDED, OVER])
def test_both_engines_give_the_same_report(make_doc, shares) -> None:
    result = build_corpus(document(make_doc, shares))
    assert to_json(check_corpus(result, engine="oxigraph")) == \
        to_json(check_corpus(result, engine="pyshacl"))


def test_the_diagnosis_solves_every_share(make_doc) -> None:
    """Each share is the whole less the others (the whole is exact: no figure states it)."""
    from rdflib import URIRef

    from kg.diagnose.implied import implied
    graph = build_corpus(document(make_doc, OVER)).documents[0].graph
    base = "https://example.org/doc/w/"
    solved = {n: implied(graph, URIRef(base + "r"), URIRef(base + f"s{n}")) for n in range(4)}
    assert {n: (float(i.low), float(i.high)) for n, i in solved.items()} == {
        0: (19.65, 19.95), 1: (15.45, 15.75), 2: (4.75, 5.05), 3: (53.55, 53.85)}


def test_the_diagnosis_ties_the_shares_a_slip_explains(make_doc) -> None:
    """102.0: the three shares a one-digit slip explains (17.6 for 15.6, 6.9 for 4.9, 55.7
    for 53.7) tie and are named; 21.8, which no slip explains, ranks below them."""
    diagnoses = report(make_doc, OVER)["diagnoses"]
    named = {d["figure"].rsplit("/", 1)[-1]: d for d in diagnoses}
    assert set(named) == {"s1", "s2", "s3"}
    assert {d["status"] for d in named.values()} == {"ambiguous"}
    assert (named["s1"]["suggested"], named["s1"]["pattern"]) == (15.6, "one wrong digit")
    assert (named["s2"]["suggested"], named["s3"]["suggested"]) == (4.9, 53.7)


def test_the_diagnosis_names_the_share_a_slip_explains(make_doc) -> None:
    # 39.6 + 48.3 + 21.2 = 109.1: "21.2" is "12.2" with two digits swapped
    [d] = report(make_doc, [("phones", "39.6"), ("computers", "48.3"),
                            ("tablets", "21.2")])["diagnoses"]
    assert d["figure"].endswith("/s2") and d["status"] == "likely"
    assert d["pattern"] == "transposed digits" and d["suggested"] == 12.2
    assert d["clearsAll"] is True
