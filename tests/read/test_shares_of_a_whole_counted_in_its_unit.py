"""A part counted "of" a whole written with its unit ("on 318 of the 365 days (87.1%)") is
in that unit, so its bracketed share is read of the whole, and checked."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Ferry punctuality, 2025", text, "ShareRelation")


def test_a_share_of_days_counted_in_days(tmp_path: Path) -> None:
    assert _shares(tmp_path, "The ferry ran on time on 318 of the 365 days (87.1%).") == [
        "318 is 87.1% of 365 days"]
    assert violations(tmp_path) == []


def test_a_share_the_days_do_not_make_is_a_violation(tmp_path: Path) -> None:
    # 318 of 365 is 87.1%, not 81.7%
    assert _shares(tmp_path, "The ferry ran on time on 318 of the 365 days (81.7%).") == [
        "318 is 81.7% of 365 days"]
    assert violations(tmp_path) == ["share"]
