"""kg read: "412 staff (389), 23 more than a year earlier": the bracketed figure right after a
level is that level at the earlier time the comparative's "than" names, so the gap is
between the two; with a "than" that names no time, no such pair is read."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TITLE = "Kestrel Tools half-year report January-June 2025"


def test_the_bracketed_figure_is_the_earlier_level(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        "At the end of June the group had 412 staff (389), 23 more than a year earlier, "
        "most of them in assembly.", "DifferenceRelation") == ["412 - 389 = 23"]


def test_a_than_that_names_no_time_takes_no_bracket(tmp_path: Path) -> None:
    assert "412 - 389 = 23" not in relation_labels(
        tmp_path, TITLE,
        "At the end of June the group had 412 staff (389), 23 more than its rival.",
        "DifferenceRelation")
