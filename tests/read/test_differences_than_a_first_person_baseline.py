"""kg read: "A ten-visit card works out at £6 a swim, £2.50 less than our £8.50 single
ticket": a baseline its owner names in the first or second person ("our", "your", "my") is a
baseline as one named "its" or "their" is, so the gap before "less than" is read between the
two prices."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

TITLE = "Lido prices for the summer season"


def _differences(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, TITLE, text, "DifferenceRelation")


def test_less_than_our_price(tmp_path: Path) -> None:
    assert _differences(tmp_path, "A ten-visit card costs £6, £2.50 less than our £8.50 "
                                  "single ticket.") == ["£8.50 - £6 = £2.50"]
    assert violations(tmp_path) == []


def test_more_than_your_price(tmp_path: Path) -> None:
    assert _differences(tmp_path, "The family pass costs £21, £3 more than your £18 "
                                  "membership.") == ["£21 - £18 = £3"]


def test_a_wrong_gap_against_our_price_is_found(tmp_path: Path) -> None:
    assert _differences(tmp_path, "A ten-visit card costs £6, £3.50 less than our £8.50 "
                                  "single ticket.") == ["£8.50 - £6 = £3.50"]
    assert violations(tmp_path) == ["difference"]
