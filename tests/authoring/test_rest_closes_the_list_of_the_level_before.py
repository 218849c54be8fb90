"""kg read: a list closed by "the remaining" breaks down the one level the sentence right
before it states ("Orchards covered 3,200 hectares. Apples … the remaining 250 hectares"),
even where a larger total of the same unit stands a sentence earlier still (the whole
estate), which the list does not complete."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TEXT = ("The estate survey counted 41 farms covering 12,500 hectares in all. "
        "Orchards covered 3,200 hectares. Apples took 1,900 hectares, with pears on 1,050 "
        "hectares and plums on the remaining 250 hectares.")


def test_the_rest_completes_the_level_just_before(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Estate survey 2026", TEXT, "SumRelation")
    assert "1,900 hectares + 1,050 hectares + 250 hectares = 3,200 hectares" in found, found


def test_two_levels_just_before_leave_the_whole_open(tmp_path: Path) -> None:
    text = TEXT.replace("Orchards covered 3,200 hectares.",
                        "Orchards covered 3,200 hectares and vineyards 800 hectares.")
    found = relation_labels(tmp_path, "Estate survey 2026", text, "SumRelation")
    assert not [label for label in found if "250 hectares =" in label], found
