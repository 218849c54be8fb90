"""A plain-text table of one column of amounts whose only head ("2026-27 ($)") stands over
the amounts, right of every label: the head is that column's, and gives its unit and period."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from kg.read.tables import find_tables

_TEXT = ("MOORLAND RAMBLERS ASSOCIATION\nBudget for the year 2026-27\n\n"
         "We expect spending of £51,200 in the year, against £47,900 last year.\n\n"
         "Spending\n\n"
         "                                   2026-27 (£)\n"
         "  Path repairs                          21,400\n"
         "  Stiles and gates                       9,800\n"
         "  Insurance                             12,300\n"
         "  Newsletter                             7,700\n"
         "  -------------------------------------------\n"
         "  Total spending                        51,200\n\n"
         "Membership fees are unchanged.\n")


def test_a_lone_head_over_a_column_of_amounts_is_the_column_s() -> None:
    tables = find_tables(_TEXT)
    assert len(tables) == 1
    table = tables[0]
    assert [c.header for c in table.columns] == ["2026-27 (£)"]
    assert table.columns[0].unit == "GBP"
    assert [r.label for r in table.rows][:2] == ["Path repairs", "Stiles and gates"]


def test_the_amounts_under_a_lone_head_are_money_of_its_period(tmp_path: Path) -> None:
    source = tmp_path / "ramblers.txt"
    source.write_text(_TEXT, encoding="utf-8")
    folder = read(source, tmp_path / "c").folder
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    block = next(b for b in claims.split("\n\n") if 'cg:quote "21,400"' in b)
    assert "unit:CCY_GBP" in block
    assert "period-2026-27" in block


def test_last_year_s_amount_restates_no_cell_of_a_column_headed_this_year(
        tmp_path: Path) -> None:
    """'when expenses totalled $47,900' last year named the row 'Total expenses' of a
    column headed 2026-27: the cell was dated anew as last year's, and checked as restated
    by $47,900 (a violation where nothing is wrong)."""
    source = tmp_path / "ramblers.txt"
    source.write_text(
        "MOORLAND RAMBLERS ASSOCIATION\nBudget for the year April 1, 2026 - March 31, 2027\n\n"
        "1. Overview\n\nIncome is forecast at $60,000 and expenses at $51,200.\n\n"
        "Spending is up 6.9% on last year, when expenses totalled $47,900.\n\n"
        "2. Expenses\n\n"
        "                                   2026-27 ($)\n"
        "  Path repairs                          21,400\n"
        "  Stiles and gates                       9,800\n"
        "  Insurance                             12,300\n"
        "  Newsletter                             7,700\n"
        "  -------------------------------------------\n"
        "  Total expenses                        51,200\n\n"
        "Membership fees are unchanged.\n", encoding="utf-8")
    folder = read(source, tmp_path / "c").folder
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    assert re.findall(r'quote "51,200" ;(?:\n    [^\n]*)*?\n    dcterms:temporal (\S+)',
                      claims) == ["ent:period-2026-27"]
    relations = (folder / "relations.ttl").read_text(encoding="utf-8")
    assert "a cg:RestatementRelation ;" not in relations


def test_only_another_period_of_the_head_s_grain_keeps_a_cell_from_being_re_dated() -> None:
    """A sentence dated by a day or a month ("on 1 April", "in June") may still restate a
    cell of a column headed with the year; one dated by another year (last year) may not."""
    from kg.read import _other_of_its_grain
    assert _other_of_its_grain("2025/26", "2026/27", "2026/27")
    assert not _other_of_its_grain("2026-04-01", "2026/27", "2026/27")
    assert not _other_of_its_grain("2026-06", "2026-Q3", "2026-Q3")
