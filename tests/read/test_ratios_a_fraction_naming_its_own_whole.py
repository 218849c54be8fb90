"""A fraction after a comma is set off after the figure before it ("9,000 joined, one in
eight") only where it ends there: past its own percent in brackets, "almost half (42%) of
the hives" goes on to name its whole, so it is no fraction of the count before."""

from __future__ import annotations

from pathlib import Path

from kg.read import read


def test_a_fraction_with_its_percent_then_of_is_no_apposed_ratio(tmp_path: Path) -> None:
    source = tmp_path / "hives.txt"
    source.write_text(
        "Losses were sharpest on the moor, where the share of live hives dropped from "
        "61.5% (48 of 78) to 35.9% (28 of 78); in other words, almost half (42%) of the "
        "hives kept in 2023 were lost.\n",
        encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    assert "is almost half of" not in relations, relations
