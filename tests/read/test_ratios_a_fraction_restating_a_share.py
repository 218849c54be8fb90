"""kg read: a fraction in words set off right after a percent share ("4,310 of them, or 27.4%
of the total - roughly one in four") restates that share: the ratio of the same portion to
the same whole, wherever the share found its whole."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

_OPENING = "The office issued 15,730 licences in 2025. "


def _ratios(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Licensing bulletin, 2025", text, "RatioRelation",
                           name="note.md")


def test_a_fraction_after_a_share_is_its_ratio(tmp_path: Path) -> None:
    labels = _ratios(tmp_path, _OPENING + "Boating licences numbered 6,610 in 2025, or 42.0% "
                               "of the total - roughly two in five.")
    assert labels == ["6,610 is roughly two in five of 15,730"]
    # no ratio where other words stand between: the fraction here is of something else the
    # clause after the share names
    labels = _ratios(tmp_path / "other", _OPENING + "Boating licences numbered 6,610 in "
                     "2025, or 42.0% of the total, and renewals came to roughly two in five.")
    assert labels == []
