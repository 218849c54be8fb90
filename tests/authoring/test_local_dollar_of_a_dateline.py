"""A news story's dateline that abbreviates its province as the press does ("BRAMPTON,
Ont. --", "TRURO, N.S. (CP) -") places its bare "$" in that province's dollar, though the
story names the United States in passing; the US dollar said as a currency still wins."""

from __future__ import annotations

from kg.authoring.new import local_dollar


def test_a_dateline_province_places_the_dollar_past_a_passing_united_states() -> None:
    text = ("PINE HOLLOW, Ont. -- The curling club raised its fees to $185 this season. "
            "Members came from as far as the United States for the bonspiel.")
    assert local_dollar(text) == "CAD"
    assert local_dollar("TRURO, N.S. (CP) - A new ferry ticket costs $62.") == "CAD"


def test_a_dateline_that_is_no_one_dollar_region_or_a_stated_us_dollar_places_nothing() -> None:
    # "Ore." is no dollar country's region; "US$" says the currency outright
    assert local_dollar("SALEM, Ore. -- Tickets cost $40 at the United States border.") is None
    assert local_dollar("PINE HOLLOW, Ont. -- The club paid US$900 for stones; fees are "
                        "$185.") is None
