"""Wordings that tied figures the words do not relate, each a false violation in waiting:
a saving's percent (of the dearer amount set against), one group followed through its steps
("all 40 were …"), "on average" (no baseline "on"), an average restating the amount before
", or", a row a sentence leaves out ("everything except …"), and a count's share of money."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import relation_labels, violations


def test_a_saving_is_a_share_of_the_amount_set_against(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Heat pump tariff note",
        "Households on the tariff pay about £900 a year to run a heat pump, the supplier "
        "says, against £1,200 for an oil boiler: a saving of £300, or 25%.",
        "ShareRelation")
    assert labels == ["£300 is 25% of £1,200"]
    assert "share" not in violations(tmp_path)


def test_one_group_followed_through_its_steps_is_no_breakdown(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Apprenticeship pilot review",
        "The pilot enrolled 2,150 school leavers in nine towns. In all, 260 applied for an "
        "apprenticeship. Of these, 140 lived in the coastal towns; all 140 were given a "
        "mentor, and 118 (84.3%) completed the first year.",
        "SumRelation")
    assert labels == []
    assert "sum" not in violations(tmp_path)


def test_on_average_sets_no_baseline(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Lake survey 2024",
        "Between 2004 and 2024 the lake shrank from 30.4 km² to 26.2 km², a loss of 4.2 km² "
        "(13.8%), or on average 0.21 km² a year over the 20 years.",
        "PercentChangeRelation")
    assert labels == ["30.4 km² to 26.2 km²: loss 13.8%"]


def test_an_average_after_or_restates_the_amount_before_it(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Lake survey 2024",
        "Between 2004 and 2024 the lake shrank from 30.4 km² to 26.2 km², a loss of 4.2 km² "
        "(13.8%), or on average 0.21 km² a year over the 20 years.",
        "AverageRelation")
    assert labels == ["4.2 km² ÷ 20 years = 0.21 km² each"]


TABLE = """# Arts fund 2025

Table 1: Grants and spending by programme, 2025

| Programme | Grants | Spending (£000) |
|---|---|---|
| Music | 12 | 340 |
| Theatre | 8 | 510 |
| Outreach | 20 | 150 |
| Total | 40 | 1,000 |

"""


def _labels(tmp_path: Path, sentence: str) -> list[str]:
    """The labels of every relation kg read writes for the table and ``sentence``."""
    from kg.read import read

    (tmp_path / "fund.md").write_text(TABLE + sentence + "\n", encoding="utf-8")
    made = read(tmp_path / "fund.md", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'rdfs:label "([^"]+)"', relations)


def test_a_row_the_words_leave_out_is_not_the_figure_s_row(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "Stage grants — everything except outreach — came to £850,000.")
    assert not any(label.startswith("Outreach") for label in labels)
    assert "restatement" not in violations(tmp_path)


def test_a_count_of_things_is_no_share_of_money(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "Theatre dominates the fund: the eight theatre grants alone "
                               "accounted for 51% of spending.")
    assert not any(label.startswith("eight") for label in labels)
    assert "share" not in violations(tmp_path)
