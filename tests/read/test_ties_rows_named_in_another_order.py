"""A sentence names a table's row by every word of its label in another order ("punctuality
of weekday services" for "Weekday service punctuality"), where no other row's words are all
said; the restatement is then tied by the words, whatever its value."""

from __future__ import annotations

from pathlib import Path

from tests.read import violations
from tests.read.test_ties import relations, ties_in

BUSES = """Riverton bus services, third quarter 2025

Published: Friday 10 October 2025

{}

Table 1. Service indicators

  Indicator                        Q3 2024    Q3 2025
  Weekday service punctuality (%)     89.8       91.4
  Weekend service punctuality (%)     86.1       87.5
  Passenger journeys (thousands)     4,210      4,388
"""


def test_a_row_named_by_its_words_in_another_order_is_tied(tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, BUSES.format(
        "Punctuality of weekday services rose to 91.4% in the quarter."))
    assert ties_in(checked) == [
        "Weekday service punctuality (%), Q3 2025: the table and the text"]
    assert violations(tmp_path) == []


def test_a_row_named_in_another_order_that_slipped_is_tied_and_a_violation(
        tmp_path: Path) -> None:
    """"91.7%" for the table's 91.4: the words name the weekday row, so the two are one
    quantity and the check finds that they disagree."""
    checked, _ = relations(tmp_path, BUSES.format(
        "Punctuality of weekday services rose to 91.7% in the quarter."))
    assert ties_in(checked) == [
        "Weekday service punctuality (%), Q3 2025: the table and the text"]
    assert violations(tmp_path) == ["restatement"]
