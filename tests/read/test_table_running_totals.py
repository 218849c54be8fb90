"""kg read: a "Cumulative X" column beside the column of X, over rows that are quarters or
months (a total row under them left out), is a running total: each row's is the row
before's plus what the row adds, so a slip in one running total is a violation."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import sum_labels

GARDEN = """# Botanic garden visits, 2025

| Quarter | Visitors | Cumulative visitors |
|---|---:|---:|
| Q1 | 21,300 | 21,300 |
| Q2 | 38,900 | 60,200 |
| Q3 | 44,100 | {q3} |
| Q4 | 19,700 | 124,000 |
| Year | 124,000 | |

Summer was again the busiest season at the garden.
"""


def test_a_cumulative_column_is_the_row_before_s_plus_the_row_s_own(tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "garden.md", GARDEN.format(q3="104,300")) == [
        "Visitors: the rows add up to Year",
        "Q2: Q1's cumulative visitors plus visitors",
        "Q3: Q2's cumulative visitors plus visitors",
        "Q4: Q3's cumulative visitors plus visitors"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]


def test_a_slip_in_a_running_total_is_a_violation(tmp_path: Path) -> None:
    sum_labels(tmp_path, "garden.md", GARDEN.format(q3="103,400"))
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["sum", "sum"]


FERRIES = """# Harbour ferry sailings 2025/26

| Quarter | Sailings | Cumulative |
|---|---:|---:|
| Apr–Jun 2025 | 310 | 310 |
| Jul–Sep 2025 | 420 | 730 |
| Oct–Dec 2025 | 150 | 880 |
| Jan–Mar 2026 | 140 | 1,020 |

Winter timetables ran from November.
"""


def test_a_bare_cumulative_column_runs_over_its_one_neighbour_across_month_spans(
        tmp_path: Path) -> None:
    # "Cumulative" names no column, and rows of spans of months each read as a total row:
    # they are the quarters the run goes over
    assert sum_labels(tmp_path, "ferries.md", FERRIES) == [
        "Jul–Sep 2025: Apr–Jun 2025's cumulative plus sailings",
        "Oct–Dec 2025: Jul–Sep 2025's cumulative plus sailings",
        "Jan–Mar 2026: Oct–Dec 2025's cumulative plus sailings"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]


LOANS = """# Library loans, first half of 2026

| Month | Books requested | Books lent | Books lent, {word} |
|---|---:|---:|---:|
| January | 4,120 | 3,980 | 3,980 |
| February | 4,450 | 4,210 | 8,190 |
| March | 4,700 | 4,530 | 12,720 |

Requests rose each month as the new branch opened.
"""


@pytest.mark.parametrize("word", ["cumulative", "to date", "(cumulative)"])
def test_a_head_that_closes_on_its_running_word_runs_over_the_column_it_names(
        tmp_path: Path, word: str) -> None:
    # "Books lent, cumulative" is the running total of "Books lent", never of the books
    # requested beside it
    text = LOANS.replace("Books lent, {word}", "Books lent " + word if word.startswith("(")
                         else "Books lent, " + word)
    found = sum_labels(tmp_path, "loans.md", text)
    assert [label for label in found if "plus" in label] == [
        f"February: January's books lent, {word} plus books lent".replace(", (", " ("),
        f"March: February's books lent, {word} plus books lent".replace(", (", " (")]
