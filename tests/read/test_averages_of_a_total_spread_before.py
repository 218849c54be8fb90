"""kg read: an average whose sentence names only the thing ("The average grant awarded was
£2,150") takes its count and total from the sentence before that spreads an amount across
those things ("£1.29 million across 600 approved grants"): the things after "across" are
the average's own, not places counted by the way."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

KIND = "AverageRelation"
TITLE = "Eastvale Community Foundation review 2025"
TEXT = ("Awards totalled £1.29 million across 600 approved grants, a fifth more than the 500 "
        "approved the year before. The average grant awarded was {average}.")


def test_an_average_takes_the_total_spread_across_its_things_the_sentence_before(
        tmp_path: Path) -> None:
    assert relation_labels(tmp_path, TITLE, TEXT.format(average="£2,150"), KIND) == [
        "£1.29 million ÷ 600 = £2,150 each"]
    assert violations(tmp_path) == []


def test_a_slip_in_an_average_of_a_total_spread_before_is_a_violation(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, TITLE, TEXT.format(average="£2,510"), KIND) == [
        "£1.29 million ÷ 600 = £2,510 each"]
    assert violations(tmp_path) == ["average"]
