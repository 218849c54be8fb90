"""A difference's ends are amounts of what it measures: never a test's p-value ("(p=0.09)")
said beside it, and never a figure of another clause that a second "by" opens ("exceeded
by 40 of 600 … and by 95 …": the verb's own "by" comes first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested


def _differences(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "DifferenceRelation"]


@pytest.mark.parametrize("text", [
    "Mean weight fell by 3.1 kg with the diet and by 1.2 with advice alone, a difference of "
    "1.9 (p = 0.04).",
    "Pain scores dropped by 2.6 cm on the scale and 1.1 respectively, an adjusted difference "
    "of 1.5 that was not significant (p=0.12).",
])
def test_a_p_value_is_no_end_of_a_difference(tmp_path: Path, text: str) -> None:
    assert not any("0.04" in roles.get("subtrahend", ()) + roles.get("minuend", ()) or
                   "0.12" in roles.get("subtrahend", ()) + roles.get("minuend", ())
                   for roles in _differences(tmp_path, text))


def test_a_second_by_is_no_margin_of_the_verb(tmp_path: Path) -> None:
    text = ("The nitrate limit was exceeded by 40 of 600 wells in the north (6.7%) and by 95 "
            "of 600 in the south (15.8%).")
    assert _differences(tmp_path, text) == []


def test_a_margin_right_after_its_verb_still_reads(tmp_path: Path) -> None:
    text = ("Rail freight of 58 million tonnes exceeded road freight of 41 million tonnes by 17 "
            "million tonnes.")
    assert _differences(tmp_path, text) == [
        {"minuend": ("58 million tonnes",), "subtrahend": ("41 million tonnes",),
         "difference": ("17 million tonnes",)}]
