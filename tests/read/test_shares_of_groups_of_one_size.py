"""A trial that gives both groups one size ("310 adults were randomised, 155 to each arm"):
a count with its bracketed share whose words name either group ("in the usual-care arm",
"given coaching") is a share of that size; a count that names no group is left unread (it
may be of all the participants, or of one group)."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

_TRIAL = ("Methods: In 2024, 310 adults with back pain were randomised, 155 to each arm. "
          "Results: Pain improved in 62 given coaching ({app}) and in 48 in the usual-care "
          "arm (31.0%). In all, 301 participants (97.1%) completed follow-up.")


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Physiotherapy app trial", text, "ShareRelation")


def test_either_group_named_is_a_share_of_the_one_size(tmp_path: Path) -> None:
    assert _shares(tmp_path, _TRIAL.format(app="40.0%")) == [
        "62 is 40.0% of 155", "48 is 31.0% of 155"]
    assert violations(tmp_path) == []


def test_a_group_share_its_count_does_not_make_is_a_violation(tmp_path: Path) -> None:
    # 62 of 155 is 40.0%, not 45.0%
    assert _shares(tmp_path, _TRIAL.format(app="45.0%")) == [
        "62 is 45.0% of 155", "48 is 31.0% of 155"]
    assert violations(tmp_path) == ["share"]
