"""kg read: a change the words say went one way restates no change cell that went the other
("ticket sales fell 6.2%" beside a row's "+6.2"): a rise and a fall are two quantities, so
no restatement ties them; the row's change, with the words' way, is what checks the slip.
A change said the cell's way is still its restatement."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TABLE = ("Table 2. Tickets sold by venue\n\n"
         "| Venue | 2023 | 2024 | Change, % |\n"
         "|---|---|---|---|\n"
         "| Old Corn Exchange | 41,000 | 43,542 | +6.2 |\n"
         "| Quayside Hall | 25,000 | 23,850 | -4.6 |\n"
         "| Total | 66,000 | 67,392 | +2.1 |\n\n")


def test_a_fall_said_of_a_rising_cell_restates_nothing(tmp_path: Path) -> None:
    text = TABLE + "At the Old Corn Exchange ticket sales fell 6.2% on the year.\n"
    labels = relation_labels(tmp_path, "Venue review", text, "RestatementRelation",
                             name="venues.md")
    assert not any("Old Corn Exchange, Change" in label for label in labels)
    # the row's own change, the way the words say, still checks the slip
    changes = relation_labels(tmp_path / "again", "Venue review", text,
                              "PercentChangeRelation", name="venues.md")
    assert any("down 6.2%" in label for label in changes)


def test_a_rise_said_of_a_falling_cell_restates_nothing(tmp_path: Path) -> None:
    text = TABLE + "Quayside Hall sold more: its ticket sales rose 4.6% on the year.\n"
    labels = relation_labels(tmp_path, "Venue review", text, "RestatementRelation",
                             name="venues.md")
    assert not any("Quayside Hall, Change" in label for label in labels)


def test_a_change_said_the_cell_s_way_is_its_restatement(tmp_path: Path) -> None:
    text = TABLE + "At Quayside Hall ticket sales fell 4.6% on the year.\n"
    labels = relation_labels(tmp_path, "Venue review", text, "RestatementRelation",
                             name="venues.md")
    assert any("Quayside Hall, Change" in label for label in labels)


def test_a_fall_in_brackets_is_a_fall(tmp_path: Path) -> None:
    text = ("Table 3. Sales by line ($ million)\n\n"
            "| Line | 2025 | 2024 | % change |\n"
            "|---|---|---|---|\n"
            "| Boots | 310.2 | 319.1 | (2.8)% |\n"
            "| Jackets | 188.0 | 170.9 | 10.0% |\n\n"
            "Boot sales declined 2.8% to $310.2 million.\n")
    labels = relation_labels(tmp_path, "Quarterly update", text, "RestatementRelation",
                             name="sales.md")
    assert "Boots, % change: the table and the text" in labels
