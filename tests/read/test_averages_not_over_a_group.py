"""The count a cost "per participant" is spread over is never a group counted as part of a
larger whole ("310 of the 420 were over 60"): that counts some of the participants, so
where the words reach no other count of them, no average is read."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

CLINIC = ("We enrolled 420 adults at six practices in a walking scheme (210) or a leaflet "
          "(210). Participants were aged 45 to 80, and 310 of the 420 were over 60. The "
          "scheme cost £52 per participant, £10,920 in all.\n")


def test_a_group_of_a_whole_is_not_what_a_cost_per_participant_is_over(
        tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Walking trial", CLINIC, "AverageRelation") == []
    assert violations(tmp_path) == []
