"""Figures checked against the World Bank's series (kg/refdata.py, cg:ReferenceValueShape)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.build import build_corpus
from kg.check import Report, check_corpus

WD = "http://www.wikidata.org/entity/"
EU = "http://publications.europa.eu/resource/authority/country/"
POPULATION_VINTAGE = ("https://data.worldbank.org/indicator/SP.POP.TOTL, vintage "
                      "datasets/population 425fc447a53a of 2026-03-06")


def figure(quote: str, value: str, unit: str, measure: str, period: str = '"2014"^^xsd:gYear',
           about: str = "ent:country", extra: str = "") -> str:
    temporal = f"; dcterms:temporal {period} " if period else ""
    return (f':f a cg:Figure ; cg:claim :c ; cg:quote "{quote}" ; qudt:numericValue {value} ; '
            f"qudt:unit {unit} ; cg:measures {measure} ; schema:about {about} {temporal}"
            f"{extra}.\n")


@pytest.fixture
def check_one(make_doc):
    """``check_one(text, figure_ttl, country=...)``: a one-figure document, checked."""

    def run(text: str, item: str, country: str = f"<{WD}Q148>", engine: str = "oxigraph"
            ) -> Report:
        link = f"; schema:sameAs {country} " if country else ""
        claims = (f':c a cg:Claim ; cg:quote """{text}""" ; schema:about ent:country .\n'
                  f'ent:country a schema:Country ; rdfs:label "the country" {link}.\n'
                  'ent:cities rdfs:label "its cities" .\n'
                  ':year2014 schema:startDate "2014-01-01"^^xsd:date ; '
                  'schema:endDate "2014-12-31"^^xsd:date .\n'
                  ':day schema:startDate "2014-11-11"^^xsd:date ; '
                  'schema:endDate "2014-11-11"^^xsd:date .\n' + item)
        result = build_corpus(make_doc("t", text=text, claims=claims))
        assert not result.problems, [str(p) for p in result.problems]
        return check_corpus(result, engine=engine)

    return run


def reference_findings(report: Report) -> list[tuple[str, str]]:
    return [(f.severity, f.arithmetic or "") for f in report.findings if f.check == "reference"]


@pytest.mark.parametrize("text,quote,value,unit,measure,country,severity", [
    # the World Bank: 319,257,560 (±1%: 316.06 to 322.45 million)
    ("The country had 318.9 million residents in 2014.", "318.9 million", "318900000",
     "unit:NUM", "cg:Population", "Q30", "pass"),
    ("The country had 280 million residents in 2014.", "280 million", "280000000",
     "unit:NUM", "cg:Population", "Q30", "warning"),
    # 10,475.6 billion US dollars (±2%: 10.27 to 10.69 trillion)
    ("Its GDP was 10.5 trillion US dollars in 2014.", "10.5 trillion US dollars",
     "10500000000000", "unit:CCY_USD", "cg:GrossDomesticProduct", "Q148", "pass"),
    ("Its GDP was 12.5 trillion US dollars in 2014.", "12.5 trillion US dollars",
     "12500000000000", "unit:CCY_USD", "cg:GrossDomesticProduct", "Q148", "warning"),
    # 1.9216% (at least ±0.1 point: 1.8216 to 2.0216)
    ("Consumer prices rose 2.0 percent in 2014.", "2.0 percent", "2.0", "unit:PERCENT",
     "cg:InflationRate", "Q148", "pass"),
    ("Consumer prices rose 2.5 percent in 2014.", "2.5 percent", "2.5", "unit:PERCENT",
     "cg:InflationRate", "Q148", "warning"),
])
def test_a_figure_is_checked_against_the_series_of_its_measure(
        check_one, text, quote, value, unit, measure, country, severity) -> None:
    report = check_one(text, figure(quote, value, unit, measure), f"<{WD}{country}>")
    [(found, _)] = reference_findings(report)
    assert found == severity
    assert report.exit_code() == 0  # sources differ: a warning, never a violation


def test_the_message_names_the_series_its_value_year_and_source(check_one) -> None:
    report = check_one("The country had 280 million residents in 2014.",
                       figure("280 million", "280000000", "unit:NUM", "cg:Population"),
                       f"<{WD}Q30>")
    [f] = [f for f in report.findings if f.check == "reference"]
    assert (f.severity, f.focus) == ("warning", "https://example.org/doc/t/f")
    assert f.message == (
        "World Bank, Population, total (SP.POP.TOTL), United States: 319257560 in 2014 (taken "
        f"as 316064984 to 322450136; {POPULATION_VINTAGE}), not compatible with 280000000 "
        "(275000000 to 285000000) stated here.")
    assert f.arithmetic == (
        "World Bank, Population, total (SP.POP.TOTL), United States, 2014: 319.3 million "
        f"(taken as 316.1 to 322.5 million; {POPULATION_VINTAGE}); stated 280 million")
    assert (f.expected, f.observed) == ("319.3 million (316.1 to 322.5 million)",
                                        "280 million (275 to 285 million)")
    assert report.exit_code("warning") == 1


def test_the_built_graph_carries_the_reference_value_with_its_provenance(make_doc) -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import DCTERMS, PROV, RDF, XSD

    from kg.namespaces import CG, QUDT, SCHEMA
    text = "The country had 280 million residents in 2014."
    claims = (f':c a cg:Claim ; cg:quote """{text}""" .\n'
              f"ent:country schema:sameAs <{WD}Q30> .\n"
              + figure("280 million", "280000000", "unit:NUM", "cg:Population"))
    [doc] = build_corpus(make_doc("t", text=text, claims=claims)).documents
    g = doc.graph
    node = g.value(URIRef("https://example.org/doc/t/f"), CG.referenceValue)
    assert (node, RDF.type, CG.ReferenceValue) in g
    assert g.value(node, QUDT.numericValue).toPython() == Decimal("319257560")
    assert g.value(node, DCTERMS.temporal) == Literal("2014", datatype=XSD.gYear)
    assert g.value(node, DCTERMS.source) == URIRef(
        "https://data.worldbank.org/indicator/SP.POP.TOTL")
    series = g.value(node, PROV.wasDerivedFrom)
    assert series == URIRef("https://data.worldbank.org/indicator/SP.POP.TOTL?locations=US")
    assert g.value(series, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/")
    assert str(g.value(series, SCHEMA.version)) == "datasets/population 425fc447a53a of 2026-03-06"


@pytest.mark.parametrize("period,country", [
    (":year2014", f"<{WD}Q148>"),  # a period that is the calendar year 2014
    ('"2014"^^xsd:gYear', f"<{EU}CHN>"),  # an ISO 3166 code of the EU's country authority
])
def test_a_year_and_a_country_may_be_given_other_ways(check_one, period, country) -> None:
    report = check_one("Consumer prices rose 2.5 percent in 2014.",
                       figure("2.5 percent", "2.5", "unit:PERCENT", "cg:InflationRate", period),
                       country)
    [(severity, arithmetic)] = reference_findings(report)
    assert severity == "warning"
    assert arithmetic.startswith("World Bank, Inflation, consumer prices (annual %) "
                                 "(FP.CPI.TOTL.ZG), China, 2014: 1.922% (taken as 1.822% to "
                                 "2.022%;")


@pytest.mark.parametrize("why,period,unit,about,country", [
    ("checked: the control", '"2014"^^xsd:gYear', "unit:CCY_USD", "ent:country",
     f"<{WD}Q148>"),
    ("no period", "", "unit:CCY_USD", "ent:country", f"<{WD}Q148>"),
    ("a day, not a year", ":day", "unit:CCY_USD", "ent:country", f"<{WD}Q148>"),
    ("a year the series lacks", '"2035"^^xsd:gYear', "unit:CCY_USD", "ent:country",
     f"<{WD}Q148>"),
    ("another currency than the series'", '"2014"^^xsd:gYear', "unit:CCY_CNY", "ent:country",
     f"<{WD}Q148>"),
    ("no link to a country", '"2014"^^xsd:gYear', "unit:CCY_USD", "ent:country", ""),
    ("a link to something else", '"2014"^^xsd:gYear', "unit:CCY_USD", "ent:country",
     f"<{WD}Q1359568>"),
    ("also about something else", '"2014"^^xsd:gYear', "unit:CCY_USD",
     "ent:country, ent:cities", f"<{WD}Q148>"),
])
def test_a_figure_that_matches_no_series_is_not_checked(check_one, why, period, unit, about,
                                                         country) -> None:
    report = check_one("Its GDP was 12.5 trillion in 2014.",
                       figure("12.5 trillion", "12500000000000", unit,
                              "cg:GrossDomesticProduct", period, about,
                              '; skos:editorialNote "The currency is the context\'s." '),
                       country)
    checked = [severity for severity, _ in reference_findings(report)]
    assert checked == (["warning"] if why.startswith("checked") else []), why
