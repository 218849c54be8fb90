"""kg read draws no relation the words do not plainly state, where each one below would be
a false alarm: a code's digits ("Company number 2011/047215/07") read as a count; a "half
day (3 hours)" converted as if a day were 24 hours; a definite count ("the 96 night
buses") tied to the count of another item of a list, whose trailing words it borrowed; a
count compared with a bound each of its members stays under ("31 depots, none of which
exceeded 40 vans"); a change by an amount, or in percent, given the ends of another
subject's move of the other way; a total "two rows together" give tied to one of the
rows; "added" with a row's own level made a gain; a per-thing amount ("£2.10 of feed per
hen") taken as the total an average spreads; and a part "accounted for" taken as the
whole "all" the things make."""

from __future__ import annotations

from pathlib import Path

from tests.read import figure_quotes, relation_labels


def test_a_codes_digits_are_no_figure(tmp_path: Path) -> None:
    from kg.read import read

    text = ("Brackenridge Foods Ltd\n\nCompany number 2011/047215/07, reference 00831.\n\n"
            "The company sold 4,210 tonnes of oats in 2024.\n")
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    quotes = set(figure_quotes(made.folder).values())
    assert not quotes & {"047215", "2011", "07", "00831"}
    assert "4,210 tonnes" in quotes


def test_a_working_day_in_hours_is_no_conversion(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Canoe hire", "A half day (3 hours) costs 40 euros and "
                           "a full day costs 70 euros.", "ConversionRelation") == []
    # (a measure restated in another unit of its dimension still is one)
    assert relation_labels(tmp_path / "km", "Canoe hire", "The river trail is 9 miles "
                           "(14.5 km) long.", "ConversionRelation") == ["9 miles is 14.5 km"]


def test_a_definite_count_takes_up_its_own_item_of_a_list(tmp_path: Path) -> None:
    text = ("The operator ran 252 buses: 96 buses with 410 drivers on the night network "
            "and 156 buses with 702 drivers on the day network. Breakdowns hit 7 of the "
            "96 night buses.")
    labels = relation_labels(tmp_path, "Bus fleet", text, "RestatementRelation")
    assert "156, then the 96 it counts" not in labels
    assert "96, then the 96 it counts" in labels
    # (a part set off with its share is some of them, never the group taken up)
    text = ("We enrolled 860 walkers, 430 to training (n = 430) and 430 to usual care. Falls "
            "occurred in 61 walkers (14.2%) in the trained group. Of the 430 trained "
            "walkers, 300 finished.")
    labels = relation_labels(tmp_path / "part", "Walking trial", text, "RestatementRelation")
    assert not any(label.startswith("61,") for label in labels)


def test_a_bound_each_member_stays_under_is_no_comparison_with_their_count(
        tmp_path: Path) -> None:
    text = ("The remaining 950 vans were spread over 31 depots, none of which exceeded 40 "
            "vans.")
    assert relation_labels(tmp_path, "Fleet review", text, "ComparisonRelation") == []


def test_ends_past_a_word_of_the_other_way_are_another_move(tmp_path: Path) -> None:
    text = ("Debtors were reduced by £2.6 million over the year, helping cash rise from "
            "£9.3 million to £11.9 million.")
    assert relation_labels(tmp_path, "Results", text, "DifferenceRelation") == []
    assert relation_labels(tmp_path / "c2", "Results", text, "ComparisonRelation") == []
    text = ("Revenue from the unit eased 6.0% to £48.3 million, so the average van sold "
            "for around £31,400, up from £29,800 a year earlier.")
    labels = relation_labels(tmp_path / "pc", "Results", text, "PercentChangeRelation")
    assert not any("£29,800 to £48.3 million" in label for label in labels)


def test_a_total_two_rows_give_together_restates_neither(tmp_path: Path) -> None:
    text = ("Table 1. Parcels by service\n\n| Service | 2024 |\n|---|---|\n"
            "| Standard post | 81,200 |\n| Express | 22,650 |\n| Collect | 9,310 |\n"
            "| Total | 113,160 |\n\nStandard and collect services together handled 90,510 "
            "parcels in 2024.\n")
    labels = relation_labels(tmp_path, "Parcel volumes", text, "RestatementRelation",
                             name="note.md")
    assert not any(label.startswith("Collect") for label in labels)


def test_added_with_the_rows_own_level_is_no_gain(tmp_path: Path) -> None:
    table = ("Table 1. New boats registered\n\n| Type | 2023 | 2024 | Change (%) |\n"
             "|---|---:|---:|---:|\n| Sailing boats | 1,840 | 1,910 | 3.8 |\n"
             "| Motor boats | 2,260 | 2,395 | 6.0 |\n| Total | 4,100 | 4,305 | 5.0 |\n\n")
    labels = relation_labels(tmp_path, "Boat registrations", table + "Motor boats added "
                             "2,395 hulls to the register.\n", "DifferenceRelation",
                             name="note.md")
    assert labels == []
    # (a gain the row's cells give, with its own figure, is still one)
    labels = relation_labels(tmp_path / "gain", "Boat registrations", table + "Motor boats "
                             "added 135 hulls in the year.\n", "DifferenceRelation",
                             name="note.md")
    assert labels == ["Motor boats: 135 gained (the table)"]


def test_an_amount_of_stuff_per_thing_is_no_total_to_average(tmp_path: Path) -> None:
    text = ("The farm kept 640 hens. At £2.10 of feed per hen per week over a 12-week "
            "cycle, feeding cost £25.20 per hen.")
    labels = relation_labels(tmp_path, "Poultry costs", text, "AverageRelation")
    assert not any(label.startswith("£2.10") for label in labels)


def test_a_part_accounted_for_is_not_all_of_the_things(tmp_path: Path) -> None:
    text = ("Table 1. Adoptions by species\n\n| Species | 2024 |\n|---|---:|\n"
            "| Dogs | 512 |\n| Cats | 688 |\n| Rabbits | 140 |\n| Total | 1,340 |\n\n"
            "Dogs and cats accounted for 1,200 adoptions. Older animals numbered 402 "
            "(30.0% of all adoptions).\n")
    labels = relation_labels(tmp_path, "Adoptions 2024", text, "ShareRelation",
                             name="note.md")
    assert "402 is 30.0% of 1,200" not in labels
