"""kg read: a table's label that names people or things in the possessive ("Members'
allowance", "Customers’ deposits", "Staff's pension") is an amount of theirs, in the unit
the caption gives, and counts none of them; a sentence restating it is tied to its cell."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from kg.read.tables import _counts

NOTE = """Allotment society accounts

The committee has agreed a members' allowance of £2.4 million for next season.

Summary accounts, years to 30 April (£000)

| | 2025 | 2024 |
|---|---|---|
| Rents received | 5,310 | 5,020 |
| Members' allowance | 2,400 | 2,150 |
"""


def test_a_possessive_label_counts_none_of_them() -> None:
    assert not _counts("Members' allowance")
    assert not _counts("Customers’ deposits")
    assert not _counts("Staff's pension")
    assert _counts("Members")
    assert _counts("Members and visitors' guests")  # "members" is counted still


def test_a_possessive_row_is_in_the_caption_s_money_and_restated(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(NOTE, encoding="utf-8")
    made = read(tmp_path / "note.md", tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    cell = re.search(r":f-t1-r2-c1 a cg:Figure ;.*?qudt:unit (\S+)", claims, re.S)
    assert cell is not None and cell.group(1) == "unit:CCY_GBP"
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert re.search(r"a cg:RestatementRelation ;.*?cg:first :f-t1-r2-c1 ;", relations, re.S)
