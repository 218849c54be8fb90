"""A table's rows read in what the head over their labels says they are."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _figures(tmp_path: Path, text: str, name: str = "t.md") -> str:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")


def _unit_of(claims: str, quote: str) -> str:
    block = re.search(rf'cg:quote "{re.escape(quote)}" ;\n(?:[^\n]*\n)*?\s*qudt:unit (\S+)',
                      claims)
    assert block is not None, quote
    return block.group(1)


def test_a_row_naming_people_under_a_budget_line_head_is_money(tmp_path: Path) -> None:
    claims = _figures(tmp_path, """# Parks service

The parks service sets its spending plans for the coming year below.

| Spending line (€ million) | 2025 | 2026 |
| --- | --- | --- |
| Grounds maintenance | 3.12 | 3.30 |
| Rangers and seasonal staff | 1.84 | 1.97 |
| Play equipment | 0.52 | 0.49 |
| Total | 5.48 | 5.76 |
""")
    assert _unit_of(claims, "1.97") == "unit:CCY_EUR"
    assert _unit_of(claims, "3.30") == "unit:CCY_EUR"


def test_words_in_brackets_after_an_amount_of_money_leave_it_money(tmp_path: Path) -> None:
    """"Café sales (net margin)" is an amount of money counted net; a margin's words in
    brackets made it a row of percents, and the total no longer added up its rows."""
    text = """# Marina income

What the marina earns (£000)

| Income | 2026 |
| --- | --- |
| Mooring fees | 1,450 |
| Café sales (net margin) | 210 |
| Boat storage | 640 |
| Total income | 2,300 |
"""
    source = tmp_path / "m.md"
    source.write_text(text, encoding="utf-8")
    folder = read(source, tmp_path / "c").folder
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    relations = (folder / "relations.ttl").read_text(encoding="utf-8")
    assert _unit_of(claims, "210") == "unit:CCY_GBP"
    assert re.findall(r"cg:total (\S+) ; cg:part ([^\n]*) \.", relations) == [
        (":f-t1-r4-c1", ":f-t1-r1-c1, :f-t1-r2-c1, :f-t1-r3-c1")]


def test_a_row_naming_people_under_a_caption_of_money_is_money_and_added_up(
        tmp_path: Path) -> None:
    """"Library spending by service (NZ$ '000)": the row "Branch staff and volunteers" is
    the money that service costs, so the total row adds it up with the others."""
    text = """Library spending by service (NZ$ '000)

Service                        2024     2025
Lending and branches          4,210    4,380
Branch staff and volunteers   6,050    6,300
Digital collections             940    1,020
Total                        11,200   11,700
"""
    source = tmp_path / "s.txt"
    source.write_text(text, encoding="utf-8")
    folder = read(source, tmp_path / "c").folder
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    relations = (folder / "relations.ttl").read_text(encoding="utf-8")
    assert _unit_of(claims, "6,050") == "unit:CCY_NZD"
    assert re.findall(r"cg:total (\S+) ; cg:part ([^\n]*) \.", relations) == [
        (":f-t1-r4-c1", ":f-t1-r1-c1, :f-t1-r2-c1, :f-t1-r3-c1"),
        (":f-t1-r4-c2", ":f-t1-r1-c2, :f-t1-r2-c2, :f-t1-r3-c2")]


def test_a_caption_naming_money_and_people_leaves_a_counting_row_a_count(
        tmp_path: Path) -> None:
    """"Revenue and employees by site (£ million)": the caption names the people too, so
    the "Employees" row counts them."""
    claims = _figures(tmp_path, """# Site results

Revenue and employees by site (£ million)

| Line | 2025 | 2026 |
| --- | --- | --- |
| Revenue | 41.0 | 44.5 |
| Employees | 310 | 325 |
""")
    assert _unit_of(claims, "310") == "unit:NUM"
    assert _unit_of(claims, "41.0") == "unit:CCY_GBP"
