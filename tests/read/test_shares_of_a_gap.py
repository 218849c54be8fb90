"""kg read: "a saving of X, or P%" and "leaving a shortfall of X, or P% of the cost": the
gap is the share's portion; the "of" of a saving gives its size, it names no whole."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_saving_set_off_before_its_percent_is_the_portion(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Course fees", "The course costs $640 online and $910 in "
                           "a classroom, a saving of $270, or 29.7%.", "ShareRelation") == [
        "$270 is 29.7% of $910"]


def test_a_shortfall_set_off_before_a_share_of_a_named_whole_is_its_portion(
        tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Hall funding", "The hall will cost $57.7 million. Grants "
                           "and fees total $51.5 million, leaving a shortfall of $6.2 million, "
                           "or 10.7 per cent of the cost.", "ShareRelation") == [
        "$6.2 million is 10.7 per cent of $57.7 million"]
