"""kg read: a factor the words set as a bound ("more than three times") draws no multiple; a
"You save" column of percents after two prices of one span is each row's fall from the first
price to the second; a fixed-width table's later section ("EXPENDITURE" under "Total
income") keeps the heads of the first, never the numbers of the row above; a fiscal
half's head with the measure before it and its unit after ("Output H2 FY26 (kt)") pairs its
column with the other half's for the change column."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import figure_quotes, read_labels, relation_blocks


def _roles(folder: Path, kind: str, names: tuple[str, ...]) -> list[tuple[str, ...]]:
    quotes = figure_quotes(folder)
    out = []
    for block in relation_blocks(folder, kind):
        roles = dict(re.findall(r"cg:(\w+) :(f-[\w-]+)", block))
        direction = re.search(r"cg:direction cg:(\w+)", block)
        out.append(tuple(quotes.get(roles.get(k), "?") for k in names) +
                   ((direction.group(1),) if direction else ()))
    return sorted(out)


def test_a_factor_set_as_a_bound_draws_no_multiple(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "note.txt", (
        "Harbour freight, 2025\n\n"
        "Outbound cargo reached 912 tonnes, more than three times the 280 tonnes shipped "
        "inbound. Quayside storage stood at 640 tonnes, at least double the 300 tonnes held at "
        "the rail yard.\n"), "MultipleRelation")
    assert labels == []


def test_a_stated_factor_still_draws_its_multiple(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "note.txt", (
        "Harbour freight, 2025\n\n"
        "Outbound cargo reached 840 tonnes, three times the 280 tonnes shipped inbound.\n"),
        "MultipleRelation")
    assert len(labels) == 1


PRICES = """<html><body><main>
<h1>Studio plans</h1>
<p>Every plan includes the kiln and the glaze room.</p>
<table>
<tr><th>Plan</th><th>Monthly</th><th>Monthly billing, per year</th><th>Annual billing</th>
<th>You save</th></tr>
<tr><td>Evenings</td><td>$60</td><td>$720</td><td>$612</td><td>15%</td></tr>
<tr><td>Full access</td><td>$150</td><td>$1,800</td><td>$1,440</td><td>20%</td></tr>
</table>
</main></body></html>
"""


def test_a_you_save_percent_is_the_fall_between_the_two_prices_before_it(
        tmp_path: Path) -> None:
    from kg.read import read

    (tmp_path / "plans.html").write_text(PRICES, encoding="utf-8")
    read(tmp_path / "plans.html", tmp_path / "c")
    folder = next((tmp_path / "c").iterdir())
    got = _roles(folder, "PercentChangeRelation", ("initial", "final", "change"))
    assert got == [("$1,800", "$1,440", "20%", "Decrease"),
                   ("$720", "$612", "15%", "Decrease")]


BUDGET = """Harbourside Youth Trust: budget for 2026/27

Table 1: Summary budget (GBP thousand)

                                         Forecast    Budget   Change
                                          2025/26   2026/27        %
INCOME
  Council grant                             1,210     1,250      3.3
  Trading                                     640       700      9.4
Total income                                1,850     1,950      5.4
EXPENDITURE
  Youth work                                1,300     1,380      6.2
  Premises                                    520       545      4.8
Total expenditure                           1,820     1,925      5.8

Figures are in GBP thousand.
"""


def test_a_later_section_keeps_the_first_section_s_heads(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "budget.txt", BUDGET, "PercentChangeRelation")
    said = " | ".join(labels)
    for row in ("Youth work", "Premises", "Total expenditure", "Council grant"):
        assert row in said, said


RESULTS = """Ridgeway Aggregates Limited: half-year report

Sales were higher in every product.

| Product | Output H2 FY26 (kt) | H2 FY25 (kt) | Change (%) |
|---|---|---|---|
| Sand | 410 | 380 | 7.9 |
| Gravel | 250 | 260 | -3.8 |
| Total | 660 | 640 | 3.1 |
"""


def test_a_fiscal_half_s_head_may_carry_its_measure_and_unit(tmp_path: Path) -> None:
    from kg.read import read

    (tmp_path / "results.md").write_text(RESULTS, encoding="utf-8")
    read(tmp_path / "results.md", tmp_path / "c")
    folder = next((tmp_path / "c").iterdir())
    got = _roles(folder, "PercentChangeRelation", ("initial", "final", "change"))
    assert ("380", "410", "7.9", "Increase") in got
    assert ("260", "250", "-3.8", "Decrease") in got


TRIAL = """Irrigation trial, 2025

Yields were higher on every irrigated field.

| Field type | Fields (n) | Wheat (t/ha) | Barley (t/ha) |
|---|---|---|---|
| Drip-irrigated fields | 12 | 7.4 | 6.1 |
| Rain-fed fields | 12 | 5.9 | 6.3 |
| Difference, drip-irrigated minus rain-fed |  | 1.5 | -0.2 |
"""


def test_a_difference_row_is_the_first_named_row_less_the_second(tmp_path: Path) -> None:
    from kg.read import read

    (tmp_path / "trial.md").write_text(TRIAL, encoding="utf-8")
    read(tmp_path / "trial.md", tmp_path / "c")
    folder = next((tmp_path / "c").iterdir())
    got = _roles(folder, "DifferenceRelation", ("minuend", "subtrahend", "difference"))
    assert got == [("6.3", "6.1", "-0.2"), ("7.4", "5.9", "1.5")]


def test_each_change_after_its_own_from_to_pair_is_that_pair_s_difference(
        tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "note.txt", (
        "Reading scheme evaluation\n\n"
        "Books borrowed a term rose at the pilot schools from 1,240 to 1,905, an increase of "
        "665, and at the comparison schools from 1,180 to 1,260, an increase of 80.\n"),
        "DifferenceRelation")
    assert sorted(labels) == ["1,260 - 1,180 = 80", "1,905 - 1,240 = 665"]


def test_an_average_is_not_of_a_list_s_total_its_item_is_named_in(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "note.txt", (
        "Wetland trust budget 2026\n\n"
        "Field spending - wardens, nursery, boardwalks and surveys - comes to US$412,000. "
        "Last season volunteers planted 3,150 reed beds. The nursery line works out at about "
        "US$28 per reed bed.\n"), "AverageRelation")
    assert not any("412,000" in label for label in labels), labels
