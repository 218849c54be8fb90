"""Figures in the currency and the year the words give them: "Rs." before an amount does
not end a sentence (so the amount keeps its currency), a table whose caption or head says
"(Rs. million)" is in rupees, "₡45.5 million" is in colones, a bare "kr" is the crown of the
country the page places itself in by its own address (".no", ".se", ".dk") or by the
language it offers ("Norsk"), and a day told as gone by after its weekday's comma ("came on
Sunday, Sept. 15") is of the year before the text's date."""

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import RDF

from kg.build import build_document
from kg.corpus import read_document
from kg.namespaces import CG, QUDT
from kg.numbers import writes_krone
from kg.read import read
from tests.read.test_local_dollars import units


def text_figures(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    """Each figure's quote, unit and value, read from ``text`` saved as plain text."""
    source = tmp_path / "doc.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    g = build_document(read_document(made.folder)).graph
    return {str(g.value(f, CG.quote)): (str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1],
                                        str(g.value(f, QUDT.numericValue)))
            for f in g.subjects(RDF.type, CG.Figure) if g.value(f, QUDT.unit) is not None}


def text_units(tmp_path: Path, text: str) -> dict[str, str]:
    """Each figure's quote and unit, read from ``text`` saved as plain text."""
    return {q: unit for q, (unit, _) in text_figures(tmp_path, text).items()}


def test_an_amount_after_rs_keeps_its_rupee(tmp_path: Path) -> None:
    got = units(tmp_path, "Quarterly update\n\nThe co-operative earned Rs. 812.4 million, "
                          "against Rs. 640.2 million a year earlier. Each member received "
                          "Rs. 1,250 as a bonus.\n")
    assert got.get("Rs. 812.4 million") == "CCY_INR"
    assert got.get("Rs. 640.2 million") == "CCY_INR"
    assert got.get("Rs. 1,250") == "CCY_INR"


def test_a_table_headed_rs_million_is_in_rupees(tmp_path: Path) -> None:
    got = text_units(tmp_path, "Dairy co-operative results\n\n"
                          "(Rs. million)        FY25     FY24\n"
                          "Milk sales          912.4    840.1\n"
                          "Other income         22.7     19.3\n"
                          "Total income        935.1    859.4\n")
    assert got.get("912.4") == "CCY_INR" and got.get("859.4") == "CCY_INR"


def test_a_bare_kr_is_the_crown_of_the_place_the_page_names() -> None:
    assert writes_krone("Home   Shop   Norsk | English\n\nA season pass costs kr 650.") == "NOK"
    assert writes_krone("A locker is 40 kr a day. Write to hej@badet.example.se") == "SEK"
    assert writes_krone("Entry is kr. 95. Questions: www.museum.example.dk") == "DKK"
    # a crown named outright wins; a page placed in two crown countries is no crown's
    assert writes_krone("Prices in Swedish kronor: 120 kr. Norsk | Svenska") == "SEK"
    assert writes_krone("Tickets 120 kr. Norsk | Dansk") is None
    # a domain inside a longer name places nothing
    assert writes_krone("Tickets 120 kr. See www.example.no.example.com") is None


def test_the_crown_placed_so_is_the_figures_unit(tmp_path: Path) -> None:
    got = units(tmp_path, "Bike repair cafe\n\nA yearly membership costs kr 300, and a new "
                          "inner tube kr 1 200 for ten.\n\nContact: post@sykkel.example.no\n")
    assert got.get("kr 300") == "CCY_NOK"


def test_the_colon_sign_and_other_one_currency_signs() -> None:
    from kg.numbers import find_mentions
    got = {m.text: m.unit for m in find_mentions(
        "The reserve spent ₡45.5 million on patrols; a guide costs ₱1,500 a day and a permit "
        "₪120.")}
    assert got == {"₡45.5 million": "CRC", "₱1,500": "PHP", "₪120": "ILS"}


def test_a_day_gone_by_after_its_weekday_s_comma_is_of_the_year_before(tmp_path: Path) -> None:
    from kg.read import read as read_text
    source = tmp_path / "y.txt"
    source.write_text("Harbour festival review\n\nPosted 20 January 2025\n\nThe wettest day "
                      "came on Sunday, Sept. 15, when the parade was cancelled.\n",
                      encoding="utf-8")
    claims = (read_text(source, tmp_path / "c").folder / "claims.ttl").read_text(
        encoding="utf-8")
    assert 'cg:date "2024-09-15"^^xsd:date' in claims
