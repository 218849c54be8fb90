""""Running costs were £640.0 million, of which staff, at £160.0 million, were 25.0%": the
amount set off with "at" after the item "of which" picks out is the portion, the amount
"which" stands for the whole."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_table_total_shares import shares


def test_an_item_of_which_set_off_at_an_amount_is_that_share_of_the_whole(
        tmp_path: Path) -> None:
    found = shares(tmp_path, "Brenlow Ferries results for 2025\n\nRunning costs were £640.0 "
                             "million, of which staff, at £160.0 million, were 25.0%.")
    assert found == {"25.0%": ("£160.0 million", "£640.0 million")}
