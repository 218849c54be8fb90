"""kg read: a share "of all" things (or "of the total") is of every one counted, never of a
figure the words state as a part of them ("the three largest clubs accounted for 2,150
members"), however recently the text gave it: where nothing else names the whole, no share
is drawn; where a table's total row counts them, that row's cell is the whole."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Angling federation report", text, "ShareRelation")


def test_a_share_of_all_members_is_never_of_a_part_accounted_for(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The federation had 5,480 anglers on its books at the end of the season. The three "
        "largest clubs accounted for 2,150 members. Juniors numbered 1,370 (25.0% of all "
        "members).")) == []


def test_a_share_of_all_members_is_never_of_a_part_made_up(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "The federation had 5,480 anglers on its books at the end of the season. Club "
        "anglers made up 2,150 members. Juniors numbered 1,370, or 25.0% of all members.")) == []


def test_a_share_of_all_members_is_of_the_table_s_total_row(tmp_path: Path) -> None:
    assert _shares(tmp_path, (
        "Table 1: Members by club, 2024\n\n"
        "  Club                2023      2024\n"
        "  --------------------------------\n"
        "  Riverside            910     1,020\n"
        "  Lakeside             880       930\n"
        "  Harbour              190       200\n"
        "  Other clubs        3,150     3,330\n"
        "  --------------------------------\n"
        "  Total              5,130     5,480\n\n"
        "Taken together, the three named clubs accounted for 2,150 members in 2024. Juniors "
        "numbered 1,370 in 2024 (25.0% of all members).")) == ["1,370 is 25.0% of 5,480"]
