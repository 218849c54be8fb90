"""A definite count ("the 14 depots") refers back to the earlier count of its noun, but not
to the start of a move that noun goes on from to a bare count ("from nine depots to 14"):
the noun is the later count's too, so the reference is no second saying of the nine."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def _restatements(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text)
            if kind == "RestatementRelation"]


def test_a_reference_to_the_end_of_a_move_is_not_its_start(tmp_path: Path) -> None:
    found = _restatements(tmp_path, "The courier grew from nine depots to 14 this year. "
                                    "Across the 14 depots, 380 drivers work in shifts.")
    assert not [r for r in found if "nine" in str(r)], found


def test_a_reference_to_a_count_said_once_still_ties(tmp_path: Path) -> None:
    found = _restatements(tmp_path, "The courier runs 14 depots in the region. Across the "
                                    "14 depots, 380 drivers work in shifts.")
    assert found, found
