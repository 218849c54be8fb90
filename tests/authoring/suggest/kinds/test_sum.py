"""A total split into groups in brackets after it: "2,400 households (1,100 urban and 1,300
rural)", "90 clinics (45 treated, 45 untreated)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested


def sums(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "SumRelation"]

READ = {
    "joined by 'and'": (
        "The survey reached 2,400 households (1,100 urban and 1,300 rural) in ten provinces.",
        {"total": ("2,400",), "part": ("1,100", "1,300")}),
    "three groups": (
        "The club has 600 members (250 juniors, 200 adults and 150 veterans) this season.",
        {"total": ("600",), "part": ("250", "200", "150")}),
    # two equal quotes in one sentence: each is its own figure (their prefixes say which)
    "two equal groups": (
        "We enrolled 90 clinics (45 treated, 45 untreated) across the region.",
        {"total": ("90",), "part": ("45", "45")}),
}


@pytest.mark.parametrize("name", READ)
def test_a_total_split_in_brackets(tmp_path: Path, name: str) -> None:
    text, expected = READ[name]
    assert [roles for kind, roles, _ in suggested(tmp_path, text)
            if kind == "SumRelation"] == [expected]


@pytest.mark.parametrize("text", [
    # more words than a group's name: a list that may leave some out
    "Revenue was $5.0 billion ($1.2 billion from Asia and $0.8 billion from Europe).",
    # a share in the bracket is no part
    "The survey reached 2,400 households (1,100 urban, or 46 percent) in ten provinces.",
])
def test_no_sum_from_a_bracket_that_is_no_split(tmp_path: Path, text: str) -> None:
    assert [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "SumRelation"] == []


def test_the_remaining_part_after_parts_said_since_the_total_completes_them_all(
        tmp_path: Path) -> None:
    """"… Wheat led with 4.1 million tonnes … and maize … the remaining 2.0 million tonnes":
    "led" ranks the first part among the total's, so the rest completes every part said
    since the total; never a sum of this sentence's parts that leaves the leading crop out."""
    found = [roles for kind, roles, _ in suggested(
        tmp_path, "The region's farms produced 9.6 million tonnes of grain in 2024. Wheat led "
                  "with 4.1 million tonnes, up from 3.8 million tonnes in 2023. Barley gave 2.3 "
                  "million tonnes; oats 1.2 million tonnes; and maize and other crops the "
                  "remaining 2.0 million tonnes.") if kind == "SumRelation"]
    assert found == [{"total": ("9.6 million tonnes",),
                      "part": ("4.1 million tonnes", "2.3 million tonnes", "1.2 million tonnes",
                               "2.0 million tonnes")}]


def test_the_remaining_part_of_a_total_said_just_before(tmp_path: Path) -> None:
    """With no part between the total and the list, the rest completes this list."""
    found = [roles for kind, roles, _ in suggested(
        tmp_path, "The region's farms produced 9.6 million tonnes of grain in 2024. Wheat gave "
                  "4.1 million tonnes, barley 2.3 million tonnes, oats 1.2 million tonnes and "
                  "maize and other crops the remaining 2.0 million tonnes.")
        if kind == "SumRelation"]
    assert found == [{"total": ("9.6 million tonnes",),
                      "part": ("4.1 million tonnes", "2.3 million tonnes", "1.2 million tonnes",
                               "2.0 million tonnes")}]


def test_together_the_two_leaves_out_the_gap_between_them(tmp_path: Path) -> None:
    """"the gap between the two is 2,300 cases. Together the two wards …": the two levels,
    not their gap (nor "the two"), are the parts."""
    found = [roles for kind, roles, _ in suggested(
        tmp_path, "North Ward has the longest queue, with 5,400 cases, ahead of South Ward with "
                  "3,100; the gap between the two is 2,300 cases. Together the two wards "
                  "account for 8,500 cases.") if kind == "SumRelation"]
    assert found == [{"total": ("8,500",), "part": ("5,400", "3,100")}]


def test_on_a_place_is_no_baseline_so_a_remainder_has_its_breakdown(tmp_path: Path) -> None:
    """"grown on 5,400 hectares", "beans on 1,700 hectares" say where, not "up 4% on …":
    those figures are levels, so "the remaining" is not read as the rest of the larger whole
    said before them (the breakdown in between may be what it completes)."""
    found = sums(tmp_path, "The estate covers 18,000 hectares of land. Vegetables are grown on "
                           "5,400 hectares. Potatoes take 2,600 hectares, with beans on 1,700 "
                           "hectares and onions on the remaining 1,100 hectares.")
    assert all(roles["total"] != ("18,000 hectares",) for roles in found)
    assert found == []


def test_the_remaining_part_of_a_whole_its_own_sentence_breaks_down(tmp_path: Path) -> None:
    """"90 wardens, of whom 62 …; the remaining 28": the rest is of the 90, not of the
    council's 1,240 staff with the 90 as one more part."""
    found = [r for kind, r, _ in suggested(
        tmp_path, "The council employs 1,240 staff. It hired 90 new wardens, of whom 62 are on "
                  "patrol; the remaining 28 are in training.") if kind == "SumRelation"]
    assert found == [{"total": ("90",), "part": ("62", "28")}]


def test_a_figure_after_a_preposition_before_a_colon_is_no_total_of_the_list(
        tmp_path: Path) -> None:
    """"enrolled 2,480 pupils from 36 schools: 1,240 ... and 1,240 ...": the 36 qualifies
    the pupils, so the list is no split of it (it made 1,240 + 1,240 = 36); where nothing
    stands before the colon's figure, the list splits it."""
    found = suggested(tmp_path, "The study enrolled 2,480 pupils from 36 schools: 1,240 "
                                "were taught with tablets and 1,240 with textbooks.")
    assert not any(roles["total"] == ("36",) for kind, roles, _ in found
                   if kind == "SumRelation")
    (tmp_path / "b").mkdir()
    found = suggested(tmp_path / "b", "The study enrolled 2,480 pupils: 1,240 were taught with "
                                      "tablets and 1,240 with textbooks.")
    assert [roles["total"] for kind, roles, _ in found if kind == "SumRelation"] == [
        ("2,480",)]


@pytest.mark.parametrize("text, whole, parts", [
    ("The ferry line carried 642,000 people last year. Domestic travellers made up 418,000 "
     "of them and international travellers 224,000.", "642,000", ("418,000", "224,000")),
    ("The clinic saw 9,120 patients in March. Visits by women numbered 5,030, "
     "visits by men 4,090.", "9,120", ("5,030", "4,090")),
])
def test_a_whole_split_in_two_sides_is_their_sum(tmp_path: Path, text: str, whole: str,
                                                  parts: tuple[str, ...]) -> None:
    """"Domestic travellers … 418,000 and international travellers 224,000" after "carried
    642,000 people": the two sides of a pair that splits a whole add up to it."""
    found = [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "SumRelation"]
    assert found == [{"total": (whole,), "part": parts}]


def test_the_means_of_two_sides_add_up_to_nothing(tmp_path: Path) -> None:
    """"Men worked 41 hours a week on average, women 36": means of each side, no parts."""
    found = suggested(tmp_path, "Staff worked 39 hours a week in 2024. On average men "
                                "worked 41 hours and women 36 hours.")
    assert not [f for f in found if f[0] == "SumRelation"]


def test_an_amount_added_taking_a_level_from_one_figure_to_another(tmp_path: Path) -> None:
    """"will add 340 beds, taking capacity from 1,120 to 1,460 beds": what was there and
    what is added make the level it comes to."""
    found = sums(tmp_path, "The new wing will add 340 beds, taking the hospital's capacity "
                           "from 1,120 to 1,460 beds.")
    assert found == [{"total": ("1,460",), "part": ("1,120", "340")}]


@pytest.mark.parametrize("text", [
    # taken away, not added
    "Closing the old wing will remove 340 beds, taking capacity from 1,460 to 1,120 beds.",
    # no amount said to be added
    "The hospital has 340 beds for children, taking total capacity from 1,120 to 1,460.",
])
def test_a_level_taken_from_one_figure_to_another_with_nothing_added_is_no_sum(
        tmp_path: Path, text: str) -> None:
    assert sums(tmp_path, text) == []


def test_a_span_the_words_name_adds_up_its_periods_listed_in_brackets(tmp_path: Path) -> None:
    """"the first half … (Q1: …; Q2: …)": quarters from the span's start to its end, one
    after another, are its parts."""
    assert sums(tmp_path, "In the first half of 2026 ferry fares brought in $96.4 million "
                          "(Q1: $41.3 million; Q2: $55.1 million).") == [
        {"total": ("$96.4 million",), "part": ("$41.3 million", "$55.1 million")}]


@pytest.mark.parametrize("text", [
    # two quarters of a full year: a bracket of some of its quarters is no breakdown
    "Over the full year ferry fares brought in $190.2 million (Q3: $52.0 million; "
    "Q4: $47.9 million).",
    # no span named: the quarters may be any of the year's
    "Ferry fares brought in $96.4 million (Q1: $41.3 million; Q2: $55.1 million).",
])
def test_periods_in_brackets_that_do_not_make_up_the_span_are_no_sum(tmp_path: Path,
                                                                     text: str) -> None:
    assert sums(tmp_path, text) == []


def test_a_lists_last_line_that_says_combined_adds_up_the_lines_above(tmp_path: Path) -> None:
    """Lines "Label figure" under a lead-in, the last one "… combined": its figure is the
    sum of the lines' figures above it, up to the lead-in."""
    text = ("Three ports handled most of the grain:\n\n"
            "  Kestrel Bay     22.5%\n"
            "  Orme Point      17.5%\n"
            "  Sandwick        12.0%\n"
            "  Three ports combined   52.0%\n")
    assert sums(tmp_path, text) == [
        {"total": ("52.0%",), "part": ("22.5%", "17.5%", "12.0%")}]


def test_a_lists_last_line_that_joins_nothing_adds_up_nothing(tmp_path: Path) -> None:
    text = ("Three ports handled most of the grain:\n\n"
            "  Kestrel Bay     22.5%\n"
            "  Orme Point      17.5%\n"
            "  Sandwick        12.0%\n")
    assert sums(tmp_path, text) == []


def test_a_lists_head_in_thousands_is_no_item_of_it(tmp_path: Path) -> None:
    """"Receipts $'000" over the lines: the "000" is the list's unit, thousands, not an item
    worth nothing that the total line adds up."""
    text = ("Receipts of the rowing club\n\n"
            "Receipts $'000\n"
            "Membership fees 412\n"
            "Regatta entries 96\n"
            "Boat hire 57\n"
            "Total receipts 565\n")
    assert sums(tmp_path, text) == [
        {"total": ("565",), "part": ("412", "96", "57")}]


def test_the_rest_completes_a_list_of_animals_counted_by_the_head(tmp_path: Path) -> None:
    """"9,000 head" counts the sheep the parts count ("head" names no other kind); an
    average price in euros between counts is no amount per thing of a part, nor is an
    average rate of exchange: the rest completes every part said since the total."""
    text = ("Sheep exports fell to 9,000 head in 2025 from 9,400 the year before. The value "
            "rose, pushing the average price an animal fetched to about €140. Some 5,000 "
            "sheep went to Belgium -- the largest buyer -- worth £600,000, or about "
            "€700,000 at the average 2025 rate of €1.17 to sterling. Spain took 2,500, and "
            "the remaining 1,500 went to other buyers.")
    found = sums(tmp_path, text)
    assert {"total": ("9,000",), "part": ("Some 5,000", "2,500", "1,500")} in found, found
