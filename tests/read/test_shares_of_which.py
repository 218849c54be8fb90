"""kg read: "costing £90,000, of which £54,000, or 60 per cent, …": the figure "which"
stands for is the whole and the one after "of which" its portion; the "of" before the
second figure points back, it names no whole of its own."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_the_figure_of_which_stands_for_is_the_whole_of_the_share(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Harbour trust appeal 2025",
        "The trust is raising money for a new pilot boat costing £90,000, of which £54,000, "
        "or 60 per cent, has already been pledged.", "ShareRelation") == [
        "£54,000 is 60 per cent of £90,000"]


def test_of_whom_points_back_to_the_count_before_it(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Choir report 2025",
        "The choir has 80 singers, of whom 36, or 45 per cent, joined in the last two years.",
        "ShareRelation") == ["36 is 45 per cent of 80"]
