"""kg read: a price after "at" that names no unit of its own is per the unit of the
measured amount right before "at" ("1,850 litres at £1.42 = £2,627.00", "sold 3,600
tonnes at €240, worth €864,000"): the total its sentence gives over that amount; none where
the sentence prices two amounts so."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Depot fuel account, 2025", text, "AverageRelation")


@pytest.mark.parametrize("text, label", [
    ("- Diesel bought: 1,850 litres at £1.42 = £2,627.00",
     "£2,627.00 ÷ 1,850 litres = £1.42 a unit"),
    ("The co-operative sold 3,600 tonnes at €240, worth €864,000 to its members.",
     "€864,000 ÷ 3,600 tonnes = €240 a unit"),
])
def test_a_total_over_the_amount_bought_at_a_price(tmp_path: Path, text: str,
                                                    label: str) -> None:
    assert _averages(tmp_path, text) == [label]
    assert violations(tmp_path) == []


def test_a_total_the_price_does_not_make_is_a_violation(tmp_path: Path) -> None:
    # 1,850 litres at £1.42 cost £2,627.00, not £2,267.00
    assert _averages(tmp_path, "- Diesel bought: 1,850 litres at £1.42 = £2,267.00") == [
        "£2,267.00 ÷ 1,850 litres = £1.42 a unit"]
    assert violations(tmp_path) == ["average"]


def test_two_amounts_bought_at_their_prices_read_no_average(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The depot bought 300 litres at £1.40 and 200 litres at "
                               "£1.50, £720 in all.") == []
