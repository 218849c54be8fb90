"""kg read: a change set off by a comma after the two levels "and" joins ("uptake was 38%
in the spring round and 57% in the autumn round, a rise of 50%"): the first level is the
baseline, the second the level reached, and a change in percent of two rates is checked
as the words say (a difference in points written as percent is the slip to find)."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _labels(tmp_path: Path, text: str, kind: str) -> list[str]:
    return relation_labels(tmp_path, "Clinic audit, 2025", text, kind)


def test_a_rise_after_two_rates_joined_by_and_is_read_between_them(tmp_path: Path) -> None:
    assert _labels(tmp_path, "Flu vaccine uptake was 38% in the spring round and 57% in "
                             "the autumn round, a rise of 50%.",
                   "PercentChangeRelation") == ["38% to 57%: rise 50%"]
    assert violations(tmp_path) == []
    # two subjects, each with a verb or a comma of its own, are not one move
    for n, text in enumerate(("Clinic A saw 300 patients in March and clinic B was at 420 "
                              "patients in April, a rise of 40%.",
                              "Referrals numbered 300 in March, and the waiting list held "
                              "420 in April, a rise of 40%.")):
        (tmp_path / str(n)).mkdir()
        assert _labels(tmp_path / str(n), text, "PercentChangeRelation") == []


def test_points_written_as_percent_after_bracketed_rates_is_a_violation(
        tmp_path: Path) -> None:
    # 45% to 70% is a rise of 55.6 per cent; 25 is the difference in points
    assert _labels(tmp_path, "Discharge letters were sent on time for 90 of 200 patients "
                             "in the first audit (45%) and for 140 of 200 in the follow-up "
                             "audit (70%), an increase of 25%.",
                   "PercentChangeRelation") == ["45% to 70%: increase 25%"]
    assert "percent-change" in violations(tmp_path)

