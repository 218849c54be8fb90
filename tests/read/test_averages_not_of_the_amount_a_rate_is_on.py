"""kg read: the amount a percentage is reckoned "on" ("150% on face value of €4") is the
base of that rate, one share's value, never the total a per-share average spreads."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_face_value_a_rate_is_on_is_no_aggregate(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Harbour Mills interim statement, 12 May 2025",
        "Issued capital: 4.2 million shares of €4 each. The directors propose a final dividend "
        "of €6.00 per share (150% on face value of €4).", "AverageRelation") == []


def test_a_total_paid_out_is_still_the_aggregate(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Harbour Mills interim statement, 12 May 2025",
        "The directors will pay out €25.2 million, a dividend of €6.00 per share on the 4.2 "
        "million shares in issue.", "AverageRelation") == [
            "€25.2 million ÷ 4.2 million = €6.00 each"]
