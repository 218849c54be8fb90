"""kg read: a whole split in two sides ("domestic" and "foreign", "men" and "women") where a
side is named in its figure's clause after the figure ("3.10 million passengers flew to a
foreign airport, while domestic travellers numbered 9.30 million"), and where a sentence
with no amount of the unit stands between the whole and its sides; two counts named by
both sides in one clause are not a split."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels

AIRPORT = """Harbour Airport traffic 2025

Harbour Airport handled 12.40 million passengers in 2025. Overseas routes grew fastest.
Some 3.10 million passengers flew to or from a foreign airport, while domestic travellers
numbered 9.30 million.
"""

RACE = """Town 10k

The race had 9,000 finishers. Some 5,000 finishers were men, while 4,000 were women.
"""

BOTH = """Town 10k

The race had 9,000 finishers. Among men and women alike, 5,000 ran a personal best and
4,000 set off too fast.
"""


def test_a_side_named_after_its_figure_across_a_sentence_without_amounts(
        tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "airport.txt", AIRPORT) == [
        "Some 3.10 million + 9.30 million = 12.40 million"]


def test_the_second_side_named_after_its_figure_and_not_both_in_one_clause(
        tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "race.txt", RACE) == ["Some 5,000 + 4,000 = 9,000"]
    (tmp_path / "both").mkdir()
    assert sum_labels(tmp_path / "both", "race.txt", BOTH) == []
