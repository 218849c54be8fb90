"""A total whose parts a colon lists, with an aside in brackets between the total and the
colon: "412 pupils (91.2%): 205 in the breakfast arm and 207 in the control arm". The aside
does not break the list; a figure inside it is never a part."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _sums(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Trial results", text, "SumRelation")


def test_a_share_in_brackets_before_the_colon(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Follow-up was completed by 412 pupils (91.2%): 205 in the "
                 "breakfast arm and 207 in the control arm.") == ["205 + 207 = 412"]


def test_words_in_brackets_before_the_colon(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Data were analysed for 2,814 households (88.4 percent of those "
                 "enrolled): 1,402 in intervention villages and 1,412 in control villages.") \
        == ["1,402 + 1,412 = 2,814"]


def test_a_count_inside_the_aside_is_no_part(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Follow-up was completed by 412 pupils (of 452 enrolled): 205 in "
                 "the breakfast arm and 209 in the control arm.") == ["205 + 209 = 412"]
