"""Words that tie no total to an average and no value to a comparison: "fell from 7.2 hours
to 6.1 hours per shift" (the level a move starts from is the same measure per shift, and a
figure past a semicolon is the next clause's), "(95% CI 40 to 70)" (bounds of an interval),
and "the gain at 6 months was larger than at 24 months" (points in a follow-up, not values
compared)."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

_TEXT = (
    "Standing breaks and screen time in call centres: a cluster trial\n\n"
    "Methods: Screen time was logged by software over four consecutive shifts at baseline "
    "and at 6 and 24 months.\n\n"
    "Results: In the intervention group, screen time fell from 7.2 hours to 6.1 hours per "
    "shift, a drop of 66 minutes; in the control group it fell from 7.1 to 7.0 hours, a drop "
    "of 6 minutes. The adjusted difference was 55 minutes per shift (95% CI 40 to 70). The "
    "gain at 6 months (62 minutes) was somewhat larger than at 24 months, suggesting some "
    "waning.\n")


def _labels(tmp_path: Path) -> list[str]:
    source = tmp_path / "breaks.txt"
    source.write_text(_TEXT, encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'rdfs:label "([^"]*)"', relations)


def test_no_average_spreads_a_move_s_start_a_later_clause_or_a_bound(tmp_path: Path) -> None:
    labels = _labels(tmp_path)
    averages = [label for label in labels if " each" in label and "÷" in label]
    assert averages == [], averages


def test_points_in_a_follow_up_are_not_compared(tmp_path: Path) -> None:
    labels = _labels(tmp_path)
    assert not any(re.search(r"\d+ months > \d+ months", label) for label in labels), labels
