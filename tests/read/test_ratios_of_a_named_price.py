"""kg read: "Children pay €20, half the adult price" is of the price the words name by its
qualifier ("Adults pay €40 per ticket"), though a price per ticket is no level."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _ratios(tmp_path: Path, text: str) -> list[str]:
    """The labels of the ratios read, none where no relation is read at all."""
    return relation_labels(tmp_path, "Island note, 2025", text, "RatioRelation")


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
