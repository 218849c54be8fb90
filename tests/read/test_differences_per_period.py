"""kg read: a gap between two rates said per the period or thing they are rates of: "£1,240
a month, against £1,010 in the suburbs, so renters in the centre pay £230 a month more" is the
difference of the two rents the clause sets against each other."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _differences(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Rent note, 2025", text, "DifferenceRelation")


def test_a_gap_said_a_month_more_is_the_two_rents_apart(tmp_path: Path) -> None:
    assert _differences(tmp_path, "Rents in the centre averaged £1,240 a month, against "
                                  "£1,010 in the suburbs, so renters in the centre pay £230 "
                                  "a month more.") == ["£1,240 - £1,010 = £230"]


def test_a_gap_said_a_head_less_is_the_two_prices_apart(tmp_path: Path) -> None:
    assert _differences(tmp_path, "Group tours cost €64 a head, compared with €72 for "
                                  "private guests, or €8 a head less.") == [
        "€72 - €64 = €8"]
