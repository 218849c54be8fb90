"""kg read: a pair, portion "of" whole, followed by its rate in brackets ("12 of the 48
games ended level (a draw rate of 25.0%)", "returns from 300 of them (a response rate of
75.0%)") is a share of the whole, as the rate set off by a comma or a dash is."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Club notes", text, "ShareRelation")


def test_a_draw_rate_in_brackets_is_the_share_of_the_games(tmp_path: Path) -> None:
    assert _shares(tmp_path, "The 48 fixtures produced 130 goals, and 12 of the 48 games "
                   "ended level (a draw rate of 25.0%).") == ["12 is 25.0% of 48"]


def test_a_pass_rate_in_brackets_is_the_share_of_those_entered(tmp_path: Path) -> None:
    assert _shares(tmp_path, "Of the 1,840 pupils entered, 1,472 passed (a pass rate of "
                   "80.0%).") == ["1,472 is 80.0% of 1,840"]
