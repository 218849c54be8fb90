"""kg read: "Another 1,200 match-day passes, priced at £12 each, added £14,400": the sentence
gives what its things brought in, so a total an earlier sentence names for other things
("the season passes alone have brought in about £360,000") is not what their price averages;
with no such amount of their own, the earlier total may still be."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_an_earlier_total_is_not_spread_over_things_that_added_their_own(
        tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Rovers season review, 2 June 2025",
        "The club sold 2,400 season passes this year. At £150 apiece, the season passes alone "
        "have brought in about £360,000. Another 1,200 match-day passes, priced at £12 each, "
        "added £14,400.", "AverageRelation") == []


def test_a_total_in_the_average_s_own_sentence_is_still_read(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Rovers season review, 2 June 2025",
        "The 1,200 match-day passes brought in £14,400 in all, an average of £12 each.",
        "AverageRelation") == ["£14,400 ÷ 1,200 = £12 each"]
