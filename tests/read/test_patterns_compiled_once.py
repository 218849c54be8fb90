"""The reader's patterns built around every currency or place name are compiled once a
process, not again whenever the re module's cache (512 patterns) has let them go: a test run
reads two thousand texts, and each such recompilation cost a read milliseconds (issue 32)."""

from __future__ import annotations

import re

import pytest

from kg.authoring.new import local_dollar
from kg.read.conversions import rate_currencies
from kg.read.tables import _scale_and_unit, column_period



def test_a_stated_rate_read_again_compiles_nothing(compiles: list[str]) -> None:
    sentence = "The hotel charged 0.86 pounds to the euro, or one euro bought 0.86 pounds."
    first = rate_currencies(sentence, "0.86 pounds")
    compiles.clear()
    re.purge()
    assert rate_currencies(sentence, "0.86 pounds") == first == ("GBP", "EUR")
    assert [p for p in compiles if len(p) > 200] == []  # none of the long currency patterns


def test_a_local_dollar_found_again_compiles_nothing(compiles: list[str]) -> None:
    text = "TIMARU, Canterbury - The harbour board spent $4.2 million on the wharf."
    first = local_dollar(text)
    compiles.clear()
    re.purge()
    assert local_dollar(text) == first == "NZD"
    assert [p for p in compiles if "Canterbury" in p or "CANTERBURY" in p] == []


def test_a_table_head_read_again_compiles_nothing(compiles: list[str]) -> None:
    heads = ["Q2 FY2027", "H1 2026", "2025/26 budget", "Sales (NOK million)",
             "Output (thousand tonnes)"]
    first = [(column_period(h), _scale_and_unit(h, h.lower())) for h in heads]
    compiles.clear()
    re.purge()
    assert [(column_period(h), _scale_and_unit(h, h.lower())) for h in heads] == first
    assert first[0][0] == "2027-Q2" and first[3][1][:2] == (6, "NOK")
    assert compiles == []
