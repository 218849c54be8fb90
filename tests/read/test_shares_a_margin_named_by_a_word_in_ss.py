"""kg read: a margin named by a word in "-ss" ("a gross margin of 41.0% a year ago") is the
table's row that word names ("Gross profit") over revenue, in the year the words choose —
the word's stem the same wherever it is cut (a sentence's words and a table row's label)."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

_TEXT = """HARTWELL TOOLS REPORTS FIRST QUARTER 2025 RESULTS

March 31, 2025 -- Hartwell Tools today announced results for its first quarter of 2025.

* Gross profit was $1.10 billion, or 44.0% of revenue, compared with a gross
  margin of 41.0% in the same quarter a year ago.

Condensed statement of operations (in millions of dollars)

                                  Three months ended March 31
                                   2025        2024    % change
  Revenue                         2,500       2,400        4.2
  Cost of revenue                 1,400       1,416       -1.1
  Gross profit                    1,100         984       11.8
"""


def test_a_gross_margin_a_year_ago_is_the_gross_profit_row_over_revenue(tmp_path: Path) -> None:
    assert "984 is 41.0% of 2,400" in read_labels(tmp_path, "note.txt", _TEXT, "ShareRelation")
