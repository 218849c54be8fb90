"""The number reader: units, scales and ranges as a careful reader takes them (issue 30,
point 3: figures read as bare numbers, range ends read as one figure)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.numbers import CURRENCIES, find_mentions, parse_quantity
from kg.vocab import vocabulary


@pytest.mark.parametrize("quote,value,unit", [
    ("19 days", D("19"), "DAY"),
    ("3.5 weeks", D("3.5"), "WEEK"),
    ("7.5 months", D("7.5"), "MONTH"),
    ("12.4 minutes", D("12.4"), "MINUTE"),
    ("1.5 hours", D("1.5"), "HOUR"),
    ("88.3 gigawatt-hours", D("88.3"), "GWH"),
    ("4 kilowatt hours", D("4"), "KWH"),
])
def test_time_and_spelled_out_energy_units(quote: str, value: D, unit: str) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize("quote,value,unit", [
    ("2.1 billion South African rand", D("2100000000"), "ZAR"),
    ("5,000 reais", D("5000"), "BRL"),
    ("800 Kenyan shillings", D("800"), "KES"),
    ("3.4 billion meticais", D("3400000000"), "MZN"),
    ("12 zlotys", D("12"), "PLN"),
    ("PLN 12.5 million", D("12500000"), "PLN"),
    ("42 million HUF", D("42000000"), "HUF"),
])
def test_currencies_named_in_words_or_codes(quote: str, value: D, unit: str) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_a_code_that_is_an_english_word_is_no_currency() -> None:
    assert parse_quantity("ALL 7 members").unit is None


def test_the_currencies_read_are_the_vocabulary_s() -> None:
    assert CURRENCIES == set(vocabulary().currencies)


@pytest.mark.parametrize("quote,value,unit,decimals,subunit", [
    ("38.5 cents", D("0.385"), None, 3, "cent"),
    ("a fee of 9.9p", D("0.099"), "GBP", 3, None),
    ("12 pence", D("0.12"), "GBP", 2, None),
])
def test_cents_and_pence_are_hundredths(quote: str, value: D, unit: str | None, decimals: int,
                                        subunit: str | None) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit, m.decimals, m.subunit) == (value, unit, decimals, subunit)


def test_cents_of_every_dollar_is_a_share() -> None:
    m = find_mentions("some 62 cents of every dollar raised")[0]
    assert (m.text, m.kind, m.value, m.unit) == ("some 62 cents", "fraction", D("0.62"), None)


def test_per_cent_is_still_percent() -> None:
    assert parse_quantity("7 per cent").unit == "PERCENT"


@pytest.mark.parametrize("quote,value", [
    ("one in three", D("0.3333333333")), ("1 in 8", D("0.125")), ("one in every ten", D("0.1")),
    ("two out of five", D("0.4")), ("one in 20,000", D("0.00005")),
])
def test_one_in_n_is_a_fraction(quote: str, value: D) -> None:
    m = parse_quantity(quote)
    assert (m.kind, m.value) == ("fraction", value)


def test_one_in_a_year_is_no_fraction() -> None:
    assert [(m.text, m.kind) for m in find_mentions("it scored 4 in 2022")] == \
        [("4", "number"), ("2022", "year")]
    assert [(m.text, m.kind) for m in find_mentions("won 3 in 5 years")] == \
        [("3", "number"), ("5 years", "number")]


def test_one_in_n_dollars_puts_no_unit_on_the_fraction() -> None:
    m = parse_quantity("one in six euros")
    assert (m.kind, m.unit) == ("fraction", None)


@pytest.mark.parametrize("text", ["in 2021/22 the", "in 2021-22 the", "the 2021/2022 season"])
def test_a_fiscal_year_is_one_period(text: str) -> None:
    assert [m.kind for m in find_mentions(text)] == ["year"]


def test_the_number_of_a_table_or_section_is_no_figure() -> None:
    assert find_mentions("Table 3. Exports; see Figure 2 and section 4.1") == []


@pytest.mark.parametrize("text,readings", [
    # a change, then the level it reached: two figures
    ("exports climbed by €40 million to €1,210 million", ["€40 million", "€1,210 million"]),
    ("costs fell 12 kg to 300 kg", ["12 kg", "300 kg"]),
    # a bare number before a sum of money is no low end of it
    ("up from 2019/20 to £61.5 million", ["2019/20", "£61.5 million"]),
    # a minus sign glued to the next column's number, and a score, are no ranges
    ("Gdansk  12.5 -3.1", ["12.5", "3.1"]),
    ("odds of 9 to 2", ["9", "2"]),
    # ranges stay ranges, their ends kept
    ("a band of 1.2 to 3.4", ["1.2 to 3.4"]),
    ("lifts output by 2.5 to 4 percent", ["2.5 to 4 percent"]),
])
def test_what_is_a_range(text: str, readings: list[str]) -> None:
    assert [m.text for m in find_mentions(text)] == readings


def test_a_range_keeps_its_two_ends() -> None:
    m = parse_quantity("€1.10 billion to €1.25 billion")
    assert m.kind == "range" and [(p.text, p.value) for p in m.parts] == [
        ("€1.10 billion", D("1100000000")), ("€1.25 billion", D("1250000000"))]


def test_square_kilometres_written_short_are_an_area() -> None:
    """'0.5 km2' was read as a bare number, so a count of glaciers 'smaller than 0.5 km2'
    was compared with it (regression)."""
    from kg.numbers import find_mentions
    got = [(m.text, m.unit) for m in find_mentions("412.6 km2, 0.5 km² and 3 sq km")]
    # the code is the area unit's symbol (unit:KiloM2 is "KM2" in the vocabulary)
    assert got == [("412.6 km2", "KM2"), ("0.5 km²", "KM2"), ("3 sq km", "KM2")]


@pytest.mark.parametrize("text,quote,value,unit", [
    ("The summit is 2,110 m above the valley floor.", "2,110 m", D("2110"), "M"),
    ("The dam wall rose by 37 m.", "37 m", D("37"), "M"),
    ("Sea surface temperature was 0.6 °C warmer than the norm.", "0.6 °C", D("0.6"), "DEGC"),
    ("Mean July air temperature rose 2 degrees Celsius.", "2 degrees Celsius", D("2"), "DEGC"),
    ("Each rooftop array delivers 6.5 kW at peak.", "6.5 kW", D("6.5"), "KW"),
    ("The new turbines add 1,200 MW of capacity.", "1,200 MW", D("1200"), "MW"),
    ("The interconnector carries 1.4 gigawatts.", "1.4 gigawatts", D("1.4"), "GW"),
    ("They walked a 12-kilometre loop.", "12-kilometre", D("12"), "KM"),
    ("Pupils got a 25-minute break.", "25-minute", D("25"), "MINUTE"),
])
def test_length_temperature_and_power_units(text: str, quote: str, value: D, unit: str) -> None:
    """'146 m', '1.1 °C' and '900 MW' were read as bare numbers; '40-minute' as a count."""
    m = next(m for m in find_mentions(text) if m.is_quantity)
    assert (m.text, m.value, m.unit) == (quote, value, unit)


@pytest.mark.parametrize("text,quote,value", [
    # money: no metres, and the spaced "m" is its scale, as in "£4.5m"
    ("Ticket sales hit £4.5 m last spring.", "£4.5 m", D("4500000")),
    ("About 3.2 m households were surveyed.", "About 3.2", D("3.2")),  # a count follows
])
def test_m_is_no_metre_beside_money_or_a_counted_noun(text: str, quote: str, value: D) -> None:
    m = next(m for m in find_mentions(text) if m.is_quantity)
    assert (m.text, m.value) == (quote, value) and m.unit != "M"


def test_the_new_units_are_the_vocabulary_s_and_convert_by_qudt() -> None:
    v = vocabulary()
    assert {"M", "KM", "KG", "KM2", "KW", "MW", "GW", "DEGC"} <= set(v.units)
    assert v.factor("MW", "KW") == D("1000")
    assert v.factor("DEGC", "M") is None  # an offset scale converts by no factor


def test_a_fraction_in_words_is_written_to_ten_places() -> None:
    assert parse_quantity("roughly a third").value == D("0.3333333333")
    assert parse_quantity("one in six").value == D("0.1666666667")


@pytest.mark.parametrize("text,quote,value", [
    ("Across the four quarters, margins held.", "four", D("4")),
    ("Both halves of the season were wet: two halves of rain.", "two", D("2")),
])
def test_as_many_parts_as_the_whole_has_are_a_count(text: str, quote: str, value: D) -> None:
    """'Over the four quarters' was read as the fraction 4/4 = 1."""
    m = find_mentions(text)[0]
    assert (m.text, m.kind, m.value) == (quote, "word", value)
    assert parse_quantity("three quarters").value == D("0.75")  # fewer parts: a fraction


def test_hundredths_after_every_one_of_a_currency_are_a_share() -> None:
    m = find_mentions("Out of each €1 collected, 64p was passed on to members.")[-1]
    assert (m.text, m.kind, m.value, m.unit) == ("64p", "fraction", D("0.64"), None)


def test_up_to_after_a_verb_of_movement_is_no_hedge() -> None:
    """'edged up to 0.91' was read as 'at most 0.91'."""
    assert parse_quantity("the rate edged up to 0.91").hedge is None
    assert parse_quantity("prices climbed up to 4.2%").hedge is None
    assert parse_quantity("loans of up to $5,000").hedge == "at-most"


@pytest.mark.parametrize("text,quote,month_day,year", [
    ("Results follow on Feb 27, 2026 at noon.", "Feb 27, 2026", (2, 27), 2026),
    ("Bids close Oct. 3, so hurry.", "Oct. 3", (10, 3), None),
    ("It opened on 9 Sept 2019 in Leeds.", "9 Sept 2019", (9, 9), 2019),
])
def test_a_month_s_short_name_makes_a_date(text: str, quote: str, month_day: tuple,
                                           year: int | None) -> None:
    """'Aug 20, 2024' was read as the number 20."""
    [m] = find_mentions(text)
    assert (m.text, m.kind, m.month_day) == (quote, "date", month_day)
    assert (m.date.year if m.date else None) == year


def test_a_verb_that_spells_a_month_s_short_name_is_no_date() -> None:
    assert [m.kind for m in find_mentions("Delays mar 14 of the routes.")] == ["number"]


@pytest.mark.parametrize("text,quote,value,unit", [
    ("Barley came in at 5.2 t/ha on the loams", "5.2 t/ha", D("5.2"), "T/HA"),
    ("the topsoil stored 38.5 t C/ha", "38.5 t C/ha", D("38.5"), "T/HA"),
    ("maize reached 9.75 tonnes per hectare", "9.75 tonnes per hectare", D("9.75"), "T/HA"),
    ("the quay moved 640,000 TEU", "640,000 TEU", D("640000"), "TEU"),
    ("each seat gets 15 GB of mail storage", "15 GB", D("15"), "GB"),
    ("archives of 4 TB", "4 TB", D("4"), "TB"),
    ("a grid intensity of 95 gCO2/kWh", "95 gCO2/kWh", D("95"), "GCO2/KWH"),
    ("the cellars filled 86,500 hectolitres", "86,500 hectolitres", D("86500"), "HL"),
    ("a brewery of 1.2 million hl", "1.2 million hl", D("1200000"), "HL"),
])
def test_yield_containers_data_and_carbon_intensity(text: str, quote: str, value: D,
                                                           unit: str) -> None:
    (m,) = find_mentions(text)
    assert (text[m.start:m.end], m.value, m.unit) == (quote, value, unit)


def test_tonnes_before_per_hectare_is_a_yield_but_tonnes_alone_a_mass() -> None:
    assert find_mentions("30 tonnes of grain")[0].unit == "TONNE"
    assert find_mentions("3 tonnes a hectare")[0].unit == "T/HA"


def test_data_units_in_small_letters_or_before_letters_are_no_unit() -> None:
    # "gb" in small letters, or the GB of "GBP", is no gigabyte
    assert find_mentions("a score of 4 gb")[0].unit is None
    assert find_mentions("paid 3.2 GBP")[0].unit == "GBP"


def test_the_yield_and_data_units_are_qudt_s_and_convert() -> None:
    v = vocabulary()
    assert str(v.units["T/HA"]).endswith("/unit/TONNE-PER-HA")
    assert v.factor("TB", "GB") == 1000
    assert v.factor("T/HA", "TONNE") is None  # a yield is no mass
    assert v.factor("HL", "LITRE") == 100


@pytest.mark.parametrize("quote", ["1.9 t CO2/ha", "0.4 tCO2e/ha"])
def test_carbon_dioxide_per_hectare_is_a_yield_in_tonnes_per_hectare(quote: str) -> None:
    assert parse_quantity(quote).unit == "T/HA"


@pytest.mark.parametrize("text,quote,value,decimals", [
    ("the bank cut its rate by 75 basis points on Monday", "75 basis points", D("0.75"), 2),
    ("yields rose 12bp to 4.31%", "12bp", D("0.12"), 2),
    ("a move of 5 bps", "5 bps", D("0.05"), 2),
])
def test_basis_points_are_hundredths_of_a_percentage_point(text: str, quote: str, value: D,
                                                           decimals: int) -> None:
    m = find_mentions(text)[0]
    assert (m.text, m.value, m.unit, m.decimals) == (quote, value, "PERCENT_POINT", decimals)


@pytest.mark.parametrize("text,quote,value", [
    ("turnout slipped by half a percentage point", "half a percentage point", D("0.5")),
    ("up a quarter of a percentage point", "a quarter of a percentage point", D("0.25")),
    ("three-quarters of a percentage point lower", "three-quarters of a percentage point",
     D("0.75")),
])
def test_a_fraction_of_a_percentage_point_is_points(text: str, quote: str, value: D) -> None:
    m = find_mentions(text)[0]
    assert (m.text, m.value, m.unit) == (quote, value, "PERCENT_POINT")


@pytest.mark.parametrize("text,quote,value", [
    ("lenders expect a quarter point cut in June", "a quarter point", D("0.25")),
    ("THE BOARD RAISES ITS RATE BY A HALF POINT", "A HALF POINT", D("0.5")),
    ("after a quarter-point rise last spring", "a quarter-point", D("0.25")),
    ("mortgage rates eased by half a point", "half a point", D("0.5")),
    ("three-quarters of a point above target", "three-quarters of a point", D("0.75")),
])
def test_a_fraction_of_a_point_written_short_is_percentage_points(text: str, quote: str,
                                                                  value: D) -> None:
    """"A quarter point", "half a point": the short form rate decisions use."""
    m = find_mentions(text)[0]
    assert (m.text, m.value, m.unit) == (quote, value, "PERCENT_POINT")


@pytest.mark.parametrize("text,quote", [
    ("she scored a third point before the break", "a third"),  # an ordinal's point
    ("half a point of order was lost", "half"),
])
def test_a_point_of_something_is_no_percentage_point(text: str, quote: str) -> None:
    m = find_mentions(text)[0]
    assert m.unit != "PERCENT_POINT"


@pytest.mark.parametrize("quote,value,unit", [
    ("a median wait of 12.6 wks", D("12.6"), "WEEK"),
    ("delays averaged 4.5 hrs", D("4.5"), "HOUR"),
    ("turnaround fell to 38 mins", D("38"), "MINUTE"),
    ("tenancies of 7 yrs", D("7"), "YEAR"),
])
def test_the_short_forms_of_units_of_time_a_table_head_writes(quote: str, value: D,
                                                              unit: str) -> None:
    m = parse_quantity(quote)
    assert (m.value, m.unit) == (value, unit)


def test_a_head_naming_weeks_short_gives_its_cells_weeks(tmp_path) -> None:
    from kg.read import read
    source = tmp_path / "waits.txt"
    source.write_text("Waits\n\nTable 1: Waits by clinic, 2025\n\n"
                      "  Clinic        Patients   Median (wks)\n"
                      "  North            1,204           9.5\n"
                      "  South              861          11.2\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    cell = claims[claims.index(":f-t1-r1-c2 a"):]
    assert "qudt:unit unit:WK ;" in cell[:cell.index("\n\n")]
    count = claims[claims.index(":f-t1-r1-c1 a"):]
    assert "qudt:unit unit:NUM ;" in count[:count.index("\n\n")]


def test_a_spaced_m_after_an_article_is_metres_of_the_noun_it_describes() -> None:
    """"a 0.45 m reflector", "the 33 m pool": a length that describes the noun after it was
    read as a bare number; a count of millions ("reached 2.3 m members") stays unread."""
    assert (parse_quantity("fitted with a 0.45 m reflector").unit,
            parse_quantity("fitted with a 0.45 m reflector").value) == ("M", D("0.45"))
    assert parse_quantity("swim in the 33 m pool").unit == "M"
    assert parse_quantity("reached 2.3 m members").unit is None
    assert parse_quantity("a budget of €2.3 m").unit == "EUR"


def test_a_spaced_m_before_its_other_unit_or_water_equivalent_is_metres() -> None:
    """"0.45 m (18-inch)": a length with its other unit in brackets; "-1.21 m water
    equivalent", "-9.6 m w.e.": a glacier's balance, in metres of water."""
    dish = find_mentions("a 0.45 m (18-inch) dish")[0]
    assert (dish.text, dish.unit) == ("0.45 m", "M")
    assert parse_quantity("the balance was 1.21 m water equivalent").unit == "M"
    assert parse_quantity("a loss of 9.6 m w.e. since 2000").unit == "M"
    assert find_mentions("trips rose by 3 m (12%)")[0].unit is None


def test_square_and_cubic_metres_with_the_power_as_a_plain_digit():
    # "m2", "m3" as a keyboard writes "m²", "m³"; only in lower case after a number ("the
    # M2 motorway" and "3 M2 chips" are names)
    assert [(m.text, m.unit) for m in find_mentions(
        "Each 64 m2 classroom has a 2,500 m3 rainwater cistern.")] == [
        ("64 m2", "M2"), ("2,500 m3", "M3")]
    assert [(m.text, m.unit) for m in find_mentions("Road works closed 4 M2 lanes.")] == [
        ("4", None)]
