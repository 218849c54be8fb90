"""A share "of everyone who came through the doors" is of every one of the things its
portion counts: the earlier level of those things ("The zoo welcomed 640,000 visitors …
Its lantern festival alone drew 160,000 visitors, 25.0% of everyone who came"), not any
other level the text states before it."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_table_total_shares import shares


def test_a_share_of_everyone_is_of_the_earlier_count_of_what_its_portion_counts(
        tmp_path: Path) -> None:
    found = shares(tmp_path, "Harlow Zoo welcomed 640,000 visitors in 2025 and sold 21,000 "
                             "memberships. Its lantern festival alone drew 160,000 visitors, "
                             "25.0% of everyone who came through the gates.")
    assert found == {"25.0%": ("160,000", "640,000")}


def test_a_share_of_everything_done_is_of_the_count_of_what_its_portion_counts(
        tmp_path: Path) -> None:
    """"… 20.0 million cartons, so the category now makes up 25.0% of everything packed for
    export": every carton, the 80.0 million the port shipped; never a number of the heading
    that the clause's words ("export") happen to name."""
    found = shares(tmp_path, "Harbour Export Bulletin 2025/1\n\nThe port shipped 80.0 million "
                             "cartons of fruit in 2025. Apple exports rose to 20.0 million "
                             "cartons, so the category now makes up 25.0% of everything "
                             "packed for export.")
    assert found == {"25.0%": ("20.0 million", "80.0 million")}
