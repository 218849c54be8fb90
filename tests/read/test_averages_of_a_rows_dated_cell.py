"""kg read: a later section of a plain-text table ("OUTGOINGS" after "Total receipts") has the
column heads set over the first section, periods and all; and an average the words date
("last year") spreads the cell of its own period in the row its words name, never the
other year's."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

_NOTE = """ALLOTMENT SOCIETY: TREASURER'S NOTE

The society's budget for 2025-26 is set out below beside last year's actual figures.

                                  Budget        Actual
                                 2025-26       2024-25
                                       $             $
RECEIPTS
  Plot rents                       8,400         8,100
  Seed sales                       1,950         1,720
                                ---------     ---------
Total receipts                    10,350         9,820

OUTGOINGS
  Water charges                    3,300         3,150
  Tool repairs                     1,200           960
  Hedge trimming                     700           640
                                ---------     ---------
Total outgoings                    5,200         4,750

The society has 48 tenants on its plots. Water charges averaged ${each} per tenant last year.
"""


def _read(tmp_path: Path, each: str) -> tuple[str, str]:
    (tmp_path / "note.txt").write_text(_NOTE.format(each=each), encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    return ((made.folder / "claims.ttl").read_text(encoding="utf-8"),
            (made.folder / "relations.ttl").read_text(encoding="utf-8"))


def _period(claims: str, figure: str) -> str | None:
    m = re.search(rf"^:{figure} a cg:Figure ;.*?dcterms:temporal (\S+) ;", claims, re.S | re.M)
    return m.group(1) if m else None


def test_a_later_section_has_the_heads_of_the_first(tmp_path: Path) -> None:
    claims, _ = _read(tmp_path, "65.62")
    # the outgoings' second column is last year's actuals, as the receipts' is
    assert _period(claims, "f-t2-r1-c1") == "ent:period-2025-26"
    assert _period(claims, "f-t2-r1-c2") == "ent:period-2024-25"


def test_an_average_dated_last_year_spreads_last_years_cell(tmp_path: Path) -> None:
    _, relations = _read(tmp_path, "65.62")
    found = re.findall(r"cg:aggregate :(\S+) ; cg:count :(\S+) ; cg:average :(\S+) \.",
                       relations)
    assert [f[0] for f in found] == ["f-t2-r1-c2"]  # 3,150, last year's water charges
