"""kg read: an average "for every dog taken in" is over the dogs taken in; a count of dogs an
earlier sentence gives of another deed ("rehomed 1,240 dogs") is of other dogs, so no
average is drawn over it; a count the words give of the same deed still is."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Dog rescue", text, "AverageRelation")


def test_no_average_over_dogs_of_another_deed(tmp_path: Path) -> None:
    text = ("Volunteers rehomed 1,240 dogs with new owners in 2025.\n\n"
            "The rescue's running costs of $1.9 million work out to about $640 for every dog "
            "taken in, the treasurer said.\n")
    assert not any("1,240" in label for label in _averages(tmp_path, text))


def test_an_average_over_dogs_of_the_same_deed(tmp_path: Path) -> None:
    text = ("Volunteers rehomed 1,240 dogs with new owners in 2025.\n\n"
            "The rescue's running costs of $1.9 million work out to about $1,530 for every "
            "dog rehomed, the treasurer said.\n")
    assert any("1,240" in label for label in _averages(tmp_path, text))
