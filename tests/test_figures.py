"""A figure's encoded value and unit must say what its quote says."""

from __future__ import annotations

import pytest

from kg.build import build_corpus

TEXT = ("Sales were 910 million US dollars, up 12% on the year. Growth was 24 2% at one "
        "shop and 300% to 400% at others. About a quarter came online.")
CLAIM = ':c a cg:Claim ; cg:quote "{quote}" .\n'


def figure(quote: str, value: str, unit: str, extra: str = "") -> str:
    return (CLAIM.format(quote=quote) +
            f':f a cg:Figure ; cg:claim :c ; cg:quote "{quote}" ; '
            f"qudt:numericValue {value} ; qudt:unit {unit} {extra}.\n")


def problems(make_doc, claims: str) -> list[str]:
    root = make_doc("t", text=TEXT, claims=claims)
    result = build_corpus(root)
    return [p.message + (f" ({p.hint})" if p.hint else "") for p in result.problems]


def test_a_figure_that_agrees_builds(make_doc) -> None:
    assert problems(make_doc, figure("910 million US dollars", "910000000", "unit:CCY_USD")) == []


def test_value_disagreeing_with_the_quote_names_both(make_doc) -> None:
    [message] = problems(make_doc, figure("910 million US dollars", "9100000000", "unit:CCY_USD"))
    assert "value 9100000000 disagrees with the quote '910 million US dollars'" in message
    assert "reads 910000000" in message


def test_unit_disagreeing_with_the_quote_names_both(make_doc) -> None:
    [message] = problems(make_doc, figure("910 million US dollars", "910000000", "unit:CCY_CNY"))
    assert "unit unit:CCY_CNY disagrees" in message and "unit:CCY_USD" in message


def test_percent_without_a_percent_sign_is_refused(make_doc) -> None:
    claims = CLAIM.format(quote="Sales were 910 million US dollars") + (
        ':f a cg:Figure ; cg:claim :c ; cg:quote "910 million" ; '
        "qudt:numericValue 910000000 ; qudt:unit unit:PERCENT .\n")
    [message] = problems(make_doc, claims)
    assert "writes no percent sign" in message


def test_garbled_number_needs_a_reading_note(make_doc) -> None:
    [message] = problems(make_doc, figure("24 2%", "24.2", "unit:PERCENT"))
    assert "garbled" in message and "cg:readingNote" in message


def test_garbled_number_with_a_reading_note_builds(make_doc) -> None:
    extra = '; cg:readingNote "a lost decimal point" '
    assert problems(make_doc, figure("24 2%", "24.2", "unit:PERCENT", extra)) == []
    assert problems(make_doc, figure("24 2%", "242", "unit:PERCENT", extra)) == []


def test_garbled_number_with_neither_reading_is_refused(make_doc) -> None:
    [message] = problems(make_doc, figure("24 2%", "2.42", "unit:PERCENT",
                                          '; cg:readingNote "x" '))
    assert "disagrees" in message and "24.2" in message and "242" in message


def test_range_needs_its_upper_end(make_doc) -> None:
    [message] = problems(make_doc, figure("300% to 400%", "300", "unit:PERCENT"))
    assert "range up to 400" in message and "cg:rangeTo 400" in message
    assert problems(make_doc, figure("300% to 400%", "300", "unit:PERCENT",
                                     "; cg:rangeTo 400 ")) == []


def test_fraction_in_words_is_unitless(make_doc) -> None:
    assert problems(make_doc, figure("a quarter", "0.25", "unit:UNITLESS")) == []
    [message] = problems(make_doc, figure("a quarter", "0.25", "unit:PERCENT"))
    assert "fraction" in message


def test_currency_the_quote_does_not_name_needs_a_note(make_doc) -> None:
    claims = CLAIM.format(quote="Sales were 910 million US dollars") + (
        ':f a cg:Figure ; cg:claim :c ; cg:quote "910 million" ; '
        "qudt:numericValue 910000000 ; qudt:unit unit:CCY_USD .\n")
    [message] = problems(make_doc, claims)
    assert "names no currency" in message and "skos:editorialNote" in message


def test_quote_with_two_numbers_is_refused(make_doc) -> None:
    [message] = problems(make_doc, figure("910 million US dollars, up 12%", "910000000",
                                          "unit:CCY_USD"))
    assert "2 numbers" in message


def test_figure_quote_must_lie_inside_its_claim(make_doc) -> None:
    claims = CLAIM.format(quote="Sales were 910 million US dollars") + (
        ':f a cg:Figure ; cg:claim :c ; cg:quote "12%" ; '
        "qudt:numericValue 12 ; qudt:unit unit:PERCENT .\n")
    [message] = problems(make_doc, claims)
    assert "not found inside its claim's quote" in message


def test_stated_date_must_match_its_quote(make_doc) -> None:
    root = make_doc("d", text="It opened on November 28, 2014 at noon.",
                    claims=':c a cg:Claim ; cg:quote "It opened on November 28, 2014" .\n'
                           ':d a cg:StatedDate ; cg:claim :c ; cg:quote "November 28, 2014" ; '
                           'cg:date "2014-11-29"^^xsd:date .\n')
    [p] = build_corpus(root).problems
    assert "cg:date 2014-11-29 disagrees with the quote 'November 28, 2014'" in p.message


@pytest.mark.parametrize("value,message", [
    ('"910000000"', "not an exact decimal"),
    ("9.1e8", "not an exact decimal"),
])
def test_non_decimal_values_are_refused(make_doc, value: str, message: str) -> None:
    [text] = problems(make_doc, figure("910 million US dollars", value, "unit:CCY_USD"))
    assert message in text


DOLLARS = "Starts in Halifax cost $742,000 each, against US$5,000 for the imported kits."


def dollar_problems(make_doc, quote: str, value: str, unit: str, extra: str = "") -> list[str]:
    claims = CLAIM.format(quote=DOLLARS) + (
        f':f a cg:Figure ; cg:claim :c ; cg:quote "{quote}" ; '
        f"qudt:numericValue {value} ; qudt:unit {unit} {extra}.\n")
    result = build_corpus(make_doc("t", text=DOLLARS, claims=claims))
    return [p.message for p in result.problems]


def test_a_bare_dollar_in_another_country_s_dollar_builds_where_a_note_says_why(
        make_doc) -> None:
    """'$742,000' in a text whose dollar is Canada's: CAD, with the note that says so."""
    note = '; skos:editorialNote "the text\'s own dollar (CAD)" '
    assert dollar_problems(make_doc, "$742,000", "742000", "unit:CCY_CAD", note) == []
    [message] = dollar_problems(make_doc, "$742,000", "742000", "unit:CCY_CAD")
    assert "unit unit:CCY_CAD disagrees with the quote '$742,000'" in message


def test_a_quote_naming_the_us_dollar_or_a_bare_dollar_read_as_no_dollar_is_refused(
        make_doc) -> None:
    note = '; skos:editorialNote "the text\'s own dollar (CAD)" '
    [message] = dollar_problems(make_doc, "US$5,000", "5000", "unit:CCY_CAD", note)
    assert "unit unit:CCY_CAD disagrees with the quote 'US$5,000'" in message
    [message] = dollar_problems(make_doc, "$742,000", "742000", "unit:CCY_EUR", note)
    assert "unit unit:CCY_EUR disagrees with the quote '$742,000'" in message


WEIGHED = "The mill bought 640,000 pounds of cotton for $1.2 million, against £300 of fees."


def pound_problems(make_doc, quote: str, value: str, unit: str, extra: str = "") -> list[str]:
    claims = CLAIM.format(quote=WEIGHED) + (
        f':f a cg:Figure ; cg:claim :c ; cg:quote "{quote}" ; '
        f"qudt:numericValue {value} ; qudt:unit {unit} {extra}.\n")
    result = build_corpus(make_doc("t", text=WEIGHED, claims=claims))
    return [p.message for p in result.problems]


def test_the_word_pounds_read_as_a_mass_builds_where_a_note_says_why(make_doc) -> None:
    note = '; skos:editorialNote "pounds of mass: the text\'s money is in USD" '
    assert pound_problems(make_doc, "640,000 pounds", "640000", "unit:LB", note) == []
    [message] = pound_problems(make_doc, "640,000 pounds", "640000", "unit:LB")
    assert "unit unit:LB disagrees with the quote '640,000 pounds'" in message


def test_a_pound_sign_is_never_a_mass_whatever_the_note_says(make_doc) -> None:
    note = '; skos:editorialNote "pounds of mass" '
    [message] = pound_problems(make_doc, "£300", "300", "unit:LB", note)
    assert "unit unit:LB disagrees with the quote '£300'" in message
