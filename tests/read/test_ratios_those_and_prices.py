"""kg read: two fractions whose whole the words point to without naming it as a level.
"3.6 million of those travellers, roughly three in five" takes up the one count the sentence
before gives, whatever noun it used ("passengers"); "Children pay €20, half the adult price"
is of the price the words name by its qualifier ("Adults pay €40 per ticket"), though a price
per ticket is no level."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _ratios(tmp_path: Path, text: str) -> list[str]:
    """The labels of the ratios read, none where no relation is read at all."""
    return relation_labels(tmp_path, "Island note, 2025", text, "RatioRelation")


def test_of_those_takes_up_the_one_count_the_sentence_before_gives(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The ferry carried 6.0 million passengers over the summer. "
                             "Day trippers made up 3.6 million of those travellers, roughly "
                             "three in five.") == [
        "3.6 million is roughly three in five of 6.0 million"]
    # two counts of the unit before: which "those" takes up, the words leave open
    (tmp_path / "two").mkdir()
    assert _ratios(tmp_path / "two", "The ferry carried 6.0 million passengers and 0.8 "
                                     "million cars over the summer. Day trippers made up 3.6 "
                                     "million of those travellers, roughly three in five.") == []


def test_half_the_named_price_is_of_the_price_said_per_thing(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Adults pay €40 per ticket. Children pay €20, half the adult "
                             "price.") == ["€20 is half of €40"]
    # a price the qualifier does not name ("adult"): no whole
    (tmp_path / "unnamed").mkdir()
    assert _ratios(tmp_path / "unnamed", "Members pay €40 per class. Juniors pay €20, half "
                                         "the adult fee.") == []
    # two prices the qualifier names, of other values: which one, the words leave open
    (tmp_path / "two").mkdir()
    assert _ratios(tmp_path / "two", "At weekends adults pay €40 per ticket. On weekdays "
                                     "adults pay €36 per ticket. Children pay €20, half the "
                                     "adult price.") == []
