"""Conversions whose rate the document states once, in a sentence of its own."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def conversions(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "ConversionRelation"]


def test_the_one_rate_a_page_states_converts_each_price(tmp_path: Path) -> None:
    # the amount is in the currency the rate counts (dollars per euro), so the dollars
    text = ("Entry costs €40 (about US$44). A family ticket is €100 (US$109). All dollar "
            "amounts use €1 = US$1.09.")
    assert conversions(tmp_path, text) == [
        {"amount": ("about US$44",), "convertedAmount": ("€40",), "rate": ("1.09",)},
        {"amount": ("US$109",), "convertedAmount": ("€100",), "rate": ("1.09",)}]


def test_a_rate_in_words_on_both_sides_of_an_equation(tmp_path: Path) -> None:
    text = "Rooms cost €80 (US$88). Dollar prices use the rate of one euro = 1.09 US dollars."
    assert conversions(tmp_path, text) == [
        {"amount": ("US$88",), "convertedAmount": ("€80",), "rate": ("1.09",)}]


def test_two_rates_for_the_pair_make_neither_the_rate_of_a_conversion(tmp_path: Path) -> None:
    text = ("Entry costs €40 (about US$44). In March €1 = US$1.08; in May €1 = US$1.12.")
    assert conversions(tmp_path, text) == [
        {"amount": ("€40",), "convertedAmount": ("about US$44",)}]


def test_an_amount_booked_in_another_currency_at_a_rate(tmp_path: Path) -> None:
    text = ("The museum received a bequest of ¥150 million, booked as €920,000 at 163 yen to "
            "the euro.")
    assert conversions(tmp_path, text) == [
        {"amount": ("¥150 million",), "convertedAmount": ("€920,000",), "rate": ("163",)}]


def test_an_earlier_amount_that_equates_to_another_currency_at_a_rate(tmp_path: Path) -> None:
    """The amount is the earlier sentence's, in the currency the rate counts per."""
    text = ("Net sales reached 2.1 billion kronor in the year. For overseas holders, "
            "full-year sales equate to roughly €180 million at 11.7 kronor per euro.")
    assert conversions(tmp_path, text) == [
        {"amount": ("2.1 billion kronor",), "convertedAmount": ("roughly €180 million",),
         "rate": ("11.7",)}]


def test_a_converted_total_a_few_sentences_on_is_the_total_not_a_baseline(
        tmp_path: Path) -> None:
    """"total income was equivalent to €468.0 million, converted at €1.17 to the pound": the
    total income four sentences back, never the "from £85.7m the year before" nearer it."""
    found = [roles for kind, roles, _ in suggested(
        tmp_path, "Total income for the year was £400.0m. Fees brought in £250.0m, and grants "
                  "£90.0m. Gifts added £40.0m and other sources £20.0m. Grant income rose 5.0% "
                  "from £85.7m the year before. For our partners abroad: total income was "
                  "equivalent to €468.0 million, converted at €1.17 to the pound.")
        if kind == "ConversionRelation"]
    assert [r["convertedAmount"] for r in found] == [("£400.0m",)]


def test_that_is_an_earlier_amount_restated_at_the_rate_said_first(tmp_path: Path) -> None:
    """"At an exchange rate of EUR 1.06 per Swiss franc, that is about EUR 42,400": the
    rate opens the sentence, "that is" restates the amount the sentence before gives."""
    found = conversions(tmp_path, "The grant is CHF 40,000. At an exchange rate of EUR 1.06 "
                                  "per Swiss franc, that is about EUR 42,400.")
    assert found == [{"amount": ("about EUR 42,400",), "convertedAmount": ("CHF 40,000",),
                      "rate": ("1.06",)}]


def test_that_is_with_no_rate_stated_is_no_conversion(tmp_path: Path) -> None:
    """"That is $2,000 more than in 2023": no rate, so the dollars restate nothing."""
    found = conversions(tmp_path, "The bursary is £9,000 a year. That is $2,000 more than "
                                  "in 2023.")
    assert found == []


def test_that_restates_the_amount_the_sentence_before_gives_for_the_same_span(
        tmp_path: Path) -> None:
    """"… NOK 900 a week, or NOK 46,800 over 52 weeks. At NOK 11.6 per euro, that is about
    €4,035 a year": "that" is the year's amount the sentence before states, not the week's
    nor any amount further back."""
    text = ("Membership costs NOK 4,000 to join. Budget NOK 900 a week for food, or NOK 46,800 "
            "over 52 weeks. At NOK 11.6 per euro, that is about €4,035 a year.")
    assert conversions(tmp_path, text) == [
        {"amount": ("NOK 46,800",), "convertedAmount": ("about €4,035",), "rate": ("11.6",)}]


def test_that_with_two_amounts_the_words_do_not_tell_apart_converts_neither(
        tmp_path: Path) -> None:
    text = ("Membership costs NOK 4,000 to join. Budget NOK 900 for food and NOK 46,800 for "
            "rent. At NOK 11.6 per euro, that is about €4,035 a year.")
    assert conversions(tmp_path, text) == []


def _firm(tmp_path: Path, text: str) -> list[tuple[dict, bool]]:
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest
    from kg.corpus import read_document
    from kg.namespaces import CG

    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    new_document(tmp_path / "claims", "t", tmp_path / "t.txt")
    g = read_document(tmp_path / "claims" / "t").graph
    quote = {str(s).rsplit("/", 1)[-1]: str(o) for s, o in g.subject_objects(CG.quote)}
    return [({role: tuple(quote[x] for x in xs) for role, xs in s.roles}, s.across)
            for s in suggest(tmp_path / "claims", "t") if s.kind == "ConversionRelation"]


def test_an_earlier_amount_the_words_name_alike_is_converted_firmly(tmp_path: Path) -> None:
    """"Operating costs … were NOK 2,140 million. … operating costs came to about €186
    million": the words name the amount they restate, so the relation is read, not only
    proposed; an amount they do not name alike stays a proposal."""
    found = _firm(tmp_path, "Operating costs in 2025 were NOK 2,140 million. Translated at "
                            "NOK 11.5 per euro, operating costs came to about €186 million.")
    assert found == [({"amount": ("NOK 2,140 million",), "convertedAmount": ("about €186 million",),
                       "rate": ("11.5",)}, True)]
    (tmp_path / "b").mkdir()
    found = _firm(tmp_path / "b", "Operating costs in 2025 were NOK 2,140 million. Translated "
                                  "at NOK 11.5 per euro, the dividend came to about €186 "
                                  "million.")
    assert [across for _, across in found] in ([], [False])


def test_an_amount_converted_is_not_converted_back_into_its_own_currency(
        tmp_path: Path) -> None:
    """"€120 a tonne (about US$130 at 1.08 dollars per euro), equivalent to €4.80 a bag":
    the euros after the dollars are another measure of the €120, never the dollars back."""
    text = ("Compost cost €120 a tonne (about US$130 at 1.08 dollars per euro), equivalent "
            "to €4.80 a bag.")
    assert conversions(tmp_path, text) == [
        {"amount": ("about US$130",), "convertedAmount": ("€120",), "rate": ("1.08",)}]
