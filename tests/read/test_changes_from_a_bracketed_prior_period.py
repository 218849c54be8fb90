"""kg read: "Operating profit rose 9.6% to €41.2 million (prior-year period: €37.6
million)": the baseline in brackets after the words naming the earlier period, however
they are hyphenated ("prior-year period", "comparative period", "corresponding period")."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Half-year report, 2025", text, "PercentChangeRelation")


def test_a_change_from_the_prior_year_period_in_brackets(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Operating profit rose 9.6% to €41.2 million (prior-year "
                              "period: €37.6 million).") == [
        "€37.6 million to €41.2 million: rose 9.6%"]
    assert violations(tmp_path) == []


def test_a_change_the_comparative_period_does_not_make_is_a_violation(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Operating profit rose 6.9% to €41.2 million (comparative "
                              "period: €37.6 million).") == [
        "€37.6 million to €41.2 million: rose 6.9%"]
    assert violations(tmp_path) == ["percent-change"]
