"""kg new's drafts: what each number measures, rates, and quotes the build accepts as drafted
(issue 15: people counted as organizations, shares as growth rates, a rate as a yuan amount,
waiver quotes the build refused)."""

from __future__ import annotations

import re
from pathlib import Path

from kg.authoring.confirm import confirm
from kg.authoring.new import new_document
from kg.build import build_corpus

TEXT = """City report, 2025

The city had 412,000 residents in 2025, 2.1 percent more than in 2024.
Its buses carried 38.2 million passengers and sold 9.4 million tickets; 61 percent of riders used a card.
Some 1,200 companies and 86,000 users signed up to the app in 2025.
The new depot cost 48 million yuan, about $6.6 million at 7.25 yuan to the dollar, and opened on Monday, September 8, 2025.
The depot is 2.4 kilometres from the centre and stores 310 tonnes of salt.
"""


def drafts(tmp_path: Path) -> dict[str, tuple[str, str, str]]:
    source = tmp_path / "city.txt"
    source.write_text(TEXT, encoding="utf-8")
    new_document(tmp_path / "claims", "city", source)
    text = (tmp_path / "claims" / "city" / "claims.ttl").read_text(encoding="utf-8")
    out = {}
    for block in text.split("\n\n"):
        quote = re.search(r'cg:quote "([^"]*)"', block)
        unit = re.search(r"qudt:unit (\S+) ;", block)
        measure = re.search(r"cg:measures (\S+) ;", block)
        if quote and unit and measure:
            out[quote.group(1)] = (unit.group(1), measure.group(1))
    return out


def test_measures_are_guessed_from_the_words_next_to_the_number(tmp_path: Path) -> None:
    assert drafts(tmp_path) == {
        "412,000": ("unit:NUM", "cg:PeopleCount"),
        "2.1 percent": ("unit:PERCENT", "cg:GrowthRate"),
        "38.2 million": ("unit:NUM", "cg:PeopleCount"),
        "9.4 million": ("unit:NUM", "cg:ItemCount"),
        "61 percent": ("unit:PERCENT", "cg:ShareOf"),
        "Some 1,200": ("unit:NUM", "cg:OrganizationCount"),
        "86,000": ("unit:NUM", "cg:UserCount"),
        "48 million yuan": ("unit:CCY_CNY", "cg:MonetaryAmount"),
        "about $6.6 million": ("unit:CCY_USD", "cg:MonetaryAmount"),
        # a rate: its number alone (the currency words are the rate's, not an amount's)
        "7.25": ("cg:CurrencyPerCurrency", "cg:ExchangeRate"),
        "2.4 kilometres": ("unit:KiloM", "<http://qudt.org/vocab/quantitykind/Length>"),
        "310 tonnes": ("unit:TONNE", "<http://qudt.org/vocab/quantitykind/Mass>"),
    }


def test_confirmed_drafts_build_with_no_error(tmp_path: Path) -> None:
    """Done when of issue 15: dates, years (one of them twice: its waiver quote is widened
    until it stands once in the whole text), shares, counts of people and a rate."""
    drafts(tmp_path)
    confirm(tmp_path / "claims", "city", [], every=True)
    result = build_corpus(tmp_path / "claims")
    assert result.problems == []
    text = (tmp_path / "claims" / "city" / "claims.ttl").read_text(encoding="utf-8")
    waivers = re.findall(r':w-\d+ a cg:Waiver ;\n    cg:quote "([^"]*)"', text)
    assert waivers and all(" ".join(TEXT.split()).count(w) == 1 for w in waivers)


def test_a_number_before_a_pair_of_currency_codes_is_a_rate(tmp_path: Path) -> None:
    """Issue 30: "at 10.72 NOK/USD" was drafted as a count, so a conversion could not be
    checked at its stated rate."""
    source = tmp_path / "rate.txt"
    source.write_text("Revenue of NOK 4,812 million was USD 449 million at 10.72 NOK/USD.\n",
                      encoding="utf-8")
    new_document(tmp_path / "claims", "rate", source)
    claims = (tmp_path / "claims" / "rate" / "claims.ttl").read_text(encoding="utf-8")
    assert re.search(r'cg:quote "10\.72" ;\n[^\n]*\n    qudt:unit cg:CurrencyPerCurrency', claims)


def test_an_identifier_s_number_is_no_figure(tmp_path: Path) -> None:
    """"Petition ref. 20931" and "Licence No. 448" name documents: drafted as figures they
    were divided and summed like counts (a written answer's "UIN 17452" became an average's
    aggregate). A number with a unit after such a word still is one ("No. 3 costs £40")."""
    source = tmp_path / "council.txt"
    source.write_text("Council minutes\n\nPetition ref. 20931 asked for 14 new benches. "
                      "Licence No. 448 covers 2,300 square metres. ID: 7710 was withdrawn.\n",
                      encoding="utf-8")
    new_document(tmp_path / "claims", "council", source)
    text = (tmp_path / "claims" / "council" / "claims.ttl").read_text(encoding="utf-8")
    quotes = re.findall(r'cg:quote "([^"]*)" ;\n    qudt:numericValue', text)
    assert "14" in quotes and any(q.startswith("2,300") for q in quotes)
    assert not {"20931", "448", "7710"} & set(quotes)
