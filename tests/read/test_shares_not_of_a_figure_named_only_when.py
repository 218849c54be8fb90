"""kg read: a share "of the old footfall" names its whole by "footfall"; "old" says when, not
what, so no figure of an earlier sentence about "the old pier" is its whole (a count of the
pier's piles)."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Pier closure", text, "ShareRelation")


def test_old_alone_names_no_whole(tmp_path: Path) -> None:
    text = ("The old wooden pier at Eastwick, built in 1931, was shut in May last year after "
            "divers found decay in three of its twelve piles.\n\nA shuttle bus has helped a "
            "little, but it carries about 640 people a day, only 28% of the old footfall.\n")
    assert _shares(tmp_path, text) == []

