"""kg read: a bare "each" after an average is each of the things counted right before the
clause's verb ("The 1,600 examiners conducted on average 570 tests each", "… 1,600
examiners, who conducted an average of 570 tests each, …"): the total of the average's
things over that count; with no total named, nothing is read."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Licensing agency review, 2025", text, "AverageRelation")


def test_the_counted_subject_before_the_verb(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The 1,500 inspectors carried out on average 620 visits "
                               "each, 930,000 visits in all.") == ["930,000 ÷ 1,500 = 620 each"]
    assert violations(tmp_path) == []


def test_the_counted_subject_of_a_relative_clause(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The agency's 1,500 inspectors, who completed an average of "
                               "620 visits each, handled 930,000 visits.") == [
        "930,000 ÷ 1,500 = 620 each"]


def test_a_total_that_the_average_does_not_make_is_a_violation(tmp_path: Path) -> None:
    # 930,000 visits over 1,500 inspectors is 620 each, not 710
    assert _averages(tmp_path, "The 1,500 inspectors carried out on average 710 visits "
                               "each, 930,000 visits in all.") == ["930,000 ÷ 1,500 = 710 each"]
    assert violations(tmp_path) == ["average"]


def test_no_total_reads_nothing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The 1,500 inspectors carried out on average 620 visits "
                               "each.") == []
