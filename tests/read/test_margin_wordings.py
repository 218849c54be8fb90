"""Margins in the ways results releases write them beside "to … from …": a move "from" one
level "to" another ("the margin improved from 9.0% to 10.0%", "improved by 1.0 percentage
point, from 9.0% to 10.0%"), a move whose size has no "by" ("expanded 1.0 percentage point
to 10.0%"), and a highlight with no verb ("Operating margin 10.0%"), with the earlier level
after it ("…, up 1.0 percentage point from 9.0%", "… (2024: 9.0%)"). Each level is the
profit over the revenue of its own period: the level reached of this year's figures, the
one it moved from of the year before's (the words say which, never the values)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_table_total_shares import shares

FIGURES = ("Turnover at Quillby Joinery rose to EUR 200.0 million from EUR 180.0 million. "
           "Operating profit was EUR 20.0 million, against EUR 16.2 million a year earlier.\n\n")

NOW = ("EUR 20.0 million", "EUR 200.0 million")
BEFORE = ("EUR 16.2 million", "EUR 180.0 million")


@pytest.mark.parametrize("sentence", [
    "The operating margin improved from 9.0% to 10.0%.",
    "The operating margin improved by 1.0 percentage point, from 9.0% to 10.0%.",
    "Operating margin 10.0% (2024: 9.0%).",
    "Operating margin 10.0%, up 1.0 percentage point from 9.0%.",
])
def test_a_margin_and_the_level_it_moved_from_are_each_of_their_own_year(
        tmp_path: Path, sentence: str) -> None:
    """The level reached is this year's profit over this year's revenue; the one it moved
    from (after "from", or in the brackets that name the earlier year) the year before's."""
    found = shares(tmp_path, FIGURES + sentence)
    assert found == {"10.0%": NOW, "9.0%": BEFORE}


def test_a_margin_that_moved_a_size_with_no_by_is_of_this_years_figures(
        tmp_path: Path) -> None:
    """"The operating margin expanded 1.0 percentage point to 10.0%": the level it reached,
    of this year's profit and revenue."""
    found = shares(tmp_path, FIGURES + "The operating margin expanded 1.0 percentage point "
                   "to 10.0%.")
    assert found == {"10.0%": NOW}
