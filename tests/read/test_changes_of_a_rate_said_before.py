"""kg read: a change in per cent of a rate whose new level an earlier sentence gives, the
baseline dated by the words of the change's own sentence: "… or 64.0%. The share of
members under 30 rose by 2.5% compared with 2023, when it stood at 61.5%" ("compared
with" a time and its "when" clause); "… or 37.0% of the total. Their share had been 35.2%
in 2023, so the proportion rose by 1.8%" (the pluperfect dates the baseline). The words
say per cent, so it is a percent change; points written as per cent is the slip the check
then finds. And "goes up to 41.0% from 38.0%" moves to the figure: no "at most"."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Club note, 2024", text, "PercentChangeRelation")


def test_a_rates_change_compared_with_a_time_when_it_stood_at_a_level(
        tmp_path: Path) -> None:
    assert _changes(tmp_path, "Members under 30 numbered 1,408 this year, or 64.0%. The "
                              "share of members under 30 rose by 4.1% compared with 2023, "
                              "when it stood at 61.5%.") == ["61.5% to 64.0%: rose 4.1%"]
    assert violations(tmp_path) == []


def test_points_written_as_per_cent_after_compared_with_a_time_is_a_violation(
        tmp_path: Path) -> None:
    assert _changes(tmp_path, "Members under 30 numbered 1,408 this year, or 64.0%. The "
                              "share of members under 30 rose by 2.5% compared with 2023, "
                              "when it stood at 61.5%.") == ["61.5% to 64.0%: rose 2.5%"]
    assert violations(tmp_path) == ["percent-change"]
    # (a subject the sentence before does not name takes none of its levels)
    (tmp_path / "other").mkdir()
    assert _changes(tmp_path / "other", "Members under 30 numbered 1,408 this year, or "
                                        "64.0%. The share of volunteers rose by 2.5% "
                                        "compared with 2023, when it stood at 61.5%.") == []


def test_a_level_it_had_been_before_so_the_proportion_rose(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Weekday classes drew 2,210 pupils, or 37.0% of the total. "
                              "Their share had been 35.2% in 2023, so the proportion rose "
                              "by 1.8% over the year.") == ["35.2% to 37.0%: rose 1.8%"]
    assert violations(tmp_path) == ["percent-change"]
    # (two rates in the sentence before: which one moved, the words leave open)
    (tmp_path / "two").mkdir()
    assert _changes(tmp_path / "two", "Weekday classes drew 2,210 pupils, or 37.0% of the "
                                      "total, and 12.5% were new. Their share had been "
                                      "35.2% in 2023, so the proportion rose by 1.8% over "
                                      "the year.") == []


def test_goes_up_to_a_rate_is_the_level_reached_not_at_most(tmp_path: Path) -> None:
    from kg.numbers import parse_quantity

    assert parse_quantity("the share goes up to 41.0%").hedge is None
    assert parse_quantity("the rate is climbing up to 7%").hedge is None
    assert parse_quantity("grants of up to 41.0%").hedge == "at-most"
    assert _changes(tmp_path, "The share of the budget spent on seed goes up to 41.0% from "
                              "38.0% in 2023, an increase of 3.0%.") == [
        "38.0% to 41.0%: increase 3.0%"]
    assert violations(tmp_path) == ["percent-change"]
