"""A share column whose head names the column its shares are of ("Share of titles (%)"
beside "Titles" and "Copies") is each row's share of that column's total, not of the
column nearest it."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def test_a_share_head_names_its_column(tmp_path: Path) -> None:
    source = tmp_path / "library.md"
    source.write_text(
        "# The lending collection\n\nOur shelves hold titles in four languages.\n\n"
        "| Language | Titles | Copies | Share of titles (%) |\n|---|---|---|---|\n"
        "| English | 1,200 | 3,900 | 60.0 |\n| Welsh | 500 | 700 | 25.0 |\n"
        "| French | 200 | 260 | 10.0 |\n| Other | 100 | 140 | 5.0 |\n"
        "| Total | 2,000 | 5,000 | 100.0 |\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    shares = re.findall(r"cg:portion :f-t1-r(\d+)-c(\d+) ; cg:whole :f-t1-r\d+-c(\d+)", relations)
    assert shares, relations
    assert all(c == w == "1" for _, c, w in shares), shares
