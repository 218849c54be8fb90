"""kg read: "X, up from Y" orders two figures; where the document also states the change
between the same two quantities (said again in the same words, or tied to them), the change
orders them and checks its own figure, so the comparison would only repeat it: it is left
out. A comparison of two figures no change measures stays."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _read(tmp_path: Path, text: str) -> str:
    (tmp_path / "note.txt").write_text("Orchard bulletin 2025\n\n" + text + "\n",
                                       encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    return (made.folder / "relations.ttl").read_text(encoding="utf-8")


def _labels(relations: str, kind: str) -> list[str]:
    return re.findall(rf'a cg:{kind} ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_an_up_from_pair_a_later_sentence_measures_the_change_of_is_no_comparison(
        tmp_path: Path) -> None:
    relations = _read(tmp_path, "- The apple harvest came to 52.6 tonnes, up from 47.9 tonnes "
                                "in 2024.\n\nThe season's crop (52.6 tonnes) was 9.8 per cent "
                                "larger than in 2024, when growers picked 47.9 tonnes.")
    assert _labels(relations, "ComparisonRelation") == []
    assert _labels(relations, "PercentChangeRelation") == [
        "47.9 tonnes to 52.6 tonnes: larger 9.8 per cent"]


def test_a_change_in_points_said_first_orders_a_later_up_from_pair(tmp_path: Path) -> None:
    relations = _read(tmp_path, "Room occupancy averaged 64 per cent, up 5 percentage points "
                                "on a year earlier (59 per cent).\n\nAcross the region, "
                                "occupancy averaged 64 per cent over the quarter, up from 59 "
                                "per cent a year before.")
    assert _labels(relations, "ComparisonRelation") == []
    assert _labels(relations, "PercentagePointChangeRelation") == [
        "59 per cent to 64 per cent: up 5 percentage points"]


def test_an_up_from_pair_no_change_measures_stays_a_comparison(tmp_path: Path) -> None:
    relations = _read(tmp_path, "The apple harvest came to 52.6 tonnes, up from 47.9 tonnes "
                                "in 2024.\n\nPear growers picked 18.3 tonnes.")
    assert _labels(relations, "ComparisonRelation") == ["52.6 tonnes > 47.9 tonnes"]
