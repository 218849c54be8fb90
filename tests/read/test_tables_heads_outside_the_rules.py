"""kg read: a ruled table whose heads stand on a line of their own above its rules, single
spaced ("2024/25 2023/24 Change %" over "| Receipts | | | |"), takes that line's words as
its columns' heads: each amount of its own year, the change column in percent."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

_NOTE = """Harbour Sailing Trust annual summary

Summary accounts, £ thousand
2024/25 2023/24 Change %
| Receipts |  |  |  |
| Moorings | 1,240 | 1,180 | +5.1 |
| Boat hire | 615 | 590 | +4.2 |
| Total receipts | 1,855 | 1,770 | +4.8 |
| Spending |  |  |  |
| Staff | 990 | 940 | +5.3 |
| Repairs | 410 | 385 | +6.5 |
| Total spending | 1,400 | 1,325 | +5.7 |

The trust's 62 volunteers gave their time freely again this year.
"""


def test_heads_above_the_rules_date_the_columns_and_the_change_is_a_percent(
        tmp_path: Path) -> None:
    (tmp_path / "trust.txt").write_text(_NOTE, encoding="utf-8")
    made = read(tmp_path / "trust.txt", tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")

    def said(figure: str, what: str) -> str | None:
        m = re.search(rf"^:{figure} a cg:Figure ;.*?{what} (\S+) ;", claims, re.S | re.M)
        return m.group(1) if m else None

    # the spending section (a second table after the receipts) is dated as the first
    assert said("f-t1-r1-c2", "dcterms:temporal") == "ent:period-2023-24"
    assert said("f-t2-r1-c1", "dcterms:temporal") == "ent:period-2024-25"
    assert said("f-t2-r1-c2", "dcterms:temporal") == "ent:period-2023-24"
    assert said("f-t1-r1-c3", "qudt:unit") == "unit:PERCENT"
