"""A share set off beside its portion: between dashes (or "--") as between brackets, square
ones too ("300 - about 62.5 per cent - backed it", "300 [25.0%]"), after "Of that," (the level
the sentence before states), and "of the club's 36 coaches" (an owner in place of "the")."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_table_total_shares import shares


def test_a_share_between_dashes_is_read_as_one_in_brackets(tmp_path: Path) -> None:
    """"Of the 480 members who voted, 300 - about 62.5 per cent - backed the plan": the pair
    of dashes brackets the share of the portion before it."""
    found = shares(tmp_path, "Ballot result\n\nOf the 480 members who voted, 300 members - about "
                             "62.5 per cent - backed the new plan.\n")
    assert found == {"about 62.5 per cent": ("300", "480")}


def test_of_that_opening_a_sentence_is_the_level_the_sentence_before_states(
        tmp_path: Path) -> None:
    """"The trust spent £5.0 million on repairs in 2025. Of that, £1.5 million (30 per cent)
    went on roofs": "that" is the £5.0 million."""
    found = shares(tmp_path, "Repairs in 2025\n\nThe trust spent £5.0 million on repairs in "
                             "2025. Of that, £1.5 million (30 per cent) went on roofs.\n")
    assert found == {"30 per cent": ("£1.5 million", "£5.0 million")}


def test_an_owner_between_of_the_and_the_whole_leaves_the_whole_named(tmp_path: Path) -> None:
    """"9 of the club's 36 coaches (25 per cent) are volunteers": the 36 coaches are the
    whole, as in "9 of the 36 coaches"."""
    found = shares(tmp_path, "Coaching\n\nAt present 9 of the club's 36 coaches (25 per cent) "
                             "are volunteers.\n")
    assert found == {"25 per cent": ("9", "36")}


def test_a_share_between_double_hyphens_is_read_as_one_between_dashes(tmp_path: Path) -> None:
    """"Of the 640 patients on the list, 160 -- about 25.0% -- have waited": plain text types
    a dash as "--", and a pair of them sets the share off as a pair of dashes does."""
    found = shares(tmp_path, "Waiting list\n\nOf the 640 patients on the list, 160 -- about "
                             "25.0% -- have waited over a year.\n")
    assert found == {"about 25.0%": ("160", "640")}


def test_a_share_in_square_brackets_is_read_as_one_in_round_brackets(tmp_path: Path) -> None:
    """"1,200 tenants, of whom 300 [25.0%] were over sixty": square brackets set the share of
    the count before them off as round ones do."""
    found = shares(tmp_path, "Survey\n\nWe asked 1,200 tenants, of whom 300 [25.0%] were over "
                             "sixty.\n")
    assert found == {"25.0%": ("300", "1,200")}
