"""kg read: "12 lighthouses and 7 minor beacons - 19 aids to navigation in all": the total
"in all" may name what it counts in a few words; an amount given as an average ("stayed 3.5
nights on average") is never one of its parts."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _sums(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Harbour trust review 2025", text, "SumRelation")


def test_a_total_in_all_named_in_several_words_adds_the_counts_before_it(
        tmp_path: Path) -> None:
    assert _sums(tmp_path, "The trust keeps 12 lighthouses and 7 minor beacons - 19 aids to "
                           "navigation in all - in working order.") == ["12 + 7 = 19"]
    assert violations(tmp_path) == []
    # an average before such a total is what each thing came to, no part of it
    (tmp_path / "b").mkdir()
    assert _sums(tmp_path / "b", "Some 0.8 million visitors came to stay and stayed 3.5 "
                                 "nights on average, some 2.8 million guest nights in "
                                 "all.") == []
