"""A budget's table split into sections ("Income", then "Spending") is a plan in every
section: a forecast's sentence ("we expect", "is budgeted") is tied to the spending section's
rows though only the columns' heads ("Budget 2026") say it is a plan. A base's own amount in
brackets after its period ("up 3.1% on 2025 (48,210)") is of that period, and a number in
words that sizes a set ("the four depots in 2026") takes no period from the sentence's
measured figure."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, ties_in

BUDGET = """Orchard Lane Community Trust: budget 2026

{}

Table 1: Income and spending (£'000)

                                       Budget 2026    Outturn 2025
  Income
    Council grant                          820.0          790.0
    Lottery award                          310.0          295.0
    Room hire                               64.0           58.0
  Total income                           1,194.0        1,143.0

  Spending
    Youth workers                          702.0          655.0
    Minibus running costs                  118.0          104.0
    Premises                               211.0          203.0
    Marketing                               41.0           38.0
    Administration                          95.0           97.0
  Total spending                         1,167.0        1,097.0
"""


def test_a_forecast_is_tied_to_a_plan_s_later_section(tmp_path: Path) -> None:
    """"Minibus running costs, at £118,000, are expected to rise": a forecast's sentence,
    and the spending section's head line is only "Spending"; its columns' heads say it is
    the budget, so the row the words name is the figure's."""
    checked, _ = relations(tmp_path, BUDGET.format(
        "Minibus running costs, at £118,000, are expected to rise again next year."))
    assert ties_in(checked) == ["Minibus running costs, Budget 2026: the table and the text"]


REGION = """Haulage in the Western region, 2026

Released Monday, 8 February 2027

{}

Table 1: Lorry journeys by depot

| Depot | 2025 | 2026 | Change (%) |
|---|---|---|---|
| Ashby | 12,410 | 12,905 | 4.0 |
| Brantwood | 9,870 | 10,220 | 3.5 |
| Coldharbour | 14,300 | 14,180 | -0.8 |
| Dunmere | 11,630 | 12,405 | 6.7 |
| Total | 48,210 | 49,710 | 3.1 |
"""


def test_a_base_s_amount_in_brackets_is_of_the_base_s_period(tmp_path: Path) -> None:
    """"up 3.1% on 2025 (48,210)": the bracketed amount is 2025's, and "the four depots in
    2026" dates the journeys, not the depots' number, so both are tied to the total row."""
    checked, _ = relations(tmp_path, REGION.format(
        "- 49,710 lorry journeys were made from the four depots in 2026, up 3.1% on 2025 "
        "(48,210)."))
    ties = ties_in(checked)
    assert "Total, 2026: the table and the text" in ties
    assert "Total, 2025: the table and the text" in ties
