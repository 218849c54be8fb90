"""The reading benchmark's scorer counts a gold figure's "nth" occurrence as FORMAT.md says,
and reads the gold's unit names as the model's codes."""

from __future__ import annotations

import importlib.util
import re
import sys

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
