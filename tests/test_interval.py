"""The interval a written figure stands for: a fraction in words under a hedge that points
one way ("just over a fifth", "nearly a third") keeps the looseness of the words on the side
the hedge points to, and is cut at the written fraction on the other."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from kg.interval import WORD_FRACTION_TOLERANCE, Interval, figure_interval
from kg.vocab import vocabulary


def _fraction(value: str, hedge: str | None) -> Interval:
    return figure_interval(D(value), relative_tolerance=WORD_FRACTION_TOLERANCE,
                           hedge=vocabulary().hedges[hedge] if hedge else None)


def test_a_fraction_just_over_reaches_past_the_words_own_looseness() -> None:
    # a quarter is 0.225 to 0.275; "just over a quarter" is a quarter or more, as far as
    # the words' looseness and the hedge's reach together: 27.9% is just over a quarter
    assert _fraction("0.25", None) == Interval(D("0.225"), D("0.275"))
    assert _fraction("0.25", "a-little-more-than") == Interval(D("0.25"), D("0.3"))


def test_a_fraction_nearly_reaches_below_the_words_own_looseness() -> None:
    assert _fraction("0.5", "nearly") == Interval(D("0.4"), D("0.5"))


def test_a_hedge_either_way_or_open_changes_as_before() -> None:
    assert _fraction("0.25", "about") == Interval(D("0.225"), D("0.275"))
    assert _fraction("0.5", "more-than") == Interval(D("0.5"), None)
    # a number in digits keeps the hedge's own reach
    assert figure_interval(D("40"), decimals=0, hedge=vocabulary().hedges[
        "a-little-more-than"]) == Interval(D("40"), D("44"))


def test_a_fraction_just_over_its_words_is_no_violation(tmp_path: Path) -> None:
    from tests.read import read_labels, violations

    text = ("# Orchard trust harvest, 2025\n\n| Fruit | Tonnes |\n|---|---:|\n"
            "| Apples | 1,250 |\n| Pears | 1,115 |\n| Plums | 2,635 |\n"
            "| **Total harvest** | **5,000** |\n\n"
            "Pears made up just over a fifth of the harvest.\n")
    assert read_labels(tmp_path, "note.md", text, "RatioRelation") == [
        "Pears 1,115 is just over a fifth of Total harvest 5,000 (the table)"]
    assert violations(tmp_path) == []
