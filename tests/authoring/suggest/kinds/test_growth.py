"""Compound growth whose end an earlier sentence gives is read firmly (across sentences)
only where both sentences name the same measure."""

from __future__ import annotations

from pathlib import Path

from kg.authoring.new import new_document
from kg.authoring.suggest import suggest
from tests.authoring.suggest.test_kinds import suggested


def growth(tmp_path: Path, text: str):
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    return [s for s in suggest(tmp_path / "claims", "t") if s.kind == "CompoundGrowthRelation"]


def test_an_end_the_words_name_is_read_firmly(tmp_path: Path) -> None:
    found = growth(tmp_path, "The museum welcomed 412,000 visitors in 2024. Visitors have grown "
                             "from 301,000 in 2018 at an average annual rate of 5.4 percent.")
    assert len(found) == 1 and found[0].across


def test_an_end_of_another_measure_is_only_proposed(tmp_path: Path) -> None:
    found = growth(tmp_path, "The museum sold 412,000 tickets in 2024. Attendance has grown "
                             "from 301,000 in 2018 at an average annual rate of 5.4 percent.")
    assert len(found) == 1 and not found[0].across


def test_a_level_reached_then_a_baseline_compared_with(tmp_path: Path) -> None:
    """"climbed to A, compared with B in 2018 - an average annual rate of R over six years"."""
    found = suggested(tmp_path, "Freight through the tunnel climbed to 41.2 million tonnes, "
                                "compared with 33.0 million tonnes in 2018 - an average annual "
                                "rate of 3.8% over the six years.")
    assert [(roles, scalars) for kind, roles, scalars in found
            if kind == "CompoundGrowthRelation"] == [
        ({"initial": ("33.0 million tonnes",), "final": ("41.2 million tonnes",),
          "growthRate": ("3.8%",)}, {"periods": 6})]
