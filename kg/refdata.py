"""Reference data: the World Bank's population, GDP (current US$) and consumer price
inflation by country and year, shipped in ``data/reference/`` (no network at run time).

A figure is checked against a series when it matches it (the rule, applied here and
checked by ``cg:ReferenceValueShape``):

* its ``cg:measures`` is the series' measure (:data:`SERIES`) and its ``qudt:unit`` the
  series' unit;
* every entity it is about (``schema:about``) is one country: the entity, or an IRI it is
  linked to by ``schema:sameAs`` / ``owl:sameAs``, is a Wikidata item
  (``wd:Q148``) or an ISO 3166-1 alpha-3 code of the EU's country authority
  (``<http://publications.europa.eu/resource/authority/country/CHN>``);
* its period (``dcterms:temporal``) is one calendar year: an ``xsd:gYear``, or a period
  whose ``schema:startDate`` and ``schema:endDate`` are that year's first and last days;
* the series has a value for that country and year.

The series' value stands for the interval ± its margin (statistical offices revise their
estimates, and a text may quote another source): :attr:`Series.margin` of the value, at
least :attr:`Series.floor`.  Sources differ, so a mismatch is a warning, never a
violation.  Files are read on the first figure that matches a measure, never before.

>>> value = reference_value(CG.Population, "CHN", 2014)
>>> value.value, value.series.title, value.country_name
(Decimal('1371860000'), 'Population, total', 'China')
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from kg.namespaces import CG, QUDT, SCHEMA, UNIT

#: the EU Publications Office's country authority: ISO 3166-1 alpha-3 codes as IRIs
EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/"
WIKIDATA = ("http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/",
            "https://www.wikidata.org/wiki/", "http://www.wikidata.org/wiki/")
FILES = ("worldbank.csv", "countries.csv", "sources.csv")


@dataclass(frozen=True)
class Series:
    """A World Bank indicator and the figures it checks."""

    indicator: str  # the World Bank's code, a column of worldbank.csv
    measure: URIRef  # cg:measures of the figures it checks
    unit: URIRef  # their qudt:unit
    margin: Decimal  # relative: what the value stands for beyond itself
    floor: Decimal = Decimal(0)  # the least margin, in the unit
    step: Decimal = Decimal(1)  # the table's precision (data/reference/make_tables.py)

    @property
    def about(self) -> dict[str, str]:
        """Its row of sources.csv: title, source, dataset, commit, date, licence."""
        return _sources()[self.indicator]

    @property
    def title(self) -> str:
        return self.about["title"]


#: population estimates are revised by about a percent (China 2014: 1,364.27 million in the
#: 2020 vintage, 1,371.86 million now); GDP in dollars also moves with the exchange rates a
#: source uses; inflation is often quoted December on December rather than as the year's mean
SERIES = (
    Series("SP.POP.TOTL", CG.Population, UNIT.NUM, Decimal("0.01")),
    Series("NY.GDP.MKTP.CD", CG.GrossDomesticProduct, UNIT.CCY_USD, Decimal("0.02")),
    Series("FP.CPI.TOTL.ZG", CG.InflationRate, UNIT.PERCENT, Decimal("0.02"), Decimal("0.1"),
           Decimal("0.0001")),
)
BY_MEASURE = {s.measure: s for s in SERIES}


@dataclass(frozen=True)
class ReferenceValue:
    """A series' value for a country and year, and the interval it stands for."""

    series: Series
    country: str  # ISO 3166-1 alpha-3
    country_name: str
    iso2: str
    year: int
    value: Decimal
    low: Decimal
    high: Decimal

    @property
    def iri(self) -> URIRef:
        """The series for this country on the World Bank's site."""
        return URIRef(f"{self.series.about['source']}?locations={self.iso2}")


def data_dir() -> Path:
    from kg.folders import data_dir as located
    return located("data") / "reference"


@cache
def _read(name: str) -> list[dict[str, str]]:
    with (data_dir() / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def _sources() -> dict[str, dict[str, str]]:
    return {row["indicator"]: row for row in _read("sources.csv")}


@cache
def _countries() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(alpha-3 -> (alpha-2, name), Wikidata id -> alpha-3)."""
    codes = {r["iso3"]: (r["iso2"], r["name"]) for r in _read("countries.csv")}
    wikidata = {r["wikidata"]: r["iso3"] for r in _read("countries.csv") if r["wikidata"]}
    return codes, wikidata


@cache
def _values(indicator: str) -> dict[tuple[str, str], str]:
    """(alpha-3, year) -> value; one column, as text (a DictReader of every column and
    int() of every year took five times as long)."""
    with (data_dir() / "worldbank.csv").open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        column = next(rows).index(indicator)
        return {(row[0], row[1]): row[column] for row in rows if row[column]}


@cache
def _plain_table() -> str | None:
    """worldbank.csv's text where each of its lines is one row of plain comma-separated
    fields (no quotes, no carriage returns), else None."""
    text = (data_dir() / "worldbank.csv").read_text(encoding="utf-8")
    return None if '"' in text or "\r" in text or not text.endswith("\n") else text


def _value(indicator: str, country: str, year: str) -> str | None:
    """:func:`_values`' value of ``indicator`` for (``country``, ``year``), found in the
    text (the last of its rows with a value, as the table keeps it) without reading
    every row into a table: the paper's check asks for one or two values, and
    the table of a column took about 10 ms.  A file with quoted fields is read as CSV."""
    text = _plain_table()
    if text is None or "," in country or "\n" in country + year:
        return _values(indicator).get((country, year))
    column = text[:text.index("\n")].split(",").index(indicator)
    key, end = f"\n{country},{year},", len(text)
    while (start := text.rfind(key, 0, end)) >= 0:
        value = text[start + 1:text.index("\n", start + 1)].split(",")[column]
        if value:
            return value
        end = start
    return None


def reference_value(measure: URIRef, country: str, year: int) -> ReferenceValue | None:
    """The series of ``measure`` for a country (alpha-3) and year, if it has a value."""
    series = BY_MEASURE.get(measure)
    if series is None:
        return None
    found = _value(series.indicator, country, str(year))
    if found is None:
        return None
    value = Decimal(found)
    margin = max(abs(value) * series.margin, series.floor)
    # outward to the table's precision: a bound as long as 10266112445467.90 is cut by the
    # messages of one engine and not the other's (kg.check.shapes.LONG_QUOTIENT)
    low = (value - margin).quantize(series.step, rounding=ROUND_FLOOR).normalize()
    high = (value + margin).quantize(series.step, rounding=ROUND_CEILING).normalize()
    iso2, name = _countries()[0][country]
    return ReferenceValue(series, country, name, iso2, year, value, low, high)


def country_code(graph: Graph, entity: URIRef) -> str | None:
    """The alpha-3 code of the one country ``entity`` is, by itself or a linked IRI."""
    linked = {entity}
    for p in (SCHEMA.sameAs, OWL.sameAs):
        linked.update(graph.objects(entity, p))
        linked.update(graph.subjects(p, entity))
    codes, wikidata = _countries()
    found = set()
    for iri in map(str, linked):
        if iri.startswith(EU_COUNTRY) and iri[len(EU_COUNTRY):] in codes:
            found.add(iri[len(EU_COUNTRY):])
        for prefix in WIKIDATA:
            if iri.startswith(prefix) and iri[len(prefix):] in wikidata:
                found.add(wikidata[iri[len(prefix):]])
    return found.pop() if len(found) == 1 else None


def calendar_year(graph: Graph, period) -> int | None:
    """The calendar year a period is, or None if it is not exactly one year."""
    if isinstance(period, Literal):
        return int(str(period)[:4]) if period.datatype == XSD.gYear and \
            str(period)[:4].isdigit() else None
    start, end = graph.value(period, SCHEMA.startDate), graph.value(period, SCHEMA.endDate)
    try:
        first, last = (dt.date.fromisoformat(str(d)[:10]) for d in (start, end))
    except (TypeError, ValueError):
        return None
    whole = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    return first.year if whole and first.year == last.year else None


def match(graph: Graph, figure: URIRef) -> ReferenceValue | None:
    """The reference value a figure is checked against, if it matches a series."""
    series = next((BY_MEASURE[m] for m in graph.objects(figure, CG.measures)
                   if m in BY_MEASURE), None)
    if series is None or graph.value(figure, QUDT.unit) != series.unit:
        return None
    # every entity must be the country: "the population of China's cities" is not China's
    countries = {country_code(graph, e) if isinstance(e, URIRef) else None
                 for e in graph.objects(figure, SCHEMA.about)}
    years = {calendar_year(graph, p) for p in graph.objects(figure, DCTERMS.temporal)}
    if len(countries) != 1 or len(years) != 1 or None in countries | years:
        return None
    return reference_value(series.measure, countries.pop(), years.pop())


def add_reference_values(graph: Graph, derived: Graph) -> None:
    """Write the reference value of every figure of ``graph`` that matches a series into
    ``derived``: its value and interval, year, the series it comes from
    (``prov:wasDerivedFrom``, labelled with its vintage) and the publisher's page
    (``dcterms:source``)."""
    from kg.figures import decimal_literal

    figures = sorted({f for m in BY_MEASURE for f in graph.subjects(CG.measures, m)
                      if isinstance(f, URIRef) and (f, RDF.type, CG.Figure) in graph}, key=str)
    for figure in figures:
        found = match(graph, figure)
        if found is None:
            continue
        about = found.series.about
        node = URIRef(f"{figure}/reference/{found.series.indicator}")
        derived.add((figure, CG.referenceValue, node))
        derived.add((node, RDF.type, CG.ReferenceValue))
        derived.add((node, QUDT.numericValue, decimal_literal(found.value)))
        derived.add((node, QUDT.unit, found.series.unit))
        derived.add((node, CG.lowerBound, decimal_literal(found.low)))
        derived.add((node, CG.upperBound, decimal_literal(found.high)))
        derived.add((node, DCTERMS.temporal, Literal(str(found.year), datatype=XSD.gYear)))
        derived.add((node, PROV.wasDerivedFrom, found.iri))
        derived.add((node, DCTERMS.source, URIRef(about["source"])))
        derived.add((found.iri, RDFS.label, Literal(
            f"World Bank, {about['title']} ({found.series.indicator}), {found.country_name}")))
        derived.add((found.iri, DCTERMS.license, URIRef(about["licence"])))
        derived.add((found.iri, SCHEMA.version, Literal(
            f"{about['dataset'].removeprefix('https://github.com/')} {about['commit'][:12]} "
            f"of {about['date']}")))
