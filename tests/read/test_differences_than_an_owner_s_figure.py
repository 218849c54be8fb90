"""A gap "more than" or "less than" a figure whose owner is named before it with "'s" ("2.1
million more than the south line's 10.3 million", "98 GWh less than Alden's 455 GWh"): the
owner's figure is the other end of the difference, as "than last year's" already is."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_more_than_the_named_things_figure(tmp_path: Path) -> None:
    text = ("The north line carried 12.4 million passengers, 2.1 million more than the south "
            "line's 10.3 million.")
    assert relation_labels(tmp_path, "Rail", text, "DifferenceRelation") == [
        "12.4 million - 10.3 million = 2.1 million"]


def test_less_than_a_named_owners_figure(tmp_path: Path) -> None:
    text = "Brook produced 357 GWh, 98 GWh less than Alden's 455 GWh."
    assert relation_labels(tmp_path, "Power", text, "DifferenceRelation") == [
        "455 GWh - 357 GWh = 98 GWh"]
