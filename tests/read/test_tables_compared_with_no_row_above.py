"""Readings a table's layout or a sentence's words rule out, each of which told a user a
correct document was wrong: a change column whose head names the base every row is
compared with ("Change on 2023/24"), or the year before where the rows are things, not
periods, is no change from the row above; "N% less than at weekends" compares two things
and restates no cell of a change column; "Group bookings" and "Start-up costs" are lines a
total adds up, not a group total or a stock at a start; "outside the north" leaves the
row "North" out; "the £3.2 million of extra income" is a gain, not the level."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _relations(tmp_path: Path, name: str, text: str) -> str:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    return path.read_text(encoding="utf-8") if path.exists() else ""


PRICES = ("# Pool prices\n\nThe prices below apply from 1 May 2025.\n\n"
          "| Session | Adult | Child | {head} |\n|---|---|---|---|\n"
          "| Lane swim | £5.40 | £3.20 | +3.8% |\n| Aqua fit | £7.80 | £4.60 | +4.0% |\n"
          "| Sauna | £9.50 | £6.00 | +5.6% |\n| Family swim | £14.00 | £10.50 | +3.7% |\n")


def test_a_change_on_a_named_period_is_no_change_from_the_row_above(tmp_path: Path) -> None:
    relations = _relations(tmp_path, "pool.md", PRICES.format(head="Adult price change on 2024/25"))
    assert "PercentChangeRelation" not in relations, relations


def test_a_change_on_last_year_between_things_is_no_change_from_the_row_above(
        tmp_path: Path) -> None:
    relations = _relations(tmp_path, "pool.md", PRICES.format(head="Adult change on last year"))
    assert "PercentChangeRelation" not in relations, relations


def test_a_gap_between_two_things_restates_no_change_cell(tmp_path: Path) -> None:
    relations = _relations(
        tmp_path, "pool.md",
        PRICES.format(head="Adult price change on 2024/25")
        + "\nAt the sauna a child pays 37% less than an adult.\n")
    tied = re.findall(r'rdfs:label "([^"]*: the table and the text)"', relations)
    assert not any("change" in t for t in tied), tied


def test_group_and_start_up_lines_add_up_to_the_total(tmp_path: Path) -> None:
    relations = _relations(
        tmp_path, "club.md",
        "# Rowing club budget\n\n| Item | 2026 budget |\n|---|---|\n"
        "| Coaching | 41,000 |\n| Start-up costs for the junior squad | 12,500 |\n"
        "| Group travel to regattas | 9,800 |\n| Boat repairs | 7,200 |\n"
        "| Clubhouse running costs | 6,500 |\n| Total spending | 77,000 |\n")
    sums = re.findall(r"cg:total (\S+) ; cg:part ([^.]*)\.", relations)
    assert any(total.endswith("r6-c1") and len(parts.split(",")) == 5
               for total, parts in sums), sums


REGIONS = ("# Bakery chain: first half\n\n| Region | H1 2025 | H1 2024 | Change % |\n"
           "|---|---|---|---|\n| North | 84.2 | 80.1 | 5.1 |\n| South | 61.9 | 55.0 | 12.5 |\n"
           "| West | 40.3 | 37.2 | 8.3 |\n| Total | 186.4 | 172.3 | 8.2 |\n\n{text}\n")


def test_outside_a_region_leaves_its_row_out(tmp_path: Path) -> None:
    relations = _relations(tmp_path, "bakery.md", REGIONS.format(
        text="The North held up well. Outside North, sales rose 10.9% on strong tourist "
             "trade."))
    tied = re.findall(r'rdfs:label "([^"]*: the table and the text)"', relations)
    assert not any(t.startswith("North") for t in tied), tied


def test_an_amount_of_extra_sales_is_no_level(tmp_path: Path) -> None:
    relations = _relations(tmp_path, "bakery.md", REGIONS.format(
        text="The South did best: new shops in two ports brought in most of the 6.9 "
             "million of additional sales there."))
    tied = re.findall(r'rdfs:label "([^"]*: the table and the text)"', relations)
    assert not any(t.startswith("South, H1") for t in tied), tied
