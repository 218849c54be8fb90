"""A list whose last item is "the last £3.0m" or "the final £3.0m" is closed as one whose
last item is "the remaining £3.0m": its amounts add up to the total the sentence before
states. "The last 12 months" is a span of time, no item of a list."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _sums(tmp_path: Path, text: str) -> list[str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "hall.txt").write_text("Village hall appeal 2025\n\n" + text + "\n",
                                       encoding="utf-8")
    made = read(tmp_path / "hall.txt", tmp_path / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'a cg:SumRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_a_list_closed_by_the_last_amount_adds_up_to_the_total_before_it(
        tmp_path: Path) -> None:
    assert _sums(tmp_path / "last", "The new roof will cost £9.0 million. Lottery grants will "
                                    "cover £4.0m, donors £3.0m and the parish reserves the "
                                    "last £2.0m.") == ["£4.0m + £3.0m + £2.0m = £9.0 million"]
    assert _sums(tmp_path / "span", "Bookings brought in £9.0 million. Weddings gave £4.0m and "
                                    "concerts £3.0m over the last 12 months.") == []
