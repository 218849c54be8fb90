"""Each named query's rows on the paper; parameters bound as terms, never as text."""

from __future__ import annotations

import pytest

from kg.problems import InputError
from kg.sparql.guard import QueryError
from kg.sparql.named import bindings_for, named_queries
from kg.sparql.results import values
from tests.conftest import PAPER_ID

D = f"https://w3id.org/claimgraph/doc/{PAPER_ID}"


def run(store, name: str, **params: str) -> list[dict[str, str]]:
    q = named_queries()[name]
    return values(store.query(q.text, bindings_for(q, params)))


def local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def test_every_named_query_is_documented() -> None:
    queries = named_queries()
    assert set(queries) == {"figures-about", "claims-in-violations", "figures-by-source",
                            "relations-status", "provenance", "entities-together",
                            "disagreements"}
    assert all(q.title and q.description for q in queries.values())
    assert [p.name for p in queries["figures-about"].params] == ["entity"]


def test_figures_about_alibaba(paper_store) -> None:
    rows = run(paper_store, "figures-about", entity="alibaba")
    assert [(local(r["figure"]), r["quote"], r["value"], local(r["unit"])) for r in rows] == [
        ("f-alibaba-cny", "57.1 billion yuan", "57100000000", "CCY_CNY"),
        ("f-alibaba-gmv", "a trillion GMV", "1000000000000", "CCY_CNY"),
        ("f-alibaba-usd", "9.3 billion US dollars", "9300000000", "CCY_USD"),
        ("f-alibaba-years", "15 years", "15", "YR"),
        ("f-malls-gap", "200 million US dollars", "200000000", "CCY_USD")]
    assert {r["document"] for r in rows} == {D}


def test_claims_in_violations(paper_store) -> None:
    rows = run(paper_store, "claims-in-violations")
    assert [(local(r["claim"]), r["check"], r["start"], r["end"]) for r in rows] == [
        ("c-bf-channels", "sum", "2055", "2390"), ("c-malls-gap", "difference", "3011", "3158")]
    assert rows[1]["quote"].startswith("The total daily \ntrading volume")


def test_figures_by_source(paper_store) -> None:
    rows = run(paper_store, "figures-by-source")
    assert [(r["sourceLabel"], local(r["figure"])) for r in rows] == [
        ("American Retail Association", "f-us-retail-2013"),
        ("American Retail Association", "f-us-retail-2014"),
        ("American Retail Association", "f-us-retail-fall"),
        ("ShopperTrak", "f-bf-malls"), ("ShopperTrak", "f-bf-online"),
        ("ShopperTrak", "f-bf-total")]


def test_relations_status(paper_store) -> None:
    rows = run(paper_store, "relations-status")
    assert len(rows) == 14
    status = {local(r["relation"]): r["status"] for r in rows}
    assert {k for k, v in status.items() if v != "pass"} == {"r-bf-sum", "r-malls-gap",
                                                            "r-beaten-combined"}
    assert status["r-beaten-combined"] == "warning"
    assert (status["r-bf-sum"], status["r-malls-gap"], status["r-alibaba-conversion"]) == \
        ("violation", "violation", "pass")
    assert {r["kind"] for r in rows} == {"SumRelation", "DifferenceRelation", "RatioRelation",
                                         "PercentChangeRelation", "ConversionRelation",
                                         "ComparisonRelation", "CalendarRelation",
                                         "ComparisonReading"}


def test_provenance_of_a_claim(paper_store) -> None:
    rows = run(paper_store, "provenance", claim=f"{D}/c-bf-channels")
    assert [(local(r["figure"]), r["figureQuote"]) for r in rows] == [
        ("f-bf-malls", "910 million US dollars"), ("f-bf-online", "2.3 billion US dollars"),
        ("f-bf-total", "11.4 billion US dollars")]
    first = rows[0]
    assert (first["start"], first["end"], first["sourceFile"]) == ("2055", "2390", "source.txt")
    assert first["section"] == "2. Different trends in the development of China-US e-commerce industry"
    assert first["sha256"] == "0546f48126e01c4fb2a3fe23871eb48d0417772a32a1668d732aa9d17cbd6e22"


def test_entities_mentioned_together(paper_store) -> None:
    rows = run(paper_store, "entities-together")
    assert len(rows) == 88
    assert [(local(r["entity"]), local(r["other"]), r["claims"]) for r in rows[:3]] == [
        ("china", "united-states", "5"), ("alibaba", "united-states", "3"),
        ("alibaba", "jingdong-mall", "2")]


@pytest.mark.parametrize("value", ["alibaba> } ; DROP ALL ; <x", 'x" } UNION { ?s ?p ?o'])
def test_a_parameter_cannot_change_the_query(paper_store, value: str) -> None:
    with pytest.raises((InputError, QueryError)):
        run(paper_store, "figures-about", entity=value)


def test_a_full_iri_parameter_with_odd_characters_is_refused_as_an_iri(paper_store) -> None:
    with pytest.raises(QueryError) as err:
        run(paper_store, "figures-about", entity="https://example.org/a> <b")
    assert "not a valid IRI" in str(err.value)


def test_missing_parameter_is_named() -> None:
    with pytest.raises(InputError) as err:
        bindings_for(named_queries()["figures-about"], {})
    assert "missing parameter --entity" in str(err.value)


def test_disagreements_across_the_bundled_corpus() -> None:
    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.store import open_store
    from kg.store.corpus import load
    from tests.conftest import BUNDLED_DIR
    result = build_corpus(BUNDLED_DIR)
    store = open_store("memory")
    load(store, result, check_corpus(result))
    rows = run(store, "disagreements")
    assert [(local(r["document"]), local(r["figure"]), r["quote"], r["value"],
             local(r["otherDocument"]), r["otherQuote"], r["otherValue"], r["finding"])
            for r in rows] == [
        (PAPER_ID, "f-bf-malls", "910 million US dollars", "910000000", "shopping-days-2014",
         "9.1 billion US dollars", "9100000000", f"{PAPER_ID}/f-bf-malls/agreement"),
        (PAPER_ID, "f-bf-online", "2.3 billion US dollars", "2300000000", "shopping-days-2014",
         "2.5 billion US dollars", "2500000000", f"{PAPER_ID}/f-bf-online/agreement")]


def test_no_disagreements_in_one_document(paper_store) -> None:
    assert run(paper_store, "disagreements") == []
