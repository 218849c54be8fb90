"""kg check: a sum of money written to the unit with three figures or more before one
trailing zero ("£1,510", "$2,460") is a price as charged, exact to the unit, not rounded to
the ten: a change between two such prices that misstates the rise is a violation. Money
a writer rounds to the hundred or more ("£31,500") keeps its loose reading."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read import violations


def _check(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "note.txt").write_text(f"Marina price list, 2025\n\n{text}\n",
                                       encoding="utf-8")
    read(tmp_path / "note.txt", tmp_path / "c")
    return violations(tmp_path)


def test_a_misstated_rise_between_prices_ending_in_one_zero_is_a_violation(
        tmp_path: Path) -> None:
    # £1,510 to £1,580 is a rise of 4.6%, not 4.4%
    assert _check(tmp_path, "The annual mooring licence went from £1,510 to £1,580, a "
                            "rise of 4.4%.") == ["percent-change"]
    (tmp_path / "right").mkdir()
    assert _check(tmp_path / "right", "The annual mooring licence went from £1,510 to "
                                      "£1,580, a rise of 4.6%.") == []


def test_money_rounded_to_the_hundred_keeps_its_loose_reading(tmp_path: Path) -> None:
    # £31,450 to £32,849 would be a rise of 4.4%: the words allow it
    assert _check(tmp_path, "The average skipper's pay went from £31,500 to £32,800, a "
                            "rise of 4.4%.") == []
