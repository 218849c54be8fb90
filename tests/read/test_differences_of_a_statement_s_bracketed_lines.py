"""kg read: a results statement writes what it takes off in brackets ("(5,130)"), and its
result lines are what is left: "Gross profit" is the turnover less the bracketed cost of
goods, "Profit after tax" the profit before tax less the bracketed tax, whatever the line
of the charge is called; "Operating profit" under "Depreciation" is EBITDA less it. A
bracketed line that stands under no income line is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

STATEMENT = """# Tarnbrook Mills plc: results for 2025

Tarnbrook Mills made yarn for weavers across the north of England throughout the year.

| Group income statement, £ thousand | 2025 | 2024 |
|---|---:|---:|
| Turnover | 8,420 | 7,910 |
| Cost of goods | (5,130) | (4,870) |
| Gross profit | 3,290 | 3,040 |
| Selling and overheads | (2,410) | (2,300) |
| Operating profit | 880 | 740 |
| Income tax | (212) | (190) |
| Profit after tax | 668 | 550 |

The board thanks its spinners.
"""


CLUB = """# Ruddle Sports Club: membership 2025

| Members | 2025 | 2024 |
|---|---:|---:|
| Juniors | 412 | 398 |
| Lapsed | (37) | (41) |
| Seniors | 375 | 357 |

Membership grew.
"""


def test_each_result_line_is_what_the_bracketed_line_leaves(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "results.md", STATEMENT, "DifferenceRelation")
    assert "2025: Turnover less Cost of goods is Gross profit" in labels
    assert "2024: Gross profit less Selling and overheads is Operating profit" in labels
    assert "2025: Operating profit less Income tax is Profit after tax" in labels
    # (a bracketed line that stands under no income line is no cost)
    assert read_labels(tmp_path / "club", "club.md", CLUB, "DifferenceRelation") == []


EBITDA = """# Kolmar Quarries: annual results 2025

| £ million | 2025 | 2024 |
|---|---:|---:|
| Revenue | 4,210 | 3,980 |
| EBITDA | 912 | 850 |
| Depreciation and amortisation | 301 | 287 |
| Operating profit | 611 | 563 |
| Taxation | 171 | 158 |
| Profit for the year | 440 | 405 |

The quarries ran at full capacity.
"""


def test_a_charge_line_under_earnings_is_taken_off(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "kolmar.md", EBITDA, "DifferenceRelation")
    assert "2025: EBITDA less Depreciation and amortisation is Operating profit" in labels
    assert "2024: Operating profit less Taxation is Profit for the year" in labels
