"""kg read: "will award ten $2,000 grants - $20,000 in all" is the total the words restate
over the count right before the price of each thing; a count and a price with no total
restated ("bought six £40,000 vans last year") read no average."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Parish fund note, 2025", text, "AverageRelation")


def test_count_price_and_total_in_all(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The fund will award ten $2,000 grants this spring - $20,000 "
                               "in all.") == ["$20,000 ÷ ten = $2,000 each"]
    assert violations(tmp_path) == []


def test_count_price_and_total_after_or(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The council bought six £40,000 vans, or £240,000 in "
                               "total.") == ["£240,000 ÷ six = £40,000 each"]


def test_a_total_that_does_not_add_up_is_a_violation(tmp_path: Path) -> None:
    # (ten grants of $2,150 make $21,500, not $25,750)
    assert _averages(tmp_path, "The fund will award ten $2,150 grants this spring - $25,750 "
                               "in all.") == ["$25,750 ÷ ten = $2,150 each"]
    assert violations(tmp_path) == ["average"]


def test_no_total_restated_reads_nothing(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The council bought six £40,000 vans last year.") == []
