"""kg read: a table's share column that says what it is a share of ("Share of species
(%)") is each row's share of the total of the column its words name, not of the value
column nearest before it."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

NOTE = """Seed vault holdings

Holdings by continent of origin, 30 June 2025
| Continent | Species | Samples | Share of species (%) |
|---|---|---|---|
| Oceania | 1,390 | 4,020 | 63.0 |
| Europe | 815 | 1,744 | 37.0 |
| Total | 2,205 | 5,764 | 100.0 |
"""


def test_a_share_column_is_of_the_column_it_names(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(NOTE, encoding="utf-8")
    made = read(tmp_path / "note.md", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    shares = re.findall(r"a cg:ShareRelation ;.*?cg:portion :(\S+) ;.*?cg:whole :(\S+) ;",
                        relations, re.S) + re.findall(
        r"a cg:ShareRelation ;.*?cg:whole :(\S+) ;.*?cg:portion :(\S+) ;", relations, re.S)
    assert shares, relations
    wholes = {w for pair in shares for w in pair if w.startswith("f-t1-r3")}
    assert wholes == {"f-t1-r3-c1"}
