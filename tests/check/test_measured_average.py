"""Averages over a measured count (issue 30): a yield in t/ha from tonnes and hectares,
energy per cubic metre, and a mean in MWh a home from a total in GWh, checked in SI units by
QUDT's conversion multipliers by both engines; a unit pairing that does not fit is a
structure finding that says what to fix."""

from __future__ import annotations

import json

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from kg.report.json_report import to_json
from tests.check.conftest import fig, rel

ROLES = "cg:aggregate :total ; cg:count :count ; cg:average :mean"


def figures(total: tuple[str, str, str], count: tuple[str, str, str],
            mean: tuple[str, str, str]) -> list[str]:
    """(quote, value, unit) of the aggregate, the count and the average, and the relation."""
    return [fig("total", *total), fig("count", *count), fig("mean", *mean),
            rel("r", "AverageRelation", ROLES)]


YIELD = "The farms harvested 10,044 tonnes on 1,240 hectares, {} {} a hectare."
ENERGY = "The plant used 4.2 GWh to treat 7.0 million cubic metres, or 0.6 kWh/m3."
HOMES = "The town's 8,167 homes used 19.6 GWh, a mean of 2.4 MWh a home."


def yield_doc(stated: str = "8.1", unit: str = "unit:TONNE-PER-HA") -> tuple[str, list[str]]:
    """The yield in t/ha, or (a slip of the model) in tonnes."""
    symbol = "t/ha" if unit == "unit:TONNE-PER-HA" else "tonnes"
    return YIELD.format(stated, symbol), figures(("10,044 tonnes", "10044", "unit:TONNE"),
                                                 ("1,240 hectares", "1240", "unit:HA"),
                                                 (f"{stated} {symbol}", stated, unit))


CASES = {
    "yield": yield_doc(),
    "energy per cubic metre": (ENERGY, figures(("4.2 GWh", "4.2", "unit:GigaW-HR"),
                                               ("7.0 million cubic metres", "7000000",
                                                "unit:M3"),
                                               ("0.6 kWh/m3", "0.6", "unit:KiloW-HR-PER-M3"))),
    "total in another unit of the dimension": (HOMES, figures(
        ("19.6 GWh", "19.6", "unit:GigaW-HR"), ("8,167 homes", "8167", "unit:NUM"),
        ("2.4 MWh", "2.4", "unit:MegaW-HR"))),
}


def report(make_doc, text: str, items: list[str], engine: str) -> dict:
    claims = (f':c a cg:Claim ; cg:quote """{text}""" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" .\n' + "".join(items))
    result = build_corpus(make_doc("t", text=text, claims=claims))
    assert not result.problems, [str(p) for p in result.problems]
    return json.loads(to_json(check_corpus(result, engine=engine)))


def about_r(found: dict) -> dict[str, str]:
    return {f["check"]: f["severity"] for f in found["findings"] if f["id"].startswith("t/r/")}


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_an_average_over_a_measured_count_holds(make_doc, engine: str, case: str) -> None:
    found = report(make_doc, *CASES[case], engine)
    assert about_r(found) == {"average": "pass"}, found["findings"]
    assert found["conforms"]


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_a_slipped_yield_fails_and_is_diagnosed(make_doc, engine: str) -> None:
    found = report(make_doc, *yield_doc("1.8"), engine)  # 8.1 with its digits swapped
    assert about_r(found) == {"average": "violation"}
    average = next(f for f in found["findings"] if f["check"] == "average")
    assert average["message"].startswith("The aggregate over the count is 8.1 t/ha (")
    first = next(d for d in found["diagnoses"] if "t/r/average" in d["explains"])
    assert first["figure"].endswith("/mean") and first["pattern"] == "transposed digits"
    assert first["suggested"] == 8.1
    implied = first["implied"]
    assert implied["low"] == pytest.approx(10043.5 * 1000 / (1245 * 10000) / 0.1)  # "1,240": ±5
    assert implied["high"] == pytest.approx(10044.5 * 1000 / (1235 * 10000) / 0.1)


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_a_unit_pairing_that_does_not_fit_says_what_to_fix(make_doc, engine: str) -> None:
    # "8.1 tonnes a hectare" recorded in tonnes: tonnes over hectares are not tonnes
    found = report(make_doc, *yield_doc("8.1", "unit:TONNE"), engine)
    assert about_r(found) == {"structure": "violation"}
    message = next(f["message"] for f in found["findings"] if f["check"] == "structure")
    assert "these units do not fit an average" in message
    assert "the aggregate's per the count's (t/ha from tonnes and hectares" in message


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_a_mean_in_another_currency_than_its_total_does_not_fit(make_doc,
                                                                 engine: str) -> None:
    text = "The 1,200 guests spent 57,600 euros, 52 dollars a head."
    found = report(make_doc, text, figures(("57,600 euros", "57600", "unit:CCY_EUR"),
                                           ("1,200 guests", "1200", "unit:NUM"),
                                           ("52 dollars", "52", "unit:CCY_USD")), engine)
    assert about_r(found) == {"structure": "violation"}
    message = next(f["message"] for f in found["findings"] if f["check"] == "structure")
    assert "these units do not fit an average" in message
    assert "cg:ConversionRelation first" in message


def test_both_engines_give_the_same_report(make_doc) -> None:
    for text, items in [*CASES.values(), yield_doc("1.8"), yield_doc("8.1", "unit:TONNE")]:
        assert report(make_doc, text, items, "oxigraph") == \
            report(make_doc, text, items, "pyshacl")


PRICE = "The dairy sold 4.5 million litres for €2.7 million, {} a litre."


def price_doc(stated: str, per: str | None) -> tuple[str, list[str]]:
    """An average in the aggregate's own currency per one of the count's litres, the
    relation saying so (cg:perUnit) or not."""
    items = figures(("€2.7 million", "2700000", "unit:CCY_EUR"),
                    ("4.5 million litres", "4500000", "unit:L"),
                    (f"€{stated}", stated, "unit:CCY_EUR"))
    if per is not None:
        items[-1] = rel("r", "AverageRelation", f"{ROLES} ; cg:perUnit {per}")
    return PRICE.format(f"€{stated}"), items


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_an_amount_per_one_unit_of_a_measured_count_is_checked(make_doc, engine: str) -> None:
    assert about_r(report(make_doc, *price_doc("0.60", "unit:L"), engine)) == \
        {"average": "pass"}
    # €0.60 slipped to €0.06: the plain quotient finds it
    assert about_r(report(make_doc, *price_doc("0.06", "unit:L"), engine)) == \
        {"average": "violation"}
    # per a unit the count is not in, or per nothing said: the units do not fit
    for per in ("unit:KiloGM", None):
        assert about_r(report(make_doc, *price_doc("0.60", per), engine)) == \
            {"structure": "violation"}


def test_an_amount_per_litre_is_diagnosed_as_the_plain_quotient(make_doc) -> None:
    # €3.24 million over 4.5 million litres is €0.72 a litre, written with its digits swapped
    text, items = price_doc("0.27", "unit:L")
    items[0] = fig("total", "€3.24 million", "3240000", "unit:CCY_EUR")
    found = report(make_doc, text.replace("€2.7 million", "€3.24 million"), items, "oxigraph")
    first = next(d for d in found["diagnoses"] if "t/r/average" in d["explains"])
    assert first["figure"].endswith("/mean") and first["pattern"] == "transposed digits"
    assert first["suggested"] == 0.72
