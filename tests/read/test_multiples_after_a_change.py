"""kg read: a factor set off right after a "from A to B" pair ("an upgrade from 30 kilowatts
to 90 kilowatts - three times the output") says what B is of A, as "tripled, from A to B"
does: B the multiple, A the base, never the other way round. Two rates in brackets joined by
"and" right before "N times as often" ("36 of 240 tenants (15.0%) and 12 of 250 owners
(4.8%) - about three times as often") are the multiple and its base, in that order."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _multiples(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Plant note, 2025", text, "MultipleRelation")


def test_a_factor_set_off_after_a_from_to_pair_is_the_to_value_over_the_from_value(
        tmp_path: Path) -> None:
    assert _multiples(tmp_path, "The plan approves a ward extension from 40 beds to 120 beds "
                                "- three times the capacity - for the winter.") == [
        "40 × 3 = 120 (three times)"]
    assert violations(tmp_path) == []


def test_a_factor_after_a_from_to_pair_they_do_not_make_is_a_violation(tmp_path: Path) -> None:
    assert _multiples(tmp_path, "The plan approves a boiler upgrade from 30 kilowatts to 60 "
                                "kilowatts - three times the output - for the winter.") == [
        "30 kilowatts × 3 = 60 kilowatts (three times)"]
    assert violations(tmp_path) == ["multiple"]


def test_two_bracketed_rates_joined_by_and_before_times_as_often_are_multiple_and_base(
        tmp_path: Path) -> None:
    assert _multiples(tmp_path, "Repairs were reported by 36 of 240 tenants (15.0%) and 12 of "
                                "250 owners (4.8%) - about three times as often.") == [
        "4.8% × 3 = 15.0% (about three times)"]
    assert violations(tmp_path) == []
