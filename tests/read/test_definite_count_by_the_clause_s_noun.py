"""A definite count takes up the earlier count written alike whose clause names the noun the
reference counts by, though that count names another noun right after it: "the 2,318
injured cyclists" after "Cyclists accounted for 2,318 admissions"."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_prose_restatements import restated


def test_a_definite_count_takes_up_a_count_whose_clause_names_its_noun(tmp_path: Path) -> None:
    found = restated(tmp_path, (
        "Cycle safety audit\n\n"
        "Cyclists accounted for 2,318 admissions to the city's two trauma wards over the "
        "period.\n\n"
        "Fractures were recorded for 704 of the 2,318 injured cyclists, the audit found.\n"))
    assert found == [("2,318", "2,318")]


def test_a_definite_average_takes_up_the_average_the_text_gave(tmp_path: Path) -> None:
    found = restated(tmp_path, (
        "Shelter occupancy\n\n"
        "The night shelter housed an average of 437 guests a night last winter.\n\n"
        "Of the 437 average, 129 were sleeping rough for the first time.\n"))
    assert found == [("437", "437")]


def test_a_definite_count_is_not_taken_up_where_no_clause_names_its_noun(
        tmp_path: Path) -> None:
    """"the 2,318 injured pedestrians": the earlier 2,318 is of cyclists' admissions, and
    no word of pedestrians stands by it."""
    found = restated(tmp_path, (
        "Cycle safety audit\n\n"
        "Cyclists accounted for 2,318 admissions to the city's two trauma wards over the "
        "period.\n\n"
        "Fractures were recorded for 704 of the 2,318 injured pedestrians, the audit "
        "found.\n"))
    assert found == []
