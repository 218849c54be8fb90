"""kg read: an amount followed by "plus a" ("$4,000 plus a rural supplement of $350") is a part
like any other, not an amount counted per something (as "$4,000 a year" is): the list's total
adds it up."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels


def test_an_amount_before_plus_a_is_a_part(tmp_path: Path) -> None:
    text = ("Each school receives a base grant of $4,000 plus a rural supplement of $350, "
            "for a total of $4,350.\n")
    assert sum_labels(tmp_path, "note.txt", text) == ["$4,000 + $350 = $4,350"]
    # (an amount counted per something stays out of the list: "£300 a month")
    text = ("Members pay £300 a month plus a joining fee of £50, a total of £350 in the "
            "first month.\n")
    (tmp_path / "b").mkdir()
    assert sum_labels(tmp_path / "b", "note.txt", text) == []
