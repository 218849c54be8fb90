"""kg read: "Of those, 4,600 started and 4,210 finished" counts the first and the last stage
of one course: those who finished are among those who started, so the two are no parts of
the count before them (a split of that count into groups still is)."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import relation_labels


def _sums(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Town fun run 2025", text, "SumRelation")


def test_those_who_started_and_those_who_finished_are_no_parts_of_one_whole(
        tmp_path: Path) -> None:
    assert _sums(tmp_path, "In all 5,000 people signed up. Of those, 4,600 started and "
                           "4,210 finished.") == []
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]


def test_two_groups_of_those_counted_before_still_add_up(tmp_path: Path) -> None:
    assert _sums(tmp_path, "In all 5,000 people signed up. Of those, 4,600 ran and 400 "
                           "walked.") == ["4,600 + 400 = 5,000"]
