"""A sentence that opens "Of the" and words with no figure ("Of the regenerated energy,",
"Of the paper collected,") and then gives a portion with its bracketed share shares out the
level an earlier sentence states that those words name: the one right after the word where
two are named so ("drew 4,000 MWh and regenerated 1,000 MWh"), none where the words name
no level ("Of the glass," after a count of paper)."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_table_total_shares import shares


def test_of_the_words_naming_an_earlier_level_share_it_out(tmp_path: Path) -> None:
    """"The buses used 6,000 MWh and recovered 1,200 MWh. Of the recovered energy, 900 MWh
    (75.0%) …": the 1,200 MWh the word "recovered" stands right before."""
    found = shares(tmp_path / "energy", "The buses used 6,000 MWh and recovered 1,200 MWh "
                                        "in 2025. Of the recovered energy, 900 MWh (75.0%) "
                                        "went back into the depot's chargers.")
    assert found == {"75.0%": ("900 MWh", "1,200 MWh")}


def test_of_the_words_naming_no_earlier_level_share_out_none(tmp_path: Path) -> None:
    """"Of the glass, 150 tonnes (60.0%) …" after a count of paper collected: no level the
    words name, so no share; "Of the paper collected," names it."""
    text = "The yard collected 250 tonnes of paper in 2025. Of the {what}, 150 tonnes (60.0%) " \
           "went to local mills."
    assert (shares(tmp_path / "glass", text.format(what="glass")),
            shares(tmp_path / "paper", text.format(what="paper collected"))) == (
        {}, {"60.0%": ("150 tonnes", "250 tonnes")})
