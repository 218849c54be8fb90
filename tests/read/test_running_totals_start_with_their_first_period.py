"""kg read: a running total over a table's periods ("Cumulative bookings" beside
"Bookings") starts with the first period's own amount, so its first cell restates that
row's amount; a balance fed by deposits, or a "year to date" column over rows that do not
open the year, does not start there and restates nothing."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_cumulative_column_s_first_cell_restates_the_first_amount(tmp_path: Path) -> None:
    text = ("Table 1. Campsite bookings by quarter, 2025\n\n"
            "| Quarter | Bookings | Cumulative bookings |\n"
            "|---|---|---|\n"
            "| Q1 | 1,210 | 1,210 |\n"
            "| Q2 | 3,460 | 4,670 |\n"
            "| Q3 | 5,020 | 9,690 |\n"
            "| Q4 | 980 | 10,670 |\n")
    labels = relation_labels(tmp_path, "Campsite report", text, "RestatementRelation",
                             name="camps.md")
    assert labels == ["Q1: cumulative bookings is its bookings, where the run starts"]


def test_a_running_total_named_after_its_column(tmp_path: Path) -> None:
    text = ("Table 3. Permits issued by month\n\n"
            "| Month | Issued | Issued, cumulative |\n"
            "|---|---|---|\n"
            "| January | 412 | 412 |\n"
            "| February | 388 | 800 |\n"
            "| March | 455 | 1,255 |\n")
    labels = relation_labels(tmp_path, "Permit report", text, "RestatementRelation",
                             name="permits.md")
    assert any(label.startswith("January: issued, cumulative is its issued")
               for label in labels)


def test_a_year_to_date_column_opened_before_the_table_restates_nothing(tmp_path: Path
                                                                        ) -> None:
    text = ("Table 2. Permits issued, third quarter\n\n"
            "| Month | Issued | Issued to date |\n"
            "|---|---|---|\n"
            "| July | 412 | 2,630 |\n"
            "| August | 388 | 3,018 |\n"
            "| September | 455 | 3,473 |\n")
    labels = relation_labels(tmp_path, "Permit report", text, "RestatementRelation",
                             name="permits.md")
    assert not any("where the run starts" in label for label in labels)
