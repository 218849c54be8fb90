"""A fraction set off after a count of an average day ("410 patients on an average day, one
in four") is never of a count one sentence gives of a single day ("On one day in May, 260
patients …"): where that is the only count of the things the words reach, none is drawn."""

from __future__ import annotations

from pathlib import Path

from kg.read import read


def _relations(tmp_path: Path, text: str) -> str:
    source = tmp_path / "ward.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    drawn = made.folder / "relations.ttl"
    return drawn.read_text(encoding="utf-8") if drawn.exists() else ""


def test_an_average_day_s_fraction_is_not_of_one_day_s_count(tmp_path: Path) -> None:
    relations = _relations(tmp_path, (
        "Hospital bulletin\n\nThe trust cared for an average of 1,640 inpatients a day last "
        "year. On one day in May, ward returns showed 260 patients waiting for a bed. And 410 "
        "patients on an average day, one in four, were over 80.\n"))
    assert "one in four of 260" not in relations
    assert "a cg:RatioRelation" not in relations


def test_a_single_day_s_fraction_is_still_of_its_count(tmp_path: Path) -> None:
    relations = _relations(tmp_path, (
        "Hospital bulletin\n\nWard returns showed 260 patients waiting for a bed in May. Some "
        "65 patients, one in four, had waited over a day.\n"))
    assert "65 is one in four of 260" in relations
