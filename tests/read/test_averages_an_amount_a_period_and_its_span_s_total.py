"""kg read: an amount a period set off beside the total of a span ("£40 a week, or £520 over
a 13-week term", "€65 a night - €455 for a full week of seven nights", "NOK 900 a month,
NOK 10,800 over 12 monthly instalments") is that total's average over the periods the words
count after it: a number of those periods, in a period's unit, in the periods' plural or in
things made once in each. A span's price the words offer as a saving is no such total."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Boarding kennel charges, 2026", text, "AverageRelation")


@pytest.mark.parametrize("text, label", [
    ("Day boarding costs £40 a week, or £520 over a 13-week term.",
     "£520 ÷ 13-week = £40 each"),
    ("A large dog stays for €65 a night, or €455 for a full week of seven nights.",
     "€455 ÷ seven = €65 each"),
    ("Puppy classes cost NOK 900 a month, NOK 10,800 over 12 monthly instalments.",
     "NOK 10,800 ÷ over 12 = NOK 900 each"),
    ("Grooming is included at £15 a month, £90 for the six-month season.",
     "£90 ÷ six-month = £15 each"),
])
def test_a_span_s_total_over_its_periods(tmp_path: Path, text: str, label: str) -> None:
    assert _averages(tmp_path, text) == [label]
    assert violations(tmp_path) == []


def test_a_span_s_total_the_periods_do_not_make_is_a_violation(tmp_path: Path) -> None:
    # seven nights at €65 come to €455, not €545
    assert _averages(tmp_path, "A large dog stays for €65 a night, or €545 for a full week "
                               "of seven nights.") == ["€545 ÷ seven = €65 each"]
    assert violations(tmp_path) == ["average"]


@pytest.mark.parametrize("text", [
    # a saving: the span's price is an offer of its own
    "A large dog stays for €65 a night, or €400 for a full week of seven nights - a saving.",
    # the things counted after the total are no periods of the amount's
    "A large dog stays for €65 a night, or €455 for a full week of seven dogs.",
])
def test_no_total_of_the_amount_s_periods(tmp_path: Path, text: str) -> None:
    assert _averages(tmp_path, text) == []
