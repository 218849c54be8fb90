"""kg read: "Of those, A began … and B completed …" counts who reached each stage, the later
within the earlier: no sum; two groups side by side still are one."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels


def test_counts_of_who_began_and_who_completed_are_no_sum(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert sum_labels(tmp_path / "a", "camp.txt", "Summer camp\n\nThe camp had 1,240 "
                      "applicants. Of those, 990 began the course and 870 completed it.\n") == []
    # two groups side by side still add up
    assert sum_labels(tmp_path / "b", "camp.txt", "Summer camp\n\nThe camp had 1,240 "
                      "applicants. Of those, 990 were girls and 250 boys.\n") == [
        "990 + 250 = 1,240"]
