"""A payout ratio is the dividend per share over the earnings per share, however the text
writes the earnings: "€2.00 of earnings per share" names them as "earnings per share of
€2.00" does."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_table_total_shares import shares


def test_a_payout_ratio_over_an_amount_of_earnings_per_share(tmp_path: Path) -> None:
    found = shares(tmp_path, "Tollard Mills results for 2025\n\nNet profit was €100.0 million. "
                             "With 50.0 million shares in issue, that is €2.00 of earnings per "
                             "share. The board proposes a dividend of €0.80 per share, a payout "
                             "ratio of 40.0%.")
    assert found == {"40.0%": ("€0.80", "€2.00")}
