"""kg read: "Across all models and accessories, riders paid an average of £600 per bike"
beside a table whose rows are the models, an accessories row and a total: "all" gathers the
rows, so what is averaged is the total row's cell, never the one row whose label the list
happens to name."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TABLE = """We sold 1,000 bikes in the spring, up from 900 a year before.

Sales by model, March-May 2026

    Model       Price     Bikes sold     Revenue (£000)
    Road        £400.00       500            200.0
    Gravel      £500.00       300            150.0
    Cargo       £800.00       200            160.0
    Accessories (locks, lights, racks)         90.0
    Total                   1,000            600.0

"""


def test_across_all_rows_averages_the_total_row(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Harbour Bikes: spring sales", TABLE +
                            "Across all models and accessories, riders paid an average of "
                            "£600 per bike.", "AverageRelation")
    assert "600.0 ÷ 1,000 = £600 each" in found
    assert not [label for label in found if label.startswith("90.0")]


def test_best_of_all_picks_one_row_out(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Harbour Bikes: spring sales", TABLE +
                            "Of all our models, road riders paid an average of £400 per "
                            "bike.", "AverageRelation")
    assert not [label for label in found if label.startswith("600.0")]


def test_across_all_the_counted_things_names_no_rows(tmp_path: Path) -> None:
    """"across all 1,000 bikes accessories revenue works out at an average of £90 per bike":
    "all" gathers the things counted, and the row the words name is what is averaged."""
    found = relation_labels(tmp_path, "Harbour Bikes: spring sales", TABLE +
                            "Spread across all 1,000 bikes, accessories revenue works out at "
                            "an average of £90 per bike.", "AverageRelation")
    assert not [label for label in found if label.startswith("600.0")]
