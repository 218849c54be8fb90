"""A headline's change restates the change under it of the measure it names: "jump in
profit" and "operating income climbed 18.0%" share only which way they moved, and are two
quantities."""

from __future__ import annotations

from pathlib import Path

from kg.read import read


def test_a_move_alone_ties_no_headline_to_another_measure(tmp_path: Path) -> None:
    source = tmp_path / "ferry.txt"
    source.write_text(
        "Northway Ferries posts 27% jump in half-year profit on busy summer\n\n"
        "Northway Ferries carried 1.42 million passengers in the six months to June. "
        "Operating income climbed 18.0% to £61.3 million as fuel costs eased.\n",
        encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    assert "27% in the headline" not in relations, relations
