"""kg read: a price column beside a count and an amount taken ("Price | Seats sold | Takings
(£000)") is the amount's average over the count in each row even where the amount's head
scales its cells and the price's cells write their own currency: one currency, each value
read at its own scale."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import violations

_TABLE = """Theatre season update, 2025

Sales by seat band, spring season

    Band        Price     Seats sold     Takings (£000)
    Stalls      £42.00        18,500          777.0
    Circle      £31.00        12,400          {circle}
    Gallery     £16.50         9,200          151.8
    Total                     40,100        1,313.2
"""


def _read(tmp_path: Path, circle: str) -> list[str]:
    (tmp_path / "season.txt").write_text(_TABLE.format(circle=circle), encoding="utf-8")
    made = read(tmp_path / "season.txt", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:AverageRelation ;.*\n.*\n\s+rdfs:label "([^"]+)"', relations)


def test_the_takings_of_each_band_are_its_seats_at_its_price(tmp_path: Path) -> None:
    assert _read(tmp_path, "384.4") == [
        "Stalls: Takings (£000) is Seats sold at Price",
        "Circle: Takings (£000) is Seats sold at Price",
        "Gallery: Takings (£000) is Seats sold at Price"]
    assert violations(tmp_path) == []


def test_a_slip_in_the_takings_is_a_violation(tmp_path: Path) -> None:
    # 12,400 seats at £31.00 take £384,400, not £348,400 (nor do the bands add up to the
    # total then)
    assert len(_read(tmp_path, "348.4")) == 3
    assert violations(tmp_path) == ["average", "sum"]
