"""kg read: a share written first with its portion in brackets after it ("Of the 8,000
commuters asked, 30% (2,400 people) named safety") is the portion's share of the whole the
sentence opens with, as "2,400 (30%)" is; a change with its amount in brackets ("rose 30%
(2,400 more)") is no share."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Survey notes", text, "ShareRelation")


def test_a_share_before_its_bracketed_count_is_of_the_opened_whole(tmp_path: Path) -> None:
    assert _shares(tmp_path, "Of the 8,000 commuters asked, 30% (2,400 people) named safety. "
                   "Among the 500 pupils who sat the test, 60% (300) passed.") == [
        "2,400 is 30% of 8,000", "300 is 60% of 500"]


def test_a_change_with_its_amount_in_brackets_is_no_share(tmp_path: Path) -> None:
    assert _shares(tmp_path, "Of the 8,000 commuters asked, 30% (2,400 people) named safety. "
                   "Ticket sales rose 30% (2,400 more) to 10,400.") == [
        "2,400 is 30% of 8,000"]
