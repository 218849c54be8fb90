"""Fractions a sentence states of a whole it names by the table's own words ("of the fruit
crop", "of the fund", "of the budget") rather than "of all" or "of the total": the named
row's cell over the total row that closes its block; words that name nothing the table
gives leave the cells alone."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

ORCHARD = """Orchard survey 2025

Table 1. Fruit crop by variety, 2025 (tonnes)

| Variety      | Tonnes |
| Bramley      | 2,440  |
| Cox          | 1,220  |
| Gala         | 1,220  |
| Total fruit  | 4,880  |

{sentence}
"""

FUND = """Endowment review 2025

| Holding         | EUR m | Share of fund (%) |
| Equities        | 81.0  | 60.0              |
| Property        | 27.0  | 20.0              |
| Gilts           | 27.0  | 20.0              |
| Total           | 135.0 | 100.0             |

{sentence}
"""

SPEND = """Village hall plan 2026

Where the money goes

    Roof repairs          18.6
    Heating               9.3
    Caretaker             9.3
    Total expenditure     37.2

{sentence}
"""


def ratios(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    path = read(source, tmp_path / "c").folder / "relations.ttl"
    turtle = path.read_text(encoding="utf-8") if path.exists() else ""
    return [re.search(r"cg:numerator (:\S+) ; cg:denominator (:\S+)",
                      " ".join(b.split())).groups()
            for b in turtle.split("\n\n") if "a cg:RatioRelation ;" in b]


def test_a_fraction_of_a_whole_the_total_row_names_is_the_row_over_it(tmp_path: Path) -> None:
    """"half of the fruit crop": "fruit" is what the total row ("Total fruit") adds up."""
    assert ratios(tmp_path, ORCHARD.format(
        sentence="Bramley apples alone were half of the fruit crop.")) == [
        (":f-t1-r1-c1", ":f-t1-r4-c1")]
    # "half of the seasonal staff": nothing the table adds up; no cells are read
    assert ratios(tmp_path / "staff", ORCHARD.format(
        sentence="Bramley pickers were half of the seasonal staff.")) == []


def test_a_fraction_said_first_of_a_whole_a_head_names(tmp_path: Path) -> None:
    """"Three-fifths of the fund sits in equities": the fraction opens the sentence, the
    whole is named by a column's head ("Share of fund"), the row after it."""
    assert ratios(tmp_path, FUND.format(
        sentence="Three-fifths of the fund now sits in equities.")) == [
        (":f-t1-r1-c1", ":f-t1-r4-c1")]


def test_a_fraction_of_the_budget_is_of_a_spending_table_s_total(tmp_path: Path) -> None:
    assert ratios(tmp_path, SPEND.format(
        sentence="The roof repairs take half of the budget.")) == [
        (":f-t1-r1-c1", ":f-t1-r4-c1")]

