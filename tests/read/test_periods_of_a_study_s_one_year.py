"""A text whose head names no period of its own (a study's abstract, a page with no
dateline) but whose body names one year, school year or fiscal year and nothing outside it
reports its figures for that year: a trial run "during the 2027 summer term" dates its
results, though only its methods name the year. Two years, a span, a run of months that
is no named year, a part of a year ("in the spring of 2027"), a journal's year in the head
or a day the paper was received or published date nothing."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.namespace import DCTERMS

from kg.namespaces import QUDT
from kg.read.periods import document_period

_HEAD = ("Garden allotments and wellbeing: a randomised trial\n\n"
         "Abstract\n\n")


def test_one_year_the_methods_name_dates_the_study() -> None:
    text = _HEAD + ("Methods. We allocated 36 allotment sites to weekly coaching or to "
                    "usual practice during the 2027 growing season.\n\nResults. Coached "
                    "tenants harvested 412 kg on average, against 377 kg.\n")
    assert document_period(text) == "2027"


def test_a_named_school_year_dates_the_study() -> None:
    text = _HEAD + ("Methods. Pupils of 18 schools kept diaries during the school year "
                    "2026/27.\n\nResults. They logged 5,210 hours outdoors.\n")
    assert document_period(text) == "2026/27"


def test_days_it_was_received_and_published_on_date_nothing() -> None:
    text = ("Garden allotments and wellbeing\nJournal of Plots, 2028; 4(2): 11-19\n"
            "Received 3 March 2028; accepted 9 May 2028\n\nAbstract\n\n"
            "Methods. We followed 36 sites during the 2027 growing season.\n")
    assert document_period(text) == "2027"


def test_two_years_a_span_or_a_part_of_a_year_date_nothing() -> None:
    two = _HEAD + "We repeated a 2019 survey of 36 sites in 2027.\n"
    span = _HEAD + "Between 2024 and 2027 we followed 36 sites.\n"
    part = _HEAD + ("Sites joining in the spring of 2027 were eligible; 36 were followed "
                    "for 24 months.\n")
    months = _HEAD + "We followed 36 sites for twelve months (October 2026 to September 2027).\n"
    days = _HEAD + ("Logs were kept from 1 January 2025 to 31 December 2027; pumps were "
                    "replaced in 2026.\n")
    for text in (two, span, part, months, days):
        assert document_period(text) is None, text


def test_a_journal_s_year_in_the_head_dates_nothing() -> None:
    text = ("Garden allotments and wellbeing\nJournal of Plots, 2028; 4(2): 11-19\n"
            "Received 3 March 2028; accepted 9 May 2028; published online 20 May 2028\n\n"
            "Abstract\n\nWe followed 36 sites for two seasons.\n")
    assert document_period(text) is None


def test_the_study_s_figures_are_read_with_its_year(tmp_path: Path) -> None:
    from kg.read import read

    source = tmp_path / "allotments.txt"
    source.write_text(_HEAD + (
        "Methods. We allocated 36 allotment sites to weekly coaching or to usual practice "
        "during the 2027 growing season.\n\nResults. Coached tenants harvested 412 kg on "
        "average.\n"), encoding="utf-8")
    read(source, tmp_path / "claims", doc_id="allotments")
    graph = Graph().parse(tmp_path / "claims" / "allotments" / "claims.ttl")
    # the results' 412 kg, in a sentence that names no year, is the study year's
    harvest = next(node for node, value in graph.subject_objects(QUDT.numericValue)
                   if float(value) == 412)
    period = graph.value(harvest, DCTERMS.temporal)
    assert period is not None and str(period).endswith("2027"), period
