"""A sentence opening "Of the <words>," and listing amounts: the whole those words name,
said in a sentence before, is their total ("Of the recovered ash, 1,720 tonnes … and 430
tonnes …"), as after "Of those,"."""

from __future__ import annotations

from tests.read import relation_labels


def test_the_parts_of_the_whole_the_words_name(tmp_path) -> None:
    assert relation_labels(
        tmp_path, "Plant report 2025",
        "The plant burned 9,400 tonnes of coal and recovered 2,150 tonnes of ash. Of the "
        "recovered ash, 1,720 tonnes went to road building and 430 tonnes to landfill.",
        "SumRelation") == ["1,720 tonnes + 430 tonnes = 2,150 tonnes"]
