"""kg read: a part counted "of" a whole and the rest of that whole ("131 of the 214, and the
remaining 83"; "Of the 214 boats, 131 … and the remaining 83") add up to the whole, even
where the part's group is named with a measure in another unit ("boats under 12 metres")."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels


def test_the_rest_after_a_part_of_a_whole_adds_up_with_it_past_a_measure_naming_the_group(
        tmp_path: Path) -> None:
    assert sum_labels(
        tmp_path, "note.txt",
        "Harbour census 2025\n\nTrawlers under 15 metres made up 96 of the 160 trawlers, "
        "and the remaining 64 were bigger.\n") == ["96 + 64 = 160"]


def test_the_rest_after_a_part_of_the_whole_a_sentence_opens_with_adds_up_with_it(
        tmp_path: Path) -> None:
    assert sum_labels(
        tmp_path, "note.txt",
        "Harbour census 2025\n\nOf the 160 trawlers, 96 fished inshore and the other 64 "
        "worked the deep water.\n") == ["96 + 64 = 160"]
