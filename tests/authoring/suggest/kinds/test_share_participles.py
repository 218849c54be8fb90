"""A whole named with a participle after its noun ("of all postal ballots mailed") is the
figure of which that is said ("2,480 were mailed …"), never one of which another participle
is said ("Twenty-two postal ballots were spoiled")."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested

TEXT = ("The register listed 6,200 electors, and 2,480 of them were mailed a postal ballot. "
        "Twenty-two postal ballots were spoiled in the count. Some 1,150 postal ballots came "
        "back, making up 46.4% of all postal ballots mailed.")


def test_the_whole_is_the_figure_the_participle_is_said_of(tmp_path: Path) -> None:
    shares = [roles for kind, roles, _ in suggested(tmp_path, TEXT) if kind == "ShareRelation"]
    assert {"portion": ("Some 1,150",), "whole": ("2,480",), "share": ("46.4%",)} in shares
    assert not any(roles["whole"] == ("Twenty-two",) for roles in shares)
