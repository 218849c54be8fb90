"""kg read: a gap in percentage points between two percentages the words set side by side
("a gap of 3.8 points to the 95% goal", "4.9 points short of the 57% target", "outperformed
by 0.4 points", "5 points below the national 46%") is a difference, its larger end the one
the words say; a move of one rate over time stays a percentage-point change; a slipped gap
is a violation."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read
from kg.report.json_report import to_json


def _read(tmp_path: Path, text: str) -> str:
    (tmp_path / "note.txt").write_text("Service note 2025\n\n" + text + "\n", encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    return (made.folder / "relations.ttl").read_text(encoding="utf-8")


def _labels(relations: str, kind: str) -> list[str]:
    return re.findall(rf'a cg:{kind} ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_a_gap_of_points_to_a_target_lies_between_the_level_and_the_target(
        tmp_path: Path) -> None:
    relations = _read(tmp_path, "Trains ran to time on 91.2% of days, a gap of 3.8 percentage "
                                "points to the 95% goal.")
    assert _labels(relations, "DifferenceRelation") == [
        "95% - 91.2% = 3.8 percentage points"]


def test_points_short_of_a_target_take_the_target_as_the_larger(tmp_path: Path) -> None:
    relations = _read(tmp_path, "Recycling reached 52.1% in 2024/25, 4.9 percentage points "
                                "short of the 57% target.")
    assert _labels(relations, "DifferenceRelation") == ["57% - 52.1% = 4.9 percentage points"]


def test_short_of_a_goal_by_points_takes_the_goal_as_the_larger(tmp_path: Path) -> None:
    relations = _read(tmp_path, "At the close of the year, 71.5% of claims were settled within "
                                "a month, short of the regional goal of 75% by 3.5 percentage "
                                "points.")
    assert _labels(relations, "DifferenceRelation") == ["75% - 71.5% = 3.5 percentage points"]


def test_outperformed_by_points_restates_ahead_of_a_benchmark(tmp_path: Path) -> None:
    relations = _read(tmp_path, "The scheme returned 6.2%, ahead of its benchmark of 5.8%, so "
                                "it outperformed by 0.4 percentage points.")
    assert _labels(relations, "DifferenceRelation") == ["6.2% - 5.8% = 0.4 percentage points"]


def test_the_difference_between_two_groups_set_off_by_commas(tmp_path: Path) -> None:
    relations = _read(tmp_path, "In rural schools 18.4% of pupils walked to school; in towns "
                                "the share was 9.9%, and the difference between the two areas, "
                                "8.5 points, has grown.")
    assert _labels(relations, "DifferenceRelation") == ["18.4% - 9.9% = 8.5"]


def test_points_below_a_level_after_it_take_that_level_as_the_larger(tmp_path: Path) -> None:
    relations = _read(tmp_path, "Turnout in the east was 41%, 5 points below the national "
                                "46%. Turnout in the west rose to 44% from 41%, 3 points "
                                "higher.")
    # the west's move over time stays a change in points, no gap between two things
    assert _labels(relations, "DifferenceRelation") == ["46% - 41% = 5"]
    assert _labels(relations, "PercentagePointChangeRelation") == ["41% to 44%: higher 3"]


def test_a_slipped_gap_in_points_is_a_violation(tmp_path: Path) -> None:
    _read(tmp_path, "Recycling reached 52.1% in 2024/25, 5.9 percentage points short of the 57% "
                    "target.")
    report = json.loads(to_json(check_corpus(build_corpus(tmp_path / "c"))))
    [violation] = [f for f in report["findings"] if f["severity"] == "violation"]
    assert violation["check"] == "difference"
    assert violation["observed"].startswith("5.9 percentage points")


def test_the_ends_of_a_gap_between_two_arms_are_still_their_shares(tmp_path: Path) -> None:
    relations = _read(tmp_path, "In the letter arm 412 of 1,800 households replied (22.9%), "
                                "against 300 of 1,750 in the comparison arm (17.1%), a "
                                "difference of 5.8 percentage points.")
    assert _labels(relations, "DifferenceRelation") == ["22.9% - 17.1% = 5.8 percentage points"]
    assert _labels(relations, "ShareRelation") == ["412 is 22.9% of 1,800",
                                                   "300 is 17.1% of 1,750"]


def test_a_gap_after_one_level_ends_at_the_first_percentage_after_it(tmp_path: Path) -> None:
    relations = _read(tmp_path, "Buses ran to time on 88.5% of days, a gap of 1.5 percentage "
                                "points to the 90% goal; trams managed 96% and ferries 97%.")
    assert _labels(relations, "DifferenceRelation") == ["90% - 88.5% = 1.5 percentage points"]


def test_a_difference_in_points_between_trial_arms_runs_from_the_control_arm(
        tmp_path: Path) -> None:
    relations = _read(tmp_path, "After a year, 96 of 540 tenants in the intervention group "
                                "(17.8%) were in arrears, compared with 131 of 550 (23.8%) in "
                                "the control group, an absolute difference of 6.0 percentage "
                                "points.")
    assert _labels(relations, "PercentagePointChangeRelation") == [
        "23.8% to 17.8%: difference 6.0 percentage points"]
    assert _labels(relations, "DifferenceRelation") == []
    # two places, no control arm: a gap between two things, as before
    (tmp_path / "places").mkdir()
    relations = _read(tmp_path / "places", "Arrears stood at 17.8% in Eastfield and 23.8% in "
                                           "Westfield, a difference of 6.0 percentage points.")
    assert _labels(relations, "DifferenceRelation") == ["23.8% - 17.8% = 6.0 percentage points"]


def test_an_arm_named_for_what_it_was_given_is_the_treated_one_beside_a_control(
        tmp_path: Path) -> None:
    relations = _read(tmp_path, "Within three months, 412 patients in the phone-call group "
                                "(31.5%) and 305 in the control group (23.1%) booked a "
                                "check-up, a risk difference of 8.4 percentage points.")
    assert _labels(relations, "PercentagePointChangeRelation") == [
        "23.1% to 31.5%: difference 8.4 percentage points"]


def test_a_slipped_difference_between_trial_arms_is_a_violation(tmp_path: Path) -> None:
    # 23.8% to 17.8% is 6.0 points, not 6.9
    _read(tmp_path, "After a year, 17.8% of tenants in the intervention group were in arrears, "
                    "against 23.8% in the control group, an absolute difference of 6.9 "
                    "percentage points.")
    report = json.loads(to_json(check_corpus(build_corpus(tmp_path / "c"))))
    [violation] = [f for f in report["findings"] if f["severity"] == "violation"]
    assert violation["check"] == "percent-change"


def test_that_is_points_short_of_a_goal_takes_the_level_the_sentence_before_reached(
        tmp_path: Path) -> None:
    relations = _read(tmp_path, "In the spring term 92.4% of pupils attended every day, up "
                                "1.1 percentage points from 91.3% in the autumn. That is "
                                "still 2.6 points short of the school's 95% aim.")
    assert _labels(relations, "DifferenceRelation") == ["95% - 92.4% = 2.6"]


def test_that_is_an_amount_short_of_a_goal_takes_the_level_the_sentence_before_reached(
        tmp_path: Path) -> None:
    relations = _read(tmp_path, "Gifts to the roof appeal rose to £61,300 from £48,900 a "
                                "month earlier. That is £8,700 short of the £70,000 goal.")
    assert _labels(relations, "DifferenceRelation") == ["£70,000 - £61,300 = £8,700"]
