"""kg read: a count of things, the price they went at with no "each" said, and the total
set off after it ("sold 1,240 season tickets at £85, bringing in £105,400", "(412) were
family memberships at €60, worth €24,720 between them") is that total over the things at
that price; a price offered as a saving reads nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Lido season report, 2025", text, "AverageRelation")


@pytest.mark.parametrize("text, label", [
    ("The lido sold 1,240 season tickets at £85, bringing in £105,400.",
     "£105,400 ÷ 1,240 = £85 each"),
    ("Of the rest, a few (412) were family memberships at €60, worth €24,720 between them.",
     "€24,720 ÷ 412 = €60 each"),
])
def test_things_at_a_price_and_the_total_they_brought(tmp_path: Path, text: str,
                                                      label: str) -> None:
    assert _averages(tmp_path, text) == [label]
    assert violations(tmp_path) == []


def test_a_total_the_price_does_not_make_is_a_violation(tmp_path: Path) -> None:
    # 1,240 tickets at £85 bring in £105,400, not £150,400
    assert _averages(tmp_path, "The lido sold 1,240 season tickets at £85, bringing in "
                               "£150,400.") == ["£150,400 ÷ 1,240 = £85 each"]
    assert violations(tmp_path) == ["average"]


def test_a_price_offered_as_a_saving_reads_nothing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The lido sold 1,240 season tickets at £85, saving members "
                               "£20,000.") == []
