"""A bare "$" is read in the dollar the text says is its own (a statement of its amounts'
currency, "NZ$" written beside it, or the country or province its head names), and in US
dollars where it names the US dollar too or a place only in passing."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib.namespace import RDF

from kg.authoring.new import local_dollar
from kg.build import build_document
from kg.corpus import read_document
from kg.namespaces import CG, QUDT
from kg.read import read
from tests.read.test_read import kg

RINK = """# Oakfield Ice Centre, annual accounts 2025

MOOSE FALLS, Manitoba - The town's ice centre took in $1.86 million in the year to
31 March 2025, up from $1.72 million the year before.

| Income ($000) | 2025 |
|:--|--:|
| Skating | 1,140 |
| Hockey leagues | 720 |
| Total | 1,860 |

A season pass cost $385, and a single skate 85 cents.
"""


def units(tmp_path: Path, text: str) -> dict[str, str]:
    source = tmp_path / "doc.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    g = build_document(read_document(made.folder)).graph
    return {str(g.value(f, CG.quote)): str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1]
            for f in g.subjects(RDF.type, CG.Figure) if g.value(f, QUDT.unit) is not None}


def test_dollars_in_a_text_whose_head_names_a_province_are_that_country_s(
        tmp_path: Path) -> None:
    read_as = units(tmp_path, RINK)
    money = {q: u for q, u in read_as.items() if u.startswith("CCY_")}
    assert money == {"$1.86 million": "CCY_CAD", "$1.72 million": "CCY_CAD",
                     "1,140": "CCY_CAD", "720": "CCY_CAD", "1,860": "CCY_CAD",
                     "$385": "CCY_CAD", "85 cents": "CCY_CAD"}
    checked = kg("check", "--claims", "c", "--format", "json", cwd=tmp_path)
    report = json.loads(checked.stdout)
    assert [f["message"] for f in report["findings"]
            if f["check"] == "structure" and f["severity"] != "pass"] == []
    assert {f["severity"] for f in report["findings"] if f["check"] == "sum"} == {"pass"}


def test_a_statement_of_the_amounts_currency_or_a_prefixed_dollar_places_the_rest() -> None:
    assert local_dollar("Figures are in Australian dollars. Fees rose to $412.") == "AUD"
    assert local_dollar("Grants of NZ$2.1 million and a further $300,000.") == "NZD"


def test_dollars_stay_american_where_the_text_names_the_us_dollar_or_two_dollars() -> None:
    assert local_dollar("TORONTO, Ontario - Kits cost US$5,000, and fees $40.") is None
    assert local_dollar("Fares in C$ and A$: C$12 in Vancouver, A$9 in Perth; $3 here.") \
        is None


def test_a_place_named_only_in_passing_leaves_dollars_american() -> None:
    text = "Riverton city budget\n\nThe city will spend $48 million. " + "Roads. " * 120 + \
        "Snow clearing equipment was bought from a firm in Canada for $2 million."
    assert local_dollar(text) is None
    assert local_dollar("Springfield budget: $5 million for schools.") is None


def test_a_statement_of_the_amounts_dollar_holds_beside_amounts_marked_as_us_dollars(
        tmp_path: Path) -> None:
    """"unless otherwise noted": the text marks its US-dollar amounts, so its bare "$" is the
    dollar it states."""
    text = ("Maplewood Rinks results\n\nAll figures are in Canadian dollars unless otherwise "
            "noted. Ticket sales were $18.6 million (about US$13.6 million at C$1.37 per US "
            "dollar).\n")
    assert local_dollar(text) == "CAD"
    assert units(tmp_path, text) == {"$18.6 million": "CCY_CAD",
                                     "about US$13.6 million": "CCY_USD",
                                     "1.37": "ns#CurrencyPerCurrency"}
    # two dollars stated leave "$" unplaced
    assert local_dollar("Amounts are in Canadian dollars; the notes are in Australian "
                        "dollars unless stated. Fees were $40.") is None
