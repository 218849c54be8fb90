"""kg read: a relative clause on the things a sentence counts ("… 64 stewards, who between
them worked 5,120 hours") gives their total, and an average set off after it ("- an average
of 80 hours each") is that total over them, as where the things are the clause's subject."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Festival volunteering report, 2025", text,
                           "AverageRelation")


def test_the_total_of_a_relative_clause_over_the_things_it_is_on(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The paid crew of 12 was backed by 64 stewards, who between "
                               "them worked 5,120 hours over the weekend - an average of 80 "
                               "hours each.") == ["5,120 hours ÷ 64 = 80 hours each"]
    assert violations(tmp_path) == []


def test_a_relative_clause_s_total_the_average_does_not_make_is_a_violation(
        tmp_path: Path) -> None:
    # 5,120 hours over 64 stewards is 80 each, not 86
    assert _averages(tmp_path, "The paid crew of 12 was backed by 64 stewards, who between "
                               "them worked 5,120 hours over the weekend - an average of 86 "
                               "hours each.") == ["5,120 hours ÷ 64 = 86 hours each"]
    assert violations(tmp_path) == ["average"]

