"""Sums a reader meets in trial reports and short breakdowns: the units a trial allocates
and its arms ("randomised 840 smokers: 420 to … and 420 to …", "(n = 455) or … (n =
455)"), "Of N …, A in intervention … and B in control …", "paid for by three sources: …"
with the total in the same sentence, and "the other N" as the rest of an earlier total."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested


def sums(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "SumRelation"]


ARMS = {
    # the figure a preposition adds ("from 22 clinics") is no arm
    "allocated to, then to": (
        "Methods. We randomised 840 smokers from 22 clinics: 420 were allocated to text "
        "coaching and 420 to a printed leaflet.",
        {"total": ("840",), "part": ("420", "420")}),
    "n = after each arm": (
        "Methods. We randomly assigned 910 older adults (mean age 74) to a walking group "
        "(n = 455) or usual care (n = 455) at six sites.",
        {"total": ("910",), "part": ("455", "455")}),
    "each count sent to an arm": (
        "Methods: We randomised 36 care homes in the region, 18 to the new protocol and 18 "
        "to usual care.",
        {"total": ("36",), "part": ("18", "18")}),
    # each arm named after "to", its count alone in brackets after it
    "a count in brackets after each arm": (
        "Methods: We randomly allocated 60 schools in the county to the reading programme "
        "(30 schools) or to normal lessons (30 schools).",
        {"total": ("60",), "part": ("30", "30")}),
}


@pytest.mark.parametrize("name", ARMS)
def test_a_trial_allocation_is_the_sum_of_its_arms(tmp_path: Path, name: str) -> None:
    text, expected = ARMS[name]
    assert sums(tmp_path, text) == [expected]


def test_counts_not_sent_to_an_arm_are_no_allocation(tmp_path: Path) -> None:
    """"420 were offered coaching and 420 a leaflet": nothing says they are the arms the
    840 were randomised to (the words name no allocation)."""
    assert sums(tmp_path, "Methods. We randomised 840 smokers from 22 clinics: 420 were "
                          "offered text coaching and 420 a printed leaflet.") == []


@pytest.mark.parametrize("text", [
    "Results: Of 12,204 eligible residents, 6,150 lived in intervention areas and 6,054 in "
    "control areas.",
    "Of 12,204 eligible residents, 6,150 lived in intervention areas and 6,054 in control "
    "areas.",
])
def test_of_a_total_its_two_sides_are_its_sum(tmp_path: Path, text: str) -> None:
    assert sums(tmp_path, text) == [{"total": ("12,204",), "part": ("6,150", "6,054")}]


def test_of_a_total_two_groups_that_may_overlap_are_no_sum(tmp_path: Path) -> None:
    assert sums(tmp_path, "Of 500 people asked, 300 were women and 120 were over 65.") == []


def test_n_sources_of_a_total_said_before_them_in_the_sentence(tmp_path: Path) -> None:
    assert sums(tmp_path, "The new pavilion cost £2.4m and was paid for by three sources: "
                          "£1.5m from the town council, a £600,000 lottery grant and £300,000 "
                          "raised by members.") == [
        {"total": ("£2.4m",), "part": ("£1.5m", "£600,000", "£300,000")}]


def test_the_other_n_is_the_rest_of_the_total_before(tmp_path: Path) -> None:
    """"A quarter of the fleet - 215 scooters - …; the other 645 …": the fleet the sentence
    before counts (the 40 hubs count something else, so they are no part said between)."""
    assert sums(tmp_path, "The scheme runs 860 scooters across 40 hubs. A quarter of the "
                          "fleet - 215 scooters - are electric; the other 645 are kick "
                          "scooters.") == [{"total": ("860",), "part": ("215", "645")}]


def test_a_count_for_every_place_is_a_rate_not_a_part_said_between(tmp_path: Path) -> None:
    """"That is 5.1 scooters for every hub": a count per hub, never a part of the fleet."""
    assert sums(tmp_path, "The scheme runs 860 scooters. That is 5.1 scooters for every hub. "
                          "A quarter of the fleet - 215 scooters - are electric; the other 645 "
                          "are kick scooters.") == [{"total": ("860",), "part": ("215", "645")}]


def test_the_other_n_is_the_rest_of_the_whole_named_after_of(tmp_path: Path) -> None:
    """"Seven of the board's eleven members …; the other four …": the rest is of the eleven
    this sentence names, never of a figure an earlier sentence states."""
    assert sums(tmp_path, "The board met on Monday to vote on 3 plans. Seven of the board's "
                          "eleven members backed the plan; the other four voted against.") == [
        {"total": ("eleven",), "part": ("Seven", "four")}]


def test_the_remaining_n_alone_completes_the_portion_the_sentence_before_states(
        tmp_path: Path) -> None:
    """"Families accounted for 2.05 million visits, or 64.1% of the total. The remaining 1.15
    million …": the rest and that portion add up to the total said before them; the
    figures after the rest ("2.5 hours on average") are another clause's."""
    assert sums(tmp_path, "The zoo welcomed 3.20 million visitors in 2025. Families accounted "
                          "for 2.05 million visits, or 64.1% of the total. The remaining 1.15 "
                          "million came in school groups, who stayed 2.5 hours on "
                          "average.") == [
        {"total": ("3.20 million",), "part": ("2.05 million", "1.15 million")}]


def test_the_remaining_n_alone_after_no_portion_is_no_sum(tmp_path: Path) -> None:
    """"Families made 2.05 million visits." names no share of a whole: the words do not say
    the rest completes it."""
    assert sums(tmp_path, "The zoo welcomed 3.20 million visitors in 2025. Families made 2.05 "
                          "million visits. The remaining 1.15 million came in school "
                          "groups.") == []


def test_a_bracketed_count_after_another_figure_is_no_arm(tmp_path: Path) -> None:
    """"from 12 towns (30)": the bracket follows a figure the preposition adds, not an arm
    "to" names."""
    assert sums(tmp_path, "Methods: We randomly allocated 60 schools from 12 towns (30) or "
                          "to normal lessons (30 schools).") == []


@pytest.mark.parametrize("text, expected", [
    # the ratio after the verb is how the units were split, and the count the passive's
    # subject gives is the total
    ("Methods: Forty-two clinics were randomised 1:1 to a phone reminder (21 clinics) or to "
     "a letter (21 clinics).", {"total": ("Forty-two",), "part": ("21", "21")}),
    ("Methods: We randomised 42 clinics 2:1 to a phone reminder (28 clinics) or to a letter "
     "(14 clinics).", {"total": ("42",), "part": ("28", "14")}),
])
def test_an_allocation_ratio_is_neither_the_total_nor_an_arm(tmp_path: Path, text: str,
                                                             expected: dict) -> None:
    assert sums(tmp_path, text) == [expected]


def test_n_sources_counted_before_a_first_part_and_a_list_of_the_rest(tmp_path: Path) -> None:
    """"from four sources. The biggest part, £2.0m, …. X is contributing £0.7m, Y £0.3m and
    Z £0.2m": the count says the part the sentence before states opens the list (read as
    nothing: that level might have been one more part, or not)."""
    text = ("The new lifeboat station will cost £3.2m. The money comes from four sources. The "
            "biggest part, £2.0m, is a lottery grant. The harbour trust is contributing £0.7m, "
            "the town council £0.3m and local donors £0.2m.")
    assert sums(tmp_path, text) == [
        {"total": ("£3.2m",), "part": ("£2.0m", "£0.7m", "£0.3m", "£0.2m")}]


def test_a_part_before_a_list_with_no_count_of_sources_stays_out(tmp_path: Path) -> None:
    text = ("The new lifeboat station will cost £3.2m. The money comes from several places. "
            "The biggest part, £2.0m, is a lottery grant. The harbour trust is contributing "
            "£0.7m, the town council £0.3m and local donors £0.2m.")
    assert sums(tmp_path, text) == []
