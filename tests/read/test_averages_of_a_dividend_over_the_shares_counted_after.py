"""kg read: a sentence of the payout that counts the shares and gives its total ("On the
640 million shares in issue, the payment comes to €28.8 million") is that total over the
shares at the one amount per share the sentence before declares as a dividend ("a final
dividend of 4.5 cents per share")."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Greyfriars Shipping - results for 2025", text,
                           "AverageRelation")


def test_the_payout_over_the_shares_counted_after_the_dividend(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Directors recommend a final dividend of 4.5 cents per "
                               "ordinary share. On the 640 million shares in issue, the "
                               "payment comes to €28.8 million.") == [
        "€28.8 million ÷ 640 million = 4.5 cents each"]
    assert violations(tmp_path) == []


def test_a_payout_the_shares_do_not_make_is_a_violation(tmp_path: Path) -> None:
    # 640 million shares at 4.5 cents make €28.8 million, not €32.8 million
    assert _averages(tmp_path, "Directors recommend a final dividend of 4.5 cents per "
                               "ordinary share. On the 640 million shares in issue, the "
                               "payment comes to €32.8 million.") == [
        "€32.8 million ÷ 640 million = 4.5 cents each"]
    assert violations(tmp_path) == ["average"]


def test_no_dividend_declared_before_reads_nothing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The share price closed the year at €3.10. On the 640 million "
                               "shares in issue, the payment comes to €28.8 million.") == []
