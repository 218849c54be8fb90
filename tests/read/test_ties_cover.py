"""A payout "covered N times by" earnings: the figure is the payout's, and what covers it is
the ratio's other side, never the row the figure restates."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, ties_in

RESULTS = """Harlow Kettle Works plc: interim results

Published: Thursday, 12 March 2026

Table 1. Half-year summary

  Measure                                    H1 2026    H1 2025    Change (%)
  Revenue (£m)                                 84.2       77.9        8.1
  Adjusted earnings per share (pence)          37.2       33.0       12.7
  Interim dividend per share (pence)           12.0       10.8       11.1

Revenue rose 8.1% to £84.2m. The interim dividend of 12.0 pence per share is covered 3.1 times
by adjusted earnings per share.
"""

SPLIT = """Harlow Kettle Works plc: interim results

Published: Thursday, 12 March 2026

Table 1. Half-year summary

  Measure                                    H1 2026    H1 2025    Change (%)
  Revenue (£m)                                 84.2       77.9        8.1
  Adjusted earnings per share (pence)          37.2       33.0       12.7
  Payout (pence)                               12.0       10.8       11.1

Revenue rose 8.1% to £84.2m. The board keeps to paying out about a third of adjusted earnings
per share: its payout of 12.0 pence, covered 3.1 times by adjusted earnings per share.
"""


def test_a_covered_payout_is_not_tied_to_what_covers_it(tmp_path: Path) -> None:
    checked, proposed = relations(tmp_path, SPLIT)
    assert not any(t.startswith("Adjusted earnings per share")
                   for t in ties_in(checked) + ties_in(proposed))


def test_a_covered_dividend_per_share_is_tied_to_its_own_row(tmp_path: Path) -> None:
    """"the interim dividend of 12.0 pence per share" names the row "Interim dividend per
    share", the words around the figure being the row's own."""
    checked, _ = relations(tmp_path, RESULTS)
    ties = ties_in(checked)
    assert "Interim dividend per share (pence), H1 2026: the table and the text" in ties
    assert not any(t.startswith("Adjusted earnings per share") for t in ties)
