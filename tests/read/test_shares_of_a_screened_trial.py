"""kg read: a screening trial's participants are those screened ("All 2,950 pupils … were
screened: 1,470 in intervention schools and 1,480 in control schools"), so a later count
with its bracketed share and no group named ("In total, 354 pupils (12.0%) failed the
test") is a share of all of them, as it is after "randomised" or "enrolled"."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

_SPLIT = ("Methods: Trial in 20 primary schools. All 2,950 pupils whose parents agreed were "
          "screened: 1,470 in intervention schools and 1,480 in control schools. ")


def test_a_count_with_its_share_after_a_screened_split_is_of_all_screened(
        tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Hearing trial", _SPLIT + "Results: In total, 354 "
                           "pupils (12.0%) failed the hearing test.", "ShareRelation") == [
        "354 is 12.0% of 2,950"]
    assert violations(tmp_path) == []


def test_a_misstated_share_of_those_screened_is_a_violation(tmp_path: Path) -> None:
    # 354 of 2,950 is 12.0%, not 21.0%
    assert relation_labels(tmp_path, "Hearing trial", _SPLIT + "Results: In total, 354 "
                           "pupils (21.0%) failed the hearing test.", "ShareRelation") == [
        "354 is 21.0% of 2,950"]
    assert violations(tmp_path) == ["share"]
