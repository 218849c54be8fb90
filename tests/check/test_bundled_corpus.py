"""The checks a careful reader makes (issue 31), each on the bundled corpus and on both
engines: shares of one whole, a table cell at its caption's scale, the same quantity
stated twice in one document, a day's figure inside a weekend's, a conversion at the
day's reference rate, figures against the World Bank's series, hedges read from quotes.
The purpose-written documents for each point are in test_whole, test_restatement,
test_periods, test_reference_data, test_hedge and tests/test_refrates."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from rdflib import URIRef

from kg.build import build_corpus
from kg.check import check_corpus
from kg.namespaces import CG, QUDT
from tests.conftest import BUNDLED_DIR

PAPER = "china-us-ecommerce-2014"
SECOND = "shopping-days-2014"
WEEKEND = "thanksgiving-weekend-2014"
WORLD = "world-population-2019"


@pytest.fixture(scope="module")
def built():
    result = build_corpus(BUNDLED_DIR)
    assert not result.problems, [str(p) for p in result.problems]
    return result


@pytest.fixture(scope="module")
def reports(built) -> dict:
    return {engine: check_corpus(built, engine=engine) for engine in ("oxigraph", "pyshacl")}


@pytest.fixture(scope="module", params=["oxigraph", "pyshacl"])
def report(request, reports):
    return reports[request.param]


def by_check(report, check: str) -> list[tuple[str, str]]:
    return sorted((f.id, f.severity) for f in report.findings if f.check == check)


def test_the_bundled_corpus_is_four_documents_with_the_same_headline_on_both_engines(
        built, reports) -> None:
    assert [d.doc_id for d in built.documents] == [PAPER, SECOND, WEEKEND, WORLD]
    assert [r.headline() for r in reports.values()] == [
        "26 of 29 relations consistent (2 violations, 9 warnings) in 4 documents"] * 2
    fast, reference = (sorted((f.id, f.severity, f.message) for f in r.findings)
                       for r in reports.values())
    assert fast == reference


def test_shares_of_one_whole_add_up_by_rounding(report) -> None:
    assert by_check(report, "whole") == [(f"{WORLD}/r-world-shares/whole", "pass")]
    [whole] = [f for f in report.findings if f.check == "whole"]
    assert whole.arithmetic == ("59.7 percent + 18.2 percent + 17.9 percent + 4.3 percent = "
                                "100.1%; shares of one whole add up to 100%")


def figure(built, doc_id: str, name: str):
    [doc] = [d for d in built.documents if d.doc_id == doc_id]
    return doc.graph, URIRef(f"https://w3id.org/claimgraph/doc/{doc_id}/{name}")


@pytest.mark.parametrize("name,value,low,high", [
    ("f-table-china", "1407700000", "1407650000", "1407750000"),
    ("f-table-india", "1389000000", "1388950000", "1389050000"),
    ("f-table-us", "330200000", "330150000", "330250000")])
def test_a_table_cell_carries_its_caption_s_scale(built, name, value, low, high) -> None:
    graph, f = figure(built, WORLD, name)
    assert int(graph.value(f, CG.scale)) == 6
    assert [D(str(graph.value(f, p))) for p in (QUDT.numericValue, CG.lowerBound,
                                                   CG.upperBound)] == [D(value), D(low), D(high)]


def test_the_caption_that_gives_the_scale_is_an_anchored_claim(built) -> None:
    from kg.namespaces import OA
    graph, cell = figure(built, WORLD, "f-table-china")
    caption = graph.value(cell, CG.scaleStatedIn)
    assert caption == URIRef(f"https://w3id.org/claimgraph/doc/{WORLD}/c-table-caption")
    position = next(s for s in graph.objects(graph.value(caption, CG.anchor), OA.hasSelector)
                    if graph.value(s, OA.start) is not None)
    text = (BUNDLED_DIR / WORLD / "source.txt").read_text(encoding="utf-8")
    start, end = int(graph.value(position, OA.start)), int(graph.value(position, OA.end))
    assert text[start:end] == "Table 1. Population, 2019 (millions)"


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_a_scale_stated_in_something_other_than_a_claim_is_a_structure_violation(
        tmp_path, engine) -> None:
    import shutil
    shutil.copytree(BUNDLED_DIR / WORLD, tmp_path / WORLD)
    ttl = tmp_path / WORLD / "claims.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8").replace(
        "cg:scaleStatedIn :c-table-caption ;", "cg:scaleStatedIn :f-world-population ;", 1),
        encoding="utf-8")
    report = check_corpus(build_corpus(tmp_path), engine=engine)
    assert sorted((f.id, f.message) for f in report.findings if f.severity == "violation") == [
        (f"{WORLD}/f-table-china/structure", "A figure's scale is stated in one claim of its "
                                             "document (a caption or header).")]


def test_the_same_quantity_twice_in_one_document_is_checked(report) -> None:
    assert by_check(report, "restatement") == [
        (f"{WORLD}/r-{name}-twice/restatement", "pass") for name in ("china", "india", "us")]


def test_black_friday_given_the_weekend_s_total_is_flagged_on_each_day(report) -> None:
    found = sorted((f.id, f.severity, f.values["otherDocument"], f.figures[-1].rsplit("/", 1)[-1])
                   for f in report.findings if f.check == "containment")
    assert found == [
        (f"{PAPER}/f-us-retail-2013/containment", "warning", WEEKEND, "f-weekend-2013"),
        (f"{PAPER}/f-us-retail-2014/containment", "warning", WEEKEND, "f-weekend-2014"),
        (f"{SECOND}/f-us-retail-2014/containment", "warning", WEEKEND, "f-weekend-2014")]
    [day] = [f for f in report.findings if f.id == f"{PAPER}/f-us-retail-2014/containment"]
    assert day.message == (
        "\"$50.9 billion\" (50900000000) is for 2014-11-28 to 2014-11-28, but \"an estimated "
        "$50.9 billion\" states the same value for 2014-11-27 to 2014-11-30, which holds it "
        f"and more days: one of them is likely given for the wrong period. (\"an estimated "
        f"$50.9 billion\" is in {WEEKEND}.)")


def test_a_day_s_conversion_is_at_that_day_s_reference_rate(report) -> None:
    conversions = [f for f in report.findings if f.check == "conversion"]
    assert len(conversions) == 2
    assert all("European Central Bank reference rate of 2014-11-11" in f.arithmetic
               for f in conversions)


def test_figures_are_checked_against_the_world_bank_series(report) -> None:
    assert by_check(report, "reference") == [
        (f"{PAPER}/f-china-population/reference", "warning"),
        (f"{PAPER}/f-us-population/reference", "pass"),
        *((f"{WORLD}/f-{name}/reference", "pass")
          for name in ("china-population", "india-population", "table-china", "table-india",
                       "table-us", "us-population"))]


@pytest.mark.parametrize("doc_id,name,hedge", [
    (WEEKEND, "f-weekend-2014", CG.About), (WORLD, "f-china-times", CG.About),
    (SECOND, "f-alibaba-usd", CG.About), (WORLD, "f-table-china", None)])
def test_the_hedges_written_in_quotes_are_read(built, doc_id, name, hedge) -> None:
    graph, f = figure(built, doc_id, name)
    assert graph.value(f, CG.hedge) == hedge
