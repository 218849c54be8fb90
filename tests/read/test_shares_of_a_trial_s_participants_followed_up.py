"""In a trial's results, the participants followed up or analysed ("Follow-up was completed
by 176 participants (91.7%)"), a count naming no group, are a share of all the trial
enrolled or randomised: the first count, no group's size, of the nearest earlier sentence
that says they were ("We randomised 192 farmers …", not "96 assigned to …")."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

_TRIAL = ("Methods: We randomised 192 dairy farmers in two provinces to text-message advice "
          "or usual extension visits. Participants were randomised 1:1, with 96 assigned to "
          "text messages and 96 to visits. Results: Follow-up was completed by 176 "
          "participants ({share}): 90 in the text-message arm and 86 in the visits arm.")


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Dairy advice trial", text, "ShareRelation")


def test_those_followed_up_are_a_share_of_all_randomised(tmp_path: Path) -> None:
    assert _shares(tmp_path, _TRIAL.format(share="91.7%")) == ["176 is 91.7% of 192"]
    assert violations(tmp_path) == []


def test_a_follow_up_share_the_counts_do_not_make_is_a_violation(tmp_path: Path) -> None:
    # 176 of 192 is 91.7%, not 97.1%
    assert _shares(tmp_path, _TRIAL.format(share="97.1%")) == ["176 is 97.1% of 192"]
    assert violations(tmp_path) == ["share"]


def test_no_share_without_a_trial_that_enrolled_them(tmp_path: Path) -> None:
    assert _shares(tmp_path, "The survey ran in 2024. Follow-up was completed by 176 "
                             "farms (91.7%).") == []
