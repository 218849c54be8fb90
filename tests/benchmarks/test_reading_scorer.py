"""The reading benchmark's scorer counts a gold figure's "nth" occurrence as FORMAT.md says,
and reads the gold's unit names as the model's codes."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def reading():
    sys.path.insert(0, str(ROOT / "benchmarks"))  # it imports its sibling suggest.py
    try:
        spec = importlib.util.spec_from_file_location("reading_benchmark",
                                                      ROOT / "benchmarks" / "reading.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


@pytest.mark.parametrize("text, source, starts", [
    ("84.6", "£84.6m in prose, then the cell | 84.6 |", [1, 33]),  # a unit letter is a boundary
    ("£1", "£1.90 million, and £1 in every £10", [19]),             # not inside a longer number
    ("23", "+23.5% across 23 matches", [14]),
    ("3.1", "13.1 and 3.15 but 3.1%", [18]),
    ("half", "on behalf of half the members", [13]),
])
def test_an_occurrence_stands_apart_from_a_longer_number_or_word(reading, text, source,
                                                                  starts) -> None:
    assert [m.start() for m in re.finditer(reading.occurrence(text), source)] == starts


def test_the_golds_unit_names_are_the_models_codes(reading) -> None:
    from kg.vocab import vocabulary
    codes = set(vocabulary().unit_codes.values())
    for name in ("ha", "l", "per mille", "t", "ratio"):
        assert reading.UNIT_CODES[name] in codes, name


def test_a_gold_date_is_right_only_when_read_as_a_stated_date_of_that_day(reading) -> None:
    gold = {"text": "Friday 3 May 2024", "value": "2024-05-03", "unit": "date"}
    assert reading.figure_right(gold, {"value": "2024-05-03", "unit": reading.DATE})
    assert not reading.figure_right(gold, {"value": "2024-05-04", "unit": reading.DATE})
    assert not reading.figure_right(gold, {"value": None, "unit": reading.DATE})  # no year read
    assert not reading.figure_right({"text": "3", "value": "3", "unit": "count"},
                                    {"value": "2024-05-03", "unit": reading.DATE})


def test_a_gold_date_matches_a_stated_date_and_a_gold_number_a_figure(reading) -> None:
    from decimal import Decimal
    gold = {"figures": [{"text": "3 May 2024", "value": "2024-05-03", "unit": "date"},
                        {"text": "3", "nth": 2, "value": "3", "unit": "count"}]}
    read = {"d": {"span": (10, 20), "value": "2024-05-03", "unit": reading.DATE},
            "f": {"span": (10, 11), "value": Decimal(3), "unit": None},
            "g": {"span": (40, 41), "value": Decimal(3), "unit": None}}
    spans = {"3 May 2024": (10, 20), "3#2": (10, 11)}
    assert reading.match_figures(gold, spans, read) == {"3 May 2024": "d", "3#2": "f"}


def test_a_cell_and_the_sentence_restating_its_value_are_one_figure_to_every_check(
        reading) -> None:
    gold = {"figures": [
        {"text": "412.6", "value": "412600000", "unit": "GBP"},
        {"text": "£412.6 million", "value": "412600000", "unit": "GBP"},
        {"text": "£1.14 billion", "value": "1140000000", "unit": "GBP"},   # rounder
        {"text": "1,142.0", "value": "1142000000", "unit": "GBP"},
        {"text": "214.7", "value": "214700000", "unit": "GBP"},
        {"text": "52.0%", "value": "52.0", "unit": "percent"}],
        "relations": [
            {"kind": "AgreementRelation", "figures": ["412.6", "£412.6 million"]},
            {"kind": "AgreementRelation", "figures": ["£1.14 billion", "1,142.0"]},
            {"kind": "ShareRelation", "portion": ["214.7"], "whole": ["412.6"],
             "share": ["52.0%"]}]}
    same = reading.interchangeable(gold)
    assert same == {"412.6": "412.6", "£412.6 million": "412.6"}
    read = [("ShareRelation", (("portion", ("214.7",)), ("share", ("52.0%",)),
                               ("whole", ("£412.6 million",)))),
            ("AgreementRelation", (("figures", ("412.6", "£412.6 million")),))]
    assert reading.as_one(read, same) == [
        ("ShareRelation", (("portion", ("214.7",)), ("share", ("52.0%",)), ("whole", ("412.6",)))),
        read[1]]
    assert reading.as_one(read, same)[0] in reading.as_one(reading.relation_keys_gold(gold), same)


def test_units_the_gold_spells_otherwise_are_the_models(reading) -> None:
    from decimal import Decimal
    right = reading.figure_right
    assert right({"text": "21.4", "value": "21.4", "unit": "°C"},
                 {"value": Decimal("21.4"), "unit": "DEGC"})
    assert right({"text": "301.7", "value": "301.7", "unit": "L"},
                 {"value": Decimal("301.7"), "unit": "LITRE"})
    assert right({"text": "10.72", "value": "10.72", "unit": "NOK per USD"},
                 {"value": Decimal("10.72"), "unit": "RATE"})
    # a currency on a conversion's rate is the model's exchange rate; elsewhere it is money
    rate = {"text": "US$1.28", "value": "1.28", "unit": "USD"}
    assert right(rate, {"value": Decimal("1.28"), "unit": "RATE"}, frozenset({"US$1.28"}))
    assert not right(rate, {"value": Decimal("1.28"), "unit": "RATE"})
    assert not right({"text": "21.4", "value": "21.4", "unit": "°C"},
                     {"value": Decimal("21.4"), "unit": None})
    # QUDT's inch is unit:IN; the gold spells it out
    assert right({"text": "41.2 inches", "value": "41.2", "unit": "inch"},
                 {"value": Decimal("41.2"), "unit": "IN"})


def test_a_fraction_in_words_is_right_to_the_golds_last_digit(reading) -> None:
    from decimal import Decimal
    third = {"text": "one in three", "value": "0.3333", "unit": "ratio"}
    assert reading.figure_right(third, {"value": Decimal("0.3333333333"), "unit": "UNITLESS"})
    assert not reading.figure_right(third, {"value": Decimal("0.3"), "unit": "UNITLESS"})
    # digits are exact: 0.3333 written is not 0.33333 read
    assert not reading.figure_right({"text": "0.3333", "value": "0.3333", "unit": "ratio"},
                                    {"value": Decimal("0.33333"), "unit": "UNITLESS"})
    # a minus sign's magnitude is still right
    assert reading.figure_right({"text": "-19.2", "value": "-19.2", "unit": "percent"},
                                {"value": Decimal("19.2"), "unit": "PERCENT"})


def test_a_fiscal_year_named_by_its_end_is_the_golds_split_year(reading) -> None:
    """"FY2025" (the fiscal year ending in 2025) is FORMAT.md's "2024/25", and no other."""
    assert reading.same_period("FY2025", "2024/25")
    assert reading.same_period("2024-Q3", "2024-Q3")
    assert not reading.same_period("FY2025", "2025/26")
    assert not reading.same_period("FY2025", "2025")
    assert not reading.same_period("FY2025-Q3", "2024/25")
    assert not reading.same_period(None, "2024/25")


def test_a_fiscal_year_s_quarter_is_the_golds_split_year_s_quarter(reading) -> None:
    """"FY2026-Q4" is FORMAT.md's "2025/26-Q4": the same quarter, never the whole year or
    another year's quarter."""
    assert reading.same_period("FY2026-Q4", "2025/26-Q4")
    assert reading.same_period("FY2026-H1", "2025/26-H1")
    assert not reading.same_period("FY2026-Q4", "2025/26")
    assert not reading.same_period("FY2026-Q4", "2026/27-Q4")
    assert not reading.same_period("FY2026-Q3", "2025/26-Q4")


def test_its_kg_subprocesses_run_the_kg_it_reads_with(reading, tmp_path) -> None:
    # Regression: with a worktree's relative PYTHONPATH=., `kg check` run from a temporary
    # folder imported the installed kg instead, so one tree's reading was checked with
    # another tree's vocabulary (new units came back as input errors).
    import subprocess

    import kg
    env = reading.same_kg_env()
    env["PYTHONPATH"] = env["PYTHONPATH"] + ":."  # what a worktree's run passes, last
    out = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], env=env,
                         cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert out.strip() == str(Path(kg.__file__).resolve())
