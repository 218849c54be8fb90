"""kg read: an average a sentence names by one item ("The kennel line works out at about $52
per dog") is no average of a total an earlier sentence gives of a list that item is one of
("care spending - kennels, vet care, training and outreach - comes to $410,000"); a total
its sentence names by the item alone still is."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

COUNT = "The shelter housed 3,150 dogs in 2025.\n\n"


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Shelter budget", text, "AverageRelation")


def test_no_average_of_the_lists_total(tmp_path: Path) -> None:
    text = COUNT + ("Care spending — kennels, vet care, training and outreach — comes to "
                    "$410,000, the bulk of the budget.\n\nThe kennel line works out at about "
                    "$52 per dog housed.\n")
    assert not any("$410,000" in label for label in _averages(tmp_path, text))


def test_an_average_of_a_total_named_by_the_item_alone(tmp_path: Path) -> None:
    text = COUNT + ("Kennel spending came to $164,000 in 2025.\n\nThe kennel line works out "
                    "at about $52 per dog housed.\n")
    assert any("$164,000" in label for label in _averages(tmp_path, text))
