"""kg.refdata: the shipped World Bank series, and what a figure must say to match one."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, XSD

from kg import refdata
from kg.namespaces import CG, SCHEMA

WD = "http://www.wikidata.org/entity/"


@pytest.mark.parametrize("measure,country,year,value,low,high", [
    (CG.Population, "CHN", 2014, "1371860000", "1358141400", "1385578600"),  # ±1%
    (CG.GrossDomesticProduct, "USA", 2014, "17608138000000", "17255975240000",
     "17960300760000"),  # ±2%
    (CG.InflationRate, "USA", 2014, "1.6222", "1.5222", "1.7222"),  # ±0.1 point, not ±2%
    (CG.InflationRate, "ZWE", 2014, "-0.1978", "-0.2978", "-0.0978"),
])
def test_a_series_value_and_the_interval_it_stands_for(measure, country, year, value, low,
                                                       high) -> None:
    found = refdata.reference_value(measure, country, year)
    assert (found.value, found.low, found.high) == (Decimal(value), Decimal(low), Decimal(high))


def test_bounds_are_rounded_outward_to_the_table_precision() -> None:
    """China's GDP 2014 is 10,475,624,944,355 dollars: ±2% is 10266112445467.90 to
    10685137443242.10, kept as whole dollars outward."""
    found = refdata.reference_value(CG.GrossDomesticProduct, "CHN", 2014)
    assert (found.low, found.high) == (Decimal("10266112445467"), Decimal("10685137443243"))


def test_no_value_outside_the_series() -> None:
    assert refdata.reference_value(CG.Population, "CHN", 1900) is None
    assert refdata.reference_value(CG.SalesVolume, "CHN", 2014) is None
    assert refdata.reference_value(CG.Population, "WLD", 2014) is None  # an aggregate


def test_a_country_by_wikidata_or_iso_code_either_way_round() -> None:
    g = Graph()
    a, b, c, d = (URIRef(f"urn:e:{n}") for n in "abcd")
    g.add((a, SCHEMA.sameAs, URIRef(WD + "Q148")))
    g.add((URIRef(refdata.EU_COUNTRY + "USA"), OWL.sameAs, b))
    g.add((c, SCHEMA.sameAs, URIRef(WD + "Q148")))
    g.add((c, SCHEMA.sameAs, URIRef(WD + "Q30")))  # two countries: none
    assert [refdata.country_code(g, e) for e in (a, b, c, d)] == ["CHN", "USA", None, None]
    assert refdata.country_code(g, URIRef("https://www.wikidata.org/wiki/Q1030")) == "NAM"


def test_a_calendar_year() -> None:
    g = Graph()
    year, part, spanning = URIRef("urn:p:y"), URIRef("urn:p:q"), URIRef("urn:p:s")
    for node, start, end in ((year, "2014-01-01", "2014-12-31"), (part, "2014-01-01",
                             "2014-03-31"), (spanning, "2013-01-01", "2014-12-31")):
        g.add((node, SCHEMA.startDate, Literal(start, datatype=XSD.date)))
        g.add((node, SCHEMA.endDate, Literal(end, datatype=XSD.date)))
    assert refdata.calendar_year(g, Literal("2014", datatype=XSD.gYear)) == 2014
    assert [refdata.calendar_year(g, p) for p in (year, part, spanning)] == [2014, None, None]
    assert refdata.calendar_year(g, Literal("2014")) is None  # a plain string is no year
    assert refdata.calendar_year(g, URIRef("urn:p:none")) is None


def test_every_series_has_its_source_licence_and_vintage() -> None:
    for series in refdata.SERIES:
        about = series.about
        assert about["source"] == f"https://data.worldbank.org/indicator/{series.indicator}"
        assert about["licence"] == "https://creativecommons.org/licenses/by/4.0/"
        assert len(about["commit"]) == 40 and about["date"][:2] == "20"


def test_the_cache_key_covers_the_reference_data() -> None:
    """New data may change a check: the tables are hashed into the code's fingerprint (by
    kg.check.keys, which imports no RDF library on a run in which nothing changed)."""
    from kg.check import keys
    hashed = {path for _, path in keys.fingerprinted()}
    assert {refdata.data_dir() / name for name in refdata.FILES} <= hashed


def test_the_wheel_carries_the_tables_where_they_are_read() -> None:
    """An installed kg reads kg/_data/data/reference (kg.folders.data_dir): pyproject.toml
    must put the tables there."""
    import tomllib
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text())
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["data/reference"] == "kg/_data/data/reference"
    assert refdata.data_dir() == root / "data" / "reference"  # a checkout: read in place
    assert {p.name for p in refdata.data_dir().iterdir()} >= set(refdata.FILES)


# --- one value found in the text, not the whole column read (issue 32) ---------------------


@pytest.fixture
def fresh_tables():
    refdata._plain_table.cache_clear()
    refdata._values.cache_clear()
    yield
    refdata._plain_table.cache_clear()
    refdata._values.cache_clear()


def test_a_value_found_in_the_text_is_the_tables(fresh_tables) -> None:
    """Every series, for a spread of countries and years (each country's first, last and
    a middle row, and years the table lacks), is what the column read as CSV gives."""
    for series in refdata.SERIES:
        table = refdata._values(series.indicator)
        by_country: dict[str, list[str]] = {}
        for country, year in table:
            by_country.setdefault(country, []).append(year)
        asked = [(c, y) for c, ys in by_country.items() for y in (ys[0], ys[len(ys) // 2],
                                                                  ys[-1], "1066")]
        asked += [("ZZZ", "2014"), ("CHN", "")]
        assert [refdata._value(series.indicator, c, y) for c, y in asked] == \
            [table.get((c, y)) for c, y in asked]


def test_a_table_of_repeated_empty_or_quoted_rows_reads_as_csv(
        fresh_tables, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The last row with a value wins, as in the table; a row without one is skipped; a file
    with quoted fields is read as CSV."""
    monkeypatch.setattr(refdata, "data_dir", lambda: tmp_path)
    (tmp_path / "worldbank.csv").write_text(
        "iso3,year,A,B\nAAA,2000,1,\nAAA,2000,2,7\nAAA,2000,,8\nBBB,2000,5,\n"
        "AAA,20001,9,9\n", encoding="utf-8")
    assert [refdata._value("A", "AAA", "2000"), refdata._value("B", "AAA", "2000"),
            refdata._value("B", "BBB", "2000"), refdata._value("A", "BBB", "2000"),
            refdata._value("A", "AAA", "200")] == ["2", "8", None, "5", None]
    refdata._plain_table.cache_clear()
    refdata._values.cache_clear()
    (tmp_path / "worldbank.csv").write_text(
        'iso3,year,A\nAAA,2000,"1,5"\n', encoding="utf-8")
    assert refdata._plain_table() is None
    assert refdata._value("A", "AAA", "2000") == "1,5"
