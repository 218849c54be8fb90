"""kg read: "3.1% of braced runners and 6.0% of controls …, an absolute risk difference of 2.9
percentage points": "controls" names the control arm, and where the words name only that
arm, the one other rate before the difference is the arm set against it. The difference
is the change in points from the control arm's rate to the other's, not a bare gap."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TITLE = "Knee bracing in amateur fell runners: a randomised trial"


def test_the_one_other_rate_is_the_treated_arm(tmp_path: Path) -> None:
    text = ("Over the season, 3.1% of braced runners and 6.0% of controls reported a knee "
            "injury, an absolute risk difference of 2.9 percentage points.")
    assert relation_labels(tmp_path, TITLE, text, "PercentagePointChangeRelation") == [
        "6.0% to 3.1%: difference 2.9 percentage points"]
    assert relation_labels(tmp_path / "again", TITLE, text, "DifferenceRelation") == []
    # (two rates beside the controls' leave which arm is set against them unsaid)
    text = ("Over the season, 3.1% of braced runners, 4.4% of taped runners and 6.0% of "
            "controls reported a knee injury, an absolute risk difference of 2.9 percentage "
            "points.")
    assert relation_labels(tmp_path / "two", TITLE, text,
                           "PercentagePointChangeRelation") == []
