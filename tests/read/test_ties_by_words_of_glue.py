"""A row is never named by its label's words of glue: "per unit" in a sentence is no naming
of the row "Earnings per unit", and the "and" of "Cream and Flavoured" is no thing the
sentence counts."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

_PAYOUT = """Harbour Income Fund: annual results for FY2025

- Yearly payout raised by a fifth, to EUR 1.20 per unit from EUR 1.00.

RESULTS (millions of euros)

                                    FY2024     FY2025    Change
                                                          (%)
Rental income                        62.40      66.10      5.9
Net income                           41.60      47.90     15.1
Earnings per unit (EUR)               1.09       1.25        -
"""

_DAIRY = """# Valley dairy sales, 2025

| Product | Litres (million) | Sales (EUR m) | Share of sales |
|---|---:|---:|---:|
| Whole milk | 212.4 | 301 | 61.2% |
| Butter | 40.3 | 143 | 29.1% |
| Cream and Flavoured | 11.7 | 48 | 9.7% |
| Total | 264.4 | 492 | 100.0% |

Farm-gate payments, what farmers keep after shipping and processing costs, came to EUR 287m,
58.3% of dairy sales.
"""


def test_a_tail_of_glue_names_no_row(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "fund.txt", _PAYOUT, "RestatementRelation")
    assert not [label for label in labels if "Earnings per unit" in label]


def test_an_and_in_a_label_is_no_thing_the_row_counts(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "dairy.md", _DAIRY, "RestatementRelation")
    assert not [label for label in labels if "Cream and Flavoured" in label]
