"""Units a careful reader gives figures written short: degrees Celsius glued to a number
after words of heat ("the thermometer hit 41.7C"; never a flat's "12C"); hours of a kind
("9,300 machine hours", "560 labour hours"); and a bare number compared with an amount, after
the amount's clause (", compared with 7,150 in 2023") or after "v" ("mean 4.2 v 5.0
days"), in the amount's unit."""

from __future__ import annotations

from pathlib import Path

from kg.numbers import find_mentions, parse_quantity
from tests.read.test_local_dollars import units


def test_celsius_glued_after_words_of_heat() -> None:
    got = [(m.text, m.unit) for m in find_mentions(
        "The thermometer hit 41.7C on Sunday; temperatures reached 39C again. She moved to "
        "Flat 12C and her son is in Form 3C.")]
    assert got == [("41.7C", "DEGC"), ("39C", "DEGC")]
    assert parse_quantity("41.7C").unit == "DEGC"


def test_hours_of_a_kind() -> None:
    got = [(m.text, m.unit) for m in find_mentions(
        "The lathes ran 9,300 machine hours and the fitters logged 560 labour hours.")]
    assert got == [("9,300 machine hours", "HOUR"), ("560 labour hours", "HOUR")]


def test_a_bare_number_compared_after_the_amount_s_clause(tmp_path: Path) -> None:
    got = units(tmp_path, "# Workshop year 2024\n\nMembers booked 9,300 machine hours on "
                          "the booking system, compared with 7,150 in 2023.\n")
    assert got.get("7,150") == "HR"


def test_a_bare_number_before_v_takes_the_unit_after(tmp_path: Path) -> None:
    got = units(tmp_path, "# Ward trial\n\nStays were shorter with the new rota (mean 4.2 v "
                          "5.0 days).\n")
    assert got.get("4.2") == "DAY"


def test_tonnes_by_their_symbol_before_of() -> None:
    got = [(m.text, m.unit) for m in find_mentions(
        "The plant would avoid 2.6 t of nitrous oxide a year; yields of 42 t per hectare.")]
    assert got == [("2.6 t", "TONNE"), ("42", None)]  # "t per hectare" is a rate, left bare


def test_ratios_named_with_an_aside_and_listed(tmp_path: Path) -> None:
    got = units(tmp_path, "# Broiler trial\n\nFeed conversion ratios (feed eaten per kg "
                          "gained) were 1.62 and 1.55 in the two pens.\n")
    assert got.get("1.62") == "UNITLESS" and got.get("1.55") == "UNITLESS"
