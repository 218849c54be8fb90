"""A price list whose rows count what they price ("2 adults | £30 | £60") under a column of
the price each ("Price per person") and one of the whole ("Total"): each row's total is its
price each times the label's count, a figure of its own. A price per span of time totals
that span's count only ("3 nights" per night), never another noun's ("2 bedrooms" per week)."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, violations

_PAGE = """# Canoe hire

Prices for a half-day trip on the river, guide included.

| Group size | Price per person | Total for the group |
|---|---|---|
| 2 adults | £30 | £60 |
| 3 adults | £27 | {three} |
| 4 adults | £25 | £100 |

Life jackets are included in every booking.
"""


def _multiples(folder: Path, text: str) -> list[str]:
    return read_labels(folder, "canoes.md", text, "MultipleRelation")


def test_each_row_totals_its_count_at_the_price_each(tmp_path: Path) -> None:
    assert _multiples(tmp_path, _PAGE.format(three="£81")) == [
        "2 adults: Total for the group is 2 adults at Price per person",
        "3 adults: Total for the group is 3 adults at Price per person",
        "4 adults: Total for the group is 4 adults at Price per person"]
    assert violations(tmp_path) == []


def test_a_total_its_count_and_price_do_not_make_is_a_violation(tmp_path: Path) -> None:
    # 3 adults at £27 is £81, not £61
    assert len(_multiples(tmp_path, _PAGE.format(three="£61"))) == 3
    assert violations(tmp_path) == ["multiple"]


def test_a_price_per_span_totals_only_that_span(tmp_path: Path) -> None:
    nights = ("# Cabin rates\n\n| Stay | Price per night | Total |\n|---|---|---|\n"
              "| 2 nights | £95 | £190 |\n| 3 nights | £90 | £270 |\n")
    assert _multiples(tmp_path / "nights", nights) == [
        "2 nights: Total is 2 nights at Price per night",
        "3 nights: Total is 3 nights at Price per night"]
    weeks = ("# Cottage rents\n\n| Cottage | Rent per week | Total for the season |\n"
             "|---|---|---|\n| 2 bedrooms | £400 | £4,800 |\n| 3 bedrooms | £520 | £6,240 |\n")
    assert _multiples(tmp_path / "weeks", weeks) == []
