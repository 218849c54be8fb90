"""kg read: an average the words give in its aggregate's own unit per one of a measured unit
("€0.60 per litre" of 4.5 million litres sold for €2.7 million, "650 litres per tonne"): the
unit word after "per" names the count (litres, tonnes: no count of items, no span of time),
the average's unit the aggregate; the relation says which unit the average is per
(cg:perUnit), so the check divides the plain figures and a slip in any of the three is a
violation.  A unit the sentence gives no figure in, a second amount per the unit, or an
earlier average in that unit leave it unread."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import relation_labels

TITLE = "Co-operative report 2025"


def checked(tmp_path: Path) -> tuple[dict, list[str]]:
    report = check_corpus(build_corpus(tmp_path / "c"))
    return ({f.check: f.severity for f in report.findings if f.severity != "pass"},
            [f.severity for f in report.findings if f.check == "average"])


def test_money_per_litre_is_the_money_over_the_litres(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, TITLE, "The dairy sold 4.5 million litres of milk for "
                           "€2.7 million, an average of €0.60 per litre.",
                           "AverageRelation") == \
        ["€2.7 million ÷ 4.5 million litres = €0.60 per litre"]
    assert checked(tmp_path) == ({}, ["pass"])


def test_a_slipped_price_per_litre_is_a_violation(tmp_path: Path) -> None:
    # €0.60 written €0.06: the words tie the three, the check finds the slip
    assert relation_labels(tmp_path, TITLE, "The dairy sold 4.5 million litres of milk for "
                           "€2.7 million, an average of €0.06 per litre.",
                           "AverageRelation") == \
        ["€2.7 million ÷ 4.5 million litres = €0.06 per litre"]
    assert checked(tmp_path) == ({"average": "violation"}, ["violation"])


def test_a_volume_per_tonne_is_the_litres_over_the_tonnes(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, TITLE, "The 1,200 tonnes of apples pressed gave 780,000 "
                           "litres of juice, or 650 litres per tonne.", "AverageRelation") == \
        ["780,000 litres ÷ 1,200 tonnes = 650 litres per tonne"]
    assert checked(tmp_path) == ({}, ["pass"])


def test_the_tonnes_may_stand_in_the_sentence_before(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, TITLE, "Members delivered 18,000 tonnes of grain to the "
                           "store in 2025. They were paid £3.8 million for it, an average of "
                           "£211 per tonne.", "AverageRelation") == \
        ["£3.8 million ÷ 18,000 tonnes = £211 per tonne"]
    assert checked(tmp_path) == ({}, ["pass"])


def test_another_unit_two_prices_or_an_earlier_average_leave_it_unread(
        tmp_path: Path) -> None:
    # (each paragraph alone, only the first read: kilograms of tonnes; two amounts per
    # litre; an average daily output in tonnes is no count of the tonnes the energy is per)
    assert relation_labels(tmp_path, TITLE, "The press took 300 tonnes of olives and gave "
                           "54,000 litres of oil, or 180 litres per tonne.\n\n"
                           "The mill sold 9,000 tonnes of flour for £4.1 "
                           "million, or £455 per kilogram.\n\nThe depot sold 2.0 million "
                           "litres of diesel for £3.1 million, at £1.55 per litre against "
                           "£1.49 per litre a year before.\n\nPans ran on 90 days, so average "
                           "daily output was 12.5 tonnes. Heating supplied 560 MWh, or 0.5 MWh "
                           "per tonne.", "AverageRelation") == \
        ["54,000 litres ÷ 300 tonnes = 180 litres per tonne"]


def test_a_per_unit_average_a_change_reaches_is_still_read(tmp_path: Path) -> None:
    # the year-earlier figure is no total and no second amount per tonne
    assert relation_labels(tmp_path, TITLE, "The kiln fired 52,000 tonnes of brick, using "
                           "78,000 MWh of gas: 1.50 MWh per tonne, compared with 1.62 MWh a "
                           "year earlier.", "AverageRelation") == \
        ["78,000 MWh ÷ 52,000 tonnes = 1.50 MWh per tonne"]


def test_the_tonnes_before_are_of_the_averages_own_period(tmp_path: Path) -> None:
    # (the first paragraph's tonnes are of 2019, the price of this year: unread; the second
    # reads the tonnes of the sentence before)
    assert relation_labels(tmp_path, "Grain store annual report 2025", "Back in 2019 members "
                           "delivered 9,000 tonnes. This year sales brought in £2.9 million, an "
                           "average of £190 per tonne.\n\nThe store took in 15,000 tonnes of "
                           "barley in 2025. Its sale raised £2.4 million, or £160 per tonne.",
                           "AverageRelation") == \
        ["£2.4 million ÷ 15,000 tonnes = £160 per tonne"]
