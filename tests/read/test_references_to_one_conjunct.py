"""A definite count refers back to the one earlier count whose own conjunct holds the word the
reference adds: in "61 wards with 1,830 beds in the north and 57 wards with 1,702 beds in the
south", "north" is the 61's, never the 57's that follows its "and"."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_prose_restatements import restated

_TEXT = (
    "Hospital estate survey\n\n"
    "The survey covered 118 wards and 3,532 beds: 61 wards with 1,830 beds in the northern "
    "region and 57 wards with 1,702 beds in the southern region. Inspectors found damp in 9 "
    "of the 61 northern wards.\n")


def test_a_reference_takes_up_the_count_whose_own_words_name_it(tmp_path: Path) -> None:
    found = restated(tmp_path, _TEXT)
    assert ("61", "61") in found


def test_a_reference_is_never_tied_to_the_next_conjunct_s_count(tmp_path: Path) -> None:
    """"northern" stands just before "and 57 wards": the words of the 61's conjunct."""
    found = restated(tmp_path, _TEXT)
    assert ("57", "61") not in found
