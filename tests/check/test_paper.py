"""The paper's findings, asserted exactly: which relations fail, with which values."""

from __future__ import annotations

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from tests.conftest import PAPER_DIR, PAPER_ID

P = f"https://w3id.org/claimgraph/doc/{PAPER_ID}/"


@pytest.fixture(scope="module")
def report():
    return check_corpus(build_corpus(PAPER_DIR))


def by_relation(report, local: str):
    [f] = [f for f in report.findings if f.focus == P + local]
    return f


def test_summary(report) -> None:
    assert report.summary() == {"relations": 14, "passed": 11, "warnings": 2, "violations": 2,
                                "info": 0, "accepted": 0, "documents": 1}
    assert report.headline() == ("11 of 14 relations consistent (2 violations, 2 warnings) "
                                 "in 1 document")
    assert report.exit_code() == 1


def test_exactly_the_sum_and_the_difference_fail(report) -> None:
    failing = sorted((f.focus.removeprefix(P), f.check) for f in report.findings
                     if f.severity == "violation")
    assert failing == [("r-bf-sum", "sum"), ("r-malls-gap", "difference")]


def test_black_friday_parts_do_not_add_up(report) -> None:
    f = by_relation(report, "r-bf-sum")
    assert f.arithmetic == ("2.3 billion US dollars + 910 million US dollars = "
                            "3.21 billion US dollars; stated total 11.4 billion US dollars")
    assert f.expected == "3.21 billion US dollars (3.155 to 3.265 billion US dollars)"
    assert f.observed == "11.4 billion US dollars (11.35 to 11.45 billion US dollars)"
    assert [q.text for q in f.quotes] == ["910 million US dollars", "2.3 billion US \ndollars",
                                          "11.4 billion US dollars"]
    assert f.claims == [P + "c-bf-channels"]


def test_malls_gap_to_alibaba_does_not_match(report) -> None:
    f = by_relation(report, "r-malls-gap")
    assert f.arithmetic == ("9.3 billion US dollars − 910 million US dollars = "
                            "8.39 billion US dollars; stated difference 200 million US dollars")
    assert f.expected == "8.39 billion US dollars (8.335 to 8.445 billion US dollars)"
    assert f.observed == "200 million US dollars (150 to 250 million US dollars)"
    assert f.claims == [P + "c-malls-gap"]


def test_beaten_reads_two_ways_and_the_combined_reading_is_a_warning(report) -> None:
    """'Chinese e-commerce has beaten large online and offline channels': against each US
    channel it holds; against the US channels combined, with the other Chinese platforms'
    close to 10 billion yuan converted at the paper's own rate, it does not (about 10.7 to
    11.2 billion US dollars against 11.35 to 11.45 billion)."""
    assert by_relation(report, "r-beaten-online").severity == "pass"
    assert by_relation(report, "r-beaten-offline").severity == "pass"
    f = by_relation(report, "r-beaten-combined")
    assert (f.severity, f.check) == ("warning", "comparison")
    assert f.message == (
        "Read as Chinese e-commerce, Alibaba and the other platforms, beat the US channels "
        "combined, the claim does not hold: 10928721541.1559 (10706692913.3858 to "
        "11152804557.4058) is not above 11400000000 (11350000000 to 11450000000). Read as "
        "Alibaba beat the US malls and Alibaba beat the US online platforms, it is checked on "
        "its own.")
    assert f.arithmetic == (
        "10.93 billion US dollars (9.3 billion US dollars + (close to 10 billion yuan at the "
        "document's own rate, 6.14 CNY per USD (57.1 billion yuan for 9.3 billion US "
        "dollars))) ≯ 11.4 billion US dollars")
    assert f.claims == [P + "c-beaten"]


def test_conversion_is_checked_against_the_reference_rate_of_its_day(report) -> None:
    """57.1 billion yuan at the ECB's 6.12339 yuan a dollar of 11 November 2014 (±1%) is
    9.224 to 9.427 billion dollars; the text's 9.3 billion (9.25 to 9.35) fits."""
    f = by_relation(report, "r-alibaba-conversion")
    assert (f.severity, f.check) == ("pass", "conversion")
    assert f.expected == "9.325 billion US dollars (9.224 to 9.427 billion US dollars)"
    assert f.observed == "9.3 billion US dollars (9.25 to 9.35 billion US dollars)"
    assert f.arithmetic == ("57.1 billion yuan ÷ 6.12339 CNY per USD (European Central Bank "
                            "reference rate of 2014-11-11, taken as ±1%) = 9.325 billion US "
                            "dollars; stated 9.3 billion US dollars; implied rate 6.14 CNY per "
                            "USD")


def test_population_figures_are_checked_against_the_world_bank(report) -> None:
    """"a population of 1.3 billion" (1.25 to 1.35 billion) is below the World Bank's 1.372
    billion for China in 2014 (±1%): a warning; "300 million" (250 to 350 million) holds
    the United States' 319.3 million: a pass."""
    vintage = ("https://data.worldbank.org/indicator/SP.POP.TOTL, vintage datasets/population "
               "425fc447a53a of 2026-03-06")
    found = sorted((f.focus.removeprefix(P), f.severity) for f in report.findings
                   if f.check == "reference")
    assert found == [("f-china-population", "warning"), ("f-us-population", "pass")]
    china = by_relation(report, "f-china-population")
    assert china.message == (
        "World Bank, Population, total (SP.POP.TOTL), China: 1371860000 in 2014 (taken as "
        f"1358141400 to 1385578600; {vintage}), not compatible with 1300000000 (1250000000 to "
        "1350000000) stated here.")
    assert (china.expected, china.observed) == ("1.372 billion (1.358 to 1.386 billion)",
                                                 "1.3 billion (1.25 to 1.35 billion)")
    assert [q.text for q in china.quotes] == ["1.3 billion"]
    assert china.claims == [P + "c-population-gmv"]
    us = by_relation(report, "f-us-population")
    assert us.arithmetic == (
        "World Bank, Population, total (SP.POP.TOTL), United States, 2014: 319.3 million "
        f"(taken as 316.1 to 322.5 million; {vintage}); stated 300 million")
    assert [q.text for q in us.quotes] == ["300 million"]
    # a figure is no relation: the checks against reference data leave the count alone
    assert P + "f-us-population" not in report.relations


@pytest.mark.parametrize("relation,check,arithmetic", [
    ("r-quarter", "ratio", "2.3 billion US dollars ÷ 9.3 billion US dollars = 0.2473; "
                           "stated ratio only a quarter (0.25)"),
    ("r-us-retail-fall", "percent-change",
     "($50.9 billion − $57.4 billion) ÷ $57.4 billion = -11.32%; stated fall of 11%"),
    ("r-bf-date", "date", "Black Friday 2014 falls on 2014-11-28; the text says 2014-11-28, "
                          "a Friday; 2014-11-28 is a Friday; the text says Friday"),
    ("r-singles-day-date", "date", "Singles' Day 2014 falls on 2014-11-11; the text says "
                                   "2014-11-11, a Tuesday"),
    ("r-beaten-offline", "comparison", "9.3 billion US dollars > 910 million US dollars"),
    ("r-beaten-online", "comparison", "9.3 billion US dollars > 2.3 billion US dollars"),
    ("r-amazon-below-tmall", "comparison", "57.7% > only 24 2% (24.2%)"),
    ("r-ebay-below-tmall", "comparison", "57.7% > 26.9%"),
    ("r-smaller-beat-tmall", "comparison", "300% to 400% > 57.7%"),
    ("r-population", "comparison", "1.3 billion > 300 million"),
])
def test_the_other_relations_pass(report, relation: str, check: str, arithmetic: str) -> None:
    f = by_relation(report, relation)
    assert (f.severity, f.check, f.arithmetic) == ("pass", check, arithmetic)


def test_structure_and_provenance_pass(report) -> None:
    kinds = {f.check: f for f in report.findings if f.focus == f"https://w3id.org/claimgraph/doc/{PAPER_ID}"}
    assert kinds["structure"].severity == "pass"
    assert kinds["provenance"].message == "all 80 quotes stand at their offsets in the source"
