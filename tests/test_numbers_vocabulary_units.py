"""Units the vocabulary has (QUDT's, ontology/qudt-units.ttl) read after a number by their
symbol or their English name, with no hand list in the number reader."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.numbers import find_mentions, parse_quantity


@pytest.mark.parametrize("quote,value,unit", [
    ("a field of 3,120 ha", D("3120"), "HECTARE"),
    ("only 14 mm of rain fell", D("14"), "MM"),
    ("a further 27 millimetres overnight", D("27"), "MM"),
    ("systolic pressure dropped 6.2 mmHg", D("6.2"), "MMHG"),
    ("11 millimetres of mercury", D("11"), "MMHG"),
    ("1.9 million twenty-foot equivalent units", D("1900000"), "TEU"),
    ("4 Mt of clinker", D("4"), "MEGATONNE"),
    ("some 38 kilotonnes a year", D("38"), "KILOTONNE"),
])
def test_a_vocabulary_unit_after_a_number(quote: str, value: D, unit: str) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_a_range_takes_the_symbol_of_its_upper_end() -> None:
    (ci,) = [m for m in find_mentions("(95% CI 2.2 to 4.8 mmHg)") if m.kind == "range"]
    assert (ci.value, ci.upper, ci.unit) == (D("2.2"), D("4.8"), "MMHG")


@pytest.mark.parametrize("quote", ["Route 9 to Mt Hood", "platform 5 L"])
def test_no_unit_from_a_word_that_only_looks_like_a_symbol(quote: str) -> None:
    # (the "9" of "Route 9" is a name's number, no mention at all since the 2026-12-06 round)
    assert all(m.unit is None for m in find_mentions(quote))


def test_an_alternative_name_of_a_vocabulary_unit_is_read_too() -> None:
    m = parse_quantity("a weight of 91 parts per thousand")
    assert (m.value, m.unit) == (D("91"), "PERMILLE")


@pytest.mark.parametrize("quote,value,unit", [
    ("each response took 247.5 ms on average", D("247.5"), "MS"),
    ("the roots reach 45 cm below the surface", D("45"), "CM"),
    ("lorries slowed to 62 km/h on the bridge", D("62"), "KM/H"),
    ("a top speed of 58 mph was recorded", D("58"), "MPH"),
    ("trains ran at 80 miles per hour", D("80"), "MPH"),
    ("ferritin-treated girls reached 12.3 g/dL", D("12.3"), "G/DL"),
])
def test_a_short_time_a_small_length_a_speed_and_a_concentration_are_vocabulary_units(
        quote: str, value: D, unit: str) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_a_number_spaced_from_a_small_h_is_in_hours_but_not_after_a_currency() -> None:
    read = [(m.text, m.value, m.unit) for m in
            find_mentions("night shifts ran from 8.25 h to 9.5 h, a gain of 1.25 h.")]
    assert read == [("8.25 h", D("8.25"), "HOUR"), ("9.5 h", D("9.5"), "HOUR"),
                    ("1.25 h", D("1.25"), "HOUR")]
    assert [m.unit for t in ("grade 7 H pencils", "row 4 hedges", "$12 h")
            for m in find_mentions(t)] == [None, None, "USD"]


@pytest.mark.parametrize("quote,value,unit", [
    ("the reservoir released 150,000 m³ that week", D("150000"), "M3"),
    ("a yearly output of 151.2 million cubic metres", D("151200000"), "M3"),
    ("nitrate leaching fell to 21.7 kg/ha", D("21.7"), "KG/HA"),
    ("boron stayed below 0.5 mg/L throughout", D("0.5"), "MG/L"),
    ("lead at 3 milligrams per litre", D("3"), "MG/L"),
])
def test_a_volume_a_mass_per_area_and_a_concentration_in_water_are_vocabulary_units(
        quote: str, value: D, unit: str) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_cubic_metres_convert_to_litres_by_qudt_s_multipliers() -> None:
    from kg.vocab import vocabulary
    assert vocabulary().factor("M3", "LITRE") == D("1000")
    assert vocabulary().factor("KG/HA", "T/HA") == D("0.001")


@pytest.mark.parametrize("quote,value,unit", [
    ("the terminal moved 48,900 tons of freight", D("48900"), "TON_SHORT"),
    ("a harvest of 3,120 metric tons", D("3120"), "TONNE"),
    ("each bale weighs 1,150 lb", D("1150"), "LB"),
    ("a catch of 22,000 lbs last season", D("22000"), "LB"),
    ("grants of 4.5 million pounds", D("4500000"), "GBP"),
])
def test_american_tons_metric_tons_and_pounds_of_mass_are_vocabulary_units(
        quote: str, value: D, unit: str) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_short_tons_and_pounds_convert_to_tonnes_by_qudt_s_multipliers() -> None:
    from kg.vocab import vocabulary
    assert vocabulary().factor("TON_SHORT", "TONNE") == D("0.90718474")
    assert vocabulary().factor("LB", "KG") == D("0.45359237")


def test_every_unit_of_the_vocabulary_but_money_is_shown_with_its_symbol_or_name() -> None:
    """A finding writes "12 weeks = 84 days", never a bare "84": each unit the vocabulary
    lists (money aside, which has its names from CLDR) has its words after a number."""
    from rdflib import RDF, URIRef
    from rdflib.namespace import SKOS

    from kg.namespaces import QUDT
    from kg.numbers import describe
    from kg.vocab import vocabulary_graph

    graph = vocabulary_graph()
    bare = sorted(str(code) for unit in graph.subjects(RDF.type, QUDT.Unit)
                  if (unit, RDF.type, QUDT.CurrencyUnit) not in graph
                  and (code := graph.value(URIRef(unit), SKOS.notation)) is not None
                  and describe(D("84"), str(code)) == "84")
    # a count, a pure number and an exchange rate (whose currencies a finding names) have none
    assert bare == ["NUM", "RATE", "UNITLESS"]
    assert describe(D("84"), "DAY") == "84 days"
    assert describe(D("42.2"), "KM") == "42.2 km"


@pytest.mark.parametrize("quote,value,unit", [
    ("the lamp draws 60 watts at full brightness", D("60"), "W"),
    ("the gauge caught 3.4 inches of rain overnight", D("3.4"), "IN"),
    ("a pipe 1.5 inch across", D("1.5"), "IN"),
])
def test_watts_and_inches_are_vocabulary_units(quote: str, value: D, unit: str) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_inches_are_read_from_their_name_not_their_symbol() -> None:
    """"in" after a number is the preposition: "4 in 10 riders", "rose 2 in May"."""
    from kg.numbers import find_mentions
    assert [m.unit for t in ("4 in 10 riders walked", "sales rose 2 in May",
                             "the drift was 14 inches deep")
            for m in find_mentions(t)] == [None, None, "IN"]


def test_inches_and_watts_convert_by_qudt_s_multipliers() -> None:
    from kg.vocab import vocabulary
    assert vocabulary().factor("IN", "CM") == D("2.54")
    assert vocabulary().factor("KW", "W") == D("1000")


@pytest.mark.parametrize("quote,value,unit", [
    ("the estate covers 640 acres of moor", D("640"), "ACRE"),
    ("a mezzanine of 1,450 m² above the shop", D("1450"), "M2"),
    ("some 3,200 square metres of decking", D("3200"), "M2"),
    ("corridor lighting dimmed to 12 lux", D("12"), "LX"),
    ("lead at 0.35 mg/kg in the liver", D("0.35"), "MG/KG"),
])
def test_land_floor_light_and_trace_units_qudt_has(quote: str, value: D, unit: str) -> None:
    """Acres, square metres, lux and milligrams per kilogram: QUDT's units, in the vocabulary
    (and read after a number by its symbol or name), not bare numbers."""
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_acres_convert_to_hectares() -> None:
    from kg.vocab import vocabulary
    assert vocabulary().factor("ACRE", "HECTARE") == D("0.40468564224")


@pytest.mark.parametrize("text,quote,value,unit", [
    ("a 55-inch screen in every room", "55-inch", D("55"), "IN"),
    ("the 640-acre estate was sold", "640-acre", D("640"), "ACRE"),
    ("a 12-ha wetland", "12-ha", D("12"), "HECTARE"),
])
def test_a_unit_glued_by_a_hyphen_as_an_adjective(text: str, quote: str, value: D,
                                                  unit: str) -> None:
    """"A 55-inch screen": the unit's name or symbol after a hyphen is still its unit."""
    m = find_mentions(text)[0]
    assert (m.text, m.value, m.unit) == (quote, value, unit)


@pytest.mark.parametrize("text", ["pages 10-12 of the report", "the 2024-25 season"])
def test_a_hyphen_between_numbers_names_no_unit(text: str) -> None:
    assert all(m.unit is None for m in find_mentions(text))


@pytest.mark.parametrize("quote,value,unit", [
    ("indoor PM2.5 averaged 11.4 ug/m3 over the term", D("11.4"), "UG/M3"),
    ("against 23.0 µg/m³ at the roadside", D("23.0"), "UG/M3"),
    ("the reservoirs hold 2.6 km³ between them", D("2.6"), "KM3"),
    ("an ice loss of 0.45 km3 since 1990", D("0.45"), "KM3"),
])
def test_an_air_pollutant_s_concentration_and_cubic_kilometres(quote: str, value: D,
                                                               unit: str) -> None:
    """Micrograms per cubic metre (as a text writes the mu: "µ", "μ" or "u") and cubic
    kilometres: QUDT's units, in the vocabulary, not bare numbers."""
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_micrograms_per_cubic_metre_and_cubic_kilometres_convert_by_qudt() -> None:
    from kg.vocab import vocabulary
    assert vocabulary().factor("KM3", "M3") == D("1000000000")
    assert vocabulary().factor("UG/M3", "MG/L") == D("0.000001")
