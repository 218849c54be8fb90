"""An amount written with a sign of its own ("+4.1 kg", "(−£2,300)") is a move, so the
percent "or" sets off after it is that move's, never a share of some whole."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def test_a_signed_amount_and_its_percent_after_or_are_no_share(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The depot runs 36 buses. Breakdowns in the older fleet edged "
                                "along (+14 breakdowns, or 9.5%), whereas the new fleet had "
                                "none.")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == []


def test_an_unsigned_amount_before_or_keeps_its_share(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The club has 480 members. Juniors number 120, or 25%, of them.")
    assert {"portion": ("120",), "whole": ("480",), "share": ("25%",)} in [
        roles for kind, roles, _ in found if kind == "ShareRelation"]
