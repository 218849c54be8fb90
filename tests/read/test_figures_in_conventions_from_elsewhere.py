"""Figures written in the number and money conventions of other places and papers: a
currency's sign spaced from its amount ("US$ 3.4bn", "€ 450 million") or the euro's sign
after it ("12,50 €", "120 M€"); the scale abbreviations of German, Nordic and French writing
("450 Mio. €", "NOK 1 234,5 mill.", "DKK 3,1 mia.", a head's "(Mio. €)"); American money's
"$2B" and "$1.5MM", "trn" for trillions, an Indian "₹2.5 lakh crore" and "₹500 cr"; the Swiss
franc's "Fr. 12.50"; per cent written "pc" ("up 4pc"); a vulgar fraction glued to a whole
number ("7½%"); and tonnes of carbon dioxide by their symbols ("120,000 tCO2e")."""

from __future__ import annotations

from decimal import Decimal

from kg.numbers import decimal_commas, find_mentions
from kg.read.tables import _scale_and_unit


def read(text: str, comma: bool = False) -> dict[str, tuple[Decimal | None, str | None]]:
    with decimal_commas(comma):
        return {m.text: (m.value, m.unit) for m in find_mentions(text)}


def test_a_sign_spaced_from_its_amount_is_its_currency() -> None:
    got = read("Bookings came to US$ 3.4bn, fees to € 450 million and a mug costs £ 8.50.")
    assert got["US$ 3.4bn"] == (Decimal("3400000000"), "USD")
    assert got["€ 450 million"] == (Decimal("450000000"), "EUR")
    assert got["£ 8.50"] == (Decimal("8.5"), "GBP")
    # a year after a spaced sign is still a year ("in US$ 2023 prices")
    assert read("Totals are in US$ 2023 prices.")["2023"][1] is None


def test_the_euro_sign_after_an_amount() -> None:
    got = read("A day ticket is 14,90 € and a week 49,50 €; the fund holds 120 M€.", comma=True)
    assert got["14,90 €"] == (Decimal("14.9"), "EUR")
    assert got["120 M€"] == (Decimal("120000000"), "EUR")


def test_european_scale_abbreviations_after_an_amount() -> None:
    got = read("Turnover rose to 2,4 Mrd. € and profit to 310 Mio. €; the Oslo arm earned "
               "NOK 812,5 mill. and the Danish one DKK 3,1 mia. in all.", comma=True)
    assert got["2,4 Mrd. €"] == (Decimal("2400000000"), "EUR")
    assert got["310 Mio. €"] == (Decimal("310000000"), "EUR")
    assert got["NOK 812,5 mill."] == (Decimal("812500000"), "NOK")
    assert got["DKK 3,1 mia."] == (Decimal("3100000000"), "DKK")


def test_a_head_s_european_scale_scales_its_cells() -> None:
    assert _scale_and_unit("Umsatz (Mio. €)", "umsatz (mio. €)")[:2] == (6, "EUR")
    assert _scale_and_unit("Driftsinntekter (NOK mill.)", "driftsinntekter (nok mill.)")[:2] \
        == (6, "NOK")
    assert _scale_and_unit("Omsætning (DKK mia.)", "omsætning (dkk mia.)")[:2] == (9, "DKK")


def test_american_and_indian_short_scales_after_money() -> None:
    got = read("The start-up raised $2B after a $1.5MM seed round; the debt is $1.3 trn. "
               "The state set aside ₹2.5 lakh crore, with Rs 20 thousand crore for ports "
               "and ₹640 cr for clinics.")
    assert got["$2B"] == (Decimal("2000000000"), "USD")
    assert got["$1.5MM"] == (Decimal("1500000"), "USD")
    assert got["$1.3 trn"] == (Decimal("1300000000000"), "USD")
    assert got["₹2.5 lakh crore"] == (Decimal("2500000000000"), "INR")
    assert got["Rs 20 thousand crore"] == (Decimal("200000000000"), "INR")
    assert got["₹640 cr"] == (Decimal("6400000000"), "INR")
    # a label's letter is no scale where no money stands before it
    assert "2" not in read("Pupils of Class 2B and Flat 4b")


def test_the_swiss_franc_written_fr() -> None:
    got = read("A night in the dormitory costs Fr. 38.50, a single room SFr. 95.")
    assert got["Fr. 38.50"] == (Decimal("38.5"), "CHF")
    assert got["SFr. 95"] == (Decimal("95"), "CHF")


def test_per_cent_written_pc() -> None:
    got = read("Rents rose 4pc and wages 2.6 pc, a gap of 1.4 pc points.")
    assert got["4pc"] == (Decimal("4"), "PERCENT")
    assert got["2.6 pc"] == (Decimal("2.6"), "PERCENT")
    assert got.get("1.4", (None, None))[1] != "PERCENT"


def test_a_vulgar_fraction_glued_to_a_number() -> None:
    got = read("The bond pays 7½% and the loan 3¼ per cent over 1¾ hours' talks.")
    assert got["7½%"] == (Decimal("7.5"), "PERCENT")
    assert got["3¼ per cent"] == (Decimal("3.25"), "PERCENT")
    assert got["1¾ hours"] == (Decimal("1.75"), "HOUR")


def test_tonnes_of_carbon_dioxide_by_their_symbols() -> None:
    got = read("The works emitted 120,000 tCO2e, the region 3.4 MtCO2e and the depot 40 kt "
               "CO₂e; the orchard stores 18 t CO2 ha⁻¹.")
    assert got["120,000 tCO2e"] == (Decimal("120000"), "TONNE")
    assert got["3.4 MtCO2e"] == (Decimal("3.4"), "MEGATONNE")
    assert got["40 kt CO₂e"] == (Decimal("40"), "KILOTONNE")
    # a rate per hectare is no mass
    assert all(unit != "TONNE" for text, (_, unit) in got.items() if text.startswith("18"))


def test_the_signs_countries_write_before_their_own_money() -> None:
    got = read("Coffee exports earned R$4.1 billion, palm oil RM2.3 billion and garments "
               "Tk 35 crore; a chip costs NT$650, a ferry TSh 3,000 and a taxi E£85.")
    assert got["R$4.1 billion"] == (Decimal("4100000000"), "BRL")
    assert got["RM2.3 billion"] == (Decimal("2300000000"), "MYR")
    assert got["Tk 35 crore"] == (Decimal("350000000"), "BDT")
    assert got["NT$650"] == (Decimal("650"), "TWD")
    assert got["TSh 3,000"] == (Decimal("3000"), "TZS")
    assert got["E£85"] == (Decimal("85"), "EGP")
    # the letters inside a longer word are no sign ("ARM64" is a chip's name)
    assert not any(text.endswith("64") for text in read("builds for ARM64 boards"))


def test_days_and_hours_of_a_kind_are_days_and_hours() -> None:
    got = read("Meters were read over 730 consecutive days; the crew logged 96 shoot days, the "
               "clerks took 11 leave days and the nurses 30 full hours of training.")
    assert got["730 consecutive days"] == (Decimal("730"), "DAY")
    assert got["96 shoot days"] == (Decimal("96"), "DAY")
    assert got["11 leave days"] == (Decimal("11"), "DAY")
    assert got["30 full hours"] == (Decimal("30"), "HOUR")


def test_a_currency_s_code_glued_to_its_amount() -> None:
    got = read("Net debt stood at USD2.7 billion, capex at EUR85m and the dividend at "
               "GBP1.1bn; the mill spent Rs2,400 crore and Rs.950 on each loom.")
    assert got["USD2.7 billion"] == (Decimal("2700000000"), "USD")
    assert got["EUR85m"] == (Decimal("85000000"), "EUR")
    assert got["GBP1.1bn"] == (Decimal("1100000000"), "GBP")
    assert got["Rs2,400 crore"] == (Decimal("24000000000"), "INR")
    assert got["Rs.950"] == (Decimal("950"), "INR")
    # capitals that name no currency glued to digits are a name ("ISO9001", "ABC123")
    assert read("certified to ISO9001 for part ABC123") == {}


def test_a_head_s_code_with_its_scale_glued_or_in_digits() -> None:
    for head, want in (("Segment revenue (EURm)", (6, "EUR")), ("Net sales, MSEK", (6, "SEK")),
                       ("Costs (kEUR)", (3, "EUR")), ("Costs (TEUR)", (3, "EUR")),
                       ("Orders (USDbn)", (9, "USD")), ("Balance sheet (NOK 1,000)", (3, "NOK")),
                       ("Amounts in DKK 1 000 000", (6, "DKK")),
                       ("Outlay (₹ lakh crore)", (12, "INR"))):
        assert _scale_and_unit(head, head.lower())[:2] == want, head
    # a word that only contains the letters is no code ("Amateur", "Mars")
    assert _scale_and_unit("Amateur clubs", "amateur clubs")[:2] == (0, None)
    # a price per thousand is no scale
    assert _scale_and_unit("Return per EUR 1,000 invested",
                           "return per eur 1,000 invested")[0] == 0


def test_a_number_times_a_power_of_ten() -> None:
    got = read("Samples held 2.6 × 10⁶ spores, the filter 4 x 10^-3 of them and the tank "
               "7×10⁹ in all, on a 4 x 10 grid.")
    assert got["2.6 × 10⁶"][0] == Decimal("2600000")
    assert got["4 x 10^-3"][0] == Decimal("0.004")
    assert got["7×10⁹"][0] == Decimal("7000000000")
    # a grid's "4 x 10" is two numbers
    assert "4" in got and "10" in got


def test_percentage_points_written_pts() -> None:
    assert read("Turnout fell 6 percentage pts in the ward.")["6 percentage pts"] == \
        (Decimal("6"), "PERCENT_POINT")


def test_a_scale_or_per_cent_hyphened_to_its_number() -> None:
    got = read("Ottawa unveiled a $2.8-billion fund, a $45-million pilot and a US$1.1-trillion "
               "estimate, with a 7-per-cent top-up and a 3.5-percent cap.")
    assert got["$2.8-billion"] == (Decimal("2800000000"), "USD")
    assert got["$45-million"] == (Decimal("45000000"), "USD")
    assert got["US$1.1-trillion"] == (Decimal("1100000000000"), "USD")
    assert got["7-per-cent"] == (Decimal("7"), "PERCENT")
    assert got["3.5-percent"] == (Decimal("3.5"), "PERCENT")


def test_a_threshold_passed_restates_no_cell(tmp_path) -> None:
    from rdflib.namespace import RDF

    from kg.build import build_document
    from kg.corpus import read_document
    from kg.namespaces import CG
    from kg.read import read as read_text

    text = ("# Ferry passengers, 2024-25\n\nSummary\n\nThe state's ferries carried 11,53,300 "
            "passengers in 2024-25, against 10,91,900 in 2023-24. Total passengers thus "
            "crossed the 11-lakh mark for the first time, growing by 5.6 per cent over the "
            "previous year.\n\n| Route | 2024-25 | 2023-24 |\n|---|---:|---:|\n"
            "| North | 6,20,400 | 5,90,100 |\n| South | 5,32,900 | 5,01,800 |\n"
            "| Total | 11,53,300 | 10,91,900 |\n")
    source = tmp_path / "ferries.md"
    source.write_text(text, encoding="utf-8")
    made = read_text(source, tmp_path / "c")
    g = build_document(read_document(made.folder)).graph
    mark = next(f for f in g.subjects(RDF.type, CG.Figure)
                if str(g.value(f, CG.quote)) == "11-lakh")
    assert not any(mark in (g.value(r, CG.first), g.value(r, CG.restatedAs))
                   for r in g.subjects(RDF.type, CG.RestatementRelation))
