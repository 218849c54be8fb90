"""kg read: a share in brackets that closes the "of which" clause its portion opens ("about
EUR 300 million, of which EUR 120 million had been spent by the end of June (40%)") is the
portion's share of the whole "which" stands for; where a figure stands between the portion
and the bracket, the share may be that figure's, and none is read."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Fund notes", text, "ShareRelation")


def test_the_share_closing_an_of_which_clause_is_of_the_whole(tmp_path: Path) -> None:
    assert _shares(tmp_path, "The council plans to invest EUR 300 million this year, of which "
                   "EUR 120 million had been spent by the end of June (40%).") == [
        "EUR 120 million is 40% of EUR 300 million"]


def test_a_count_of_which_a_part_was_repaid_but_not_past_another_figure(
        tmp_path: Path) -> None:
    assert _shares(tmp_path, "The fund holds 1,200 loans, of which 300 had been repaid early "
                   "by the close of the year (25%). It holds 900 bonds, of which 450 were sold "
                   "after 200 matured (50%).") == ["300 is 25% of 1,200"]
