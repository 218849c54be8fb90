"""Compound growth whose end an earlier sentence gives is read firmly (across sentences)
only where both sentences name the same measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.authoring.new import new_document
from kg.authoring.suggest import suggest
from tests.authoring.suggest.test_kinds import suggested


def growth(tmp_path: Path, text: str):
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    return [s for s in suggest(tmp_path / "claims", "t") if s.kind == "CompoundGrowthRelation"]


def test_an_end_the_words_name_is_read_firmly(tmp_path: Path) -> None:
    found = growth(tmp_path, "The museum welcomed 412,000 visitors in 2024. Visitors have grown "
                             "from 301,000 in 2018 at an average annual rate of 5.4 percent.")
    assert len(found) == 1 and found[0].across


def test_an_end_of_another_measure_is_only_proposed(tmp_path: Path) -> None:
    found = growth(tmp_path, "The museum sold 412,000 tickets in 2024. Attendance has grown "
                             "from 301,000 in 2018 at an average annual rate of 5.4 percent.")
    assert len(found) == 1 and not found[0].across


def test_a_level_reached_then_a_baseline_compared_with(tmp_path: Path) -> None:
    """"climbed to A, compared with B in 2018 - an average annual rate of R over six years"."""
    found = suggested(tmp_path, "Freight through the tunnel climbed to 41.2 million tonnes, "
                                "compared with 33.0 million tonnes in 2018 - an average annual "
                                "rate of 3.8% over the six years.")
    assert [(roles, scalars) for kind, roles, scalars in found
            if kind == "CompoundGrowthRelation"] == [
        ({"initial": ("33.0 million tonnes",), "final": ("41.2 million tonnes",),
          "growthRate": ("3.8%",)}, {"periods": 6})]


@pytest.mark.parametrize("text, initial, final, rate, periods", [
    ("Ridership on the tram network hit 48.6 million trips in 2024. Over the four years "
     "from 2020, when 31.2 million trips were made, ridership has grown at a compound "
     "annual rate of 11.7%.", "31.2 million", "48.6 million", "11.7%", 4),
    ("The charity raised £6.3 million in 2024, its best year yet. In the three years from "
     "2021, when donors gave £4.9 million, income grew at an average of 8.7% a year.",
     "£4.9 million", "£6.3 million", "8.7%", 3),
])
def test_growth_from_a_year_when_the_start_was_stated(tmp_path: Path, text: str, initial: str,
                                                      final: str, rate: str,
                                                      periods: int) -> None:
    """"from 2020, when 31.2 million …" starts the growth as "since 2020, when …" does; its
    end is the level the sentence before gives."""
    found = suggested(tmp_path, text)
    assert ("CompoundGrowthRelation", {"initial": (initial,), "final": (final,),
                                       "growthRate": (rate,)},
            {"periods": periods}) in found


def test_growth_ends_at_the_level_not_the_target_it_beat(tmp_path: Path) -> None:
    """A target the level is compared with ("above the target of 45.0 million") is no level
    the growth reaches, though it stands nearer."""
    found = suggested(tmp_path, "Ridership on the tram network hit 48.6 million trips in 2024. "
                                "That was well above the operator's target of 45.0 million "
                                "trips. Over the four years from 2020, when 31.2 million trips "
                                "were made, ridership has grown at a compound annual rate of "
                                "11.7%.")
    assert [f for f in found if f[0] == "CompoundGrowthRelation"] == [
        ("CompoundGrowthRelation", {"initial": ("31.2 million",), "final": ("48.6 million",),
                                    "growthRate": ("11.7%",)}, {"periods": 4})]


def test_since_a_year_when_a_level_with_no_span_said_takes_the_years(tmp_path: Path) -> None:
    """"Since 2019, when it lent 1.21 million books, loans have compounded at 5.0% a year"
    says no span: the start is of the year "since" names, the end the level an earlier
    sentence names alike, and the periods are the years between."""
    found = suggested(tmp_path, "The library lent 1.62 million books in 2025. Since the spring "
                                "of 2019, when it lent 1.21 million books, loans have "
                                "compounded at 5.0% a year.")
    assert [(roles, scalars) for kind, roles, scalars in found
            if kind == "CompoundGrowthRelation"] == [
        ({"initial": ("1.21 million",), "final": ("1.62 million",), "growthRate": ("5.0%",)},
         {"periods": 6})]


def test_since_a_year_when_a_level_of_another_measure_is_no_start(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The library lent 1.62 million books in 2025. Since 2019, when "
                                "it had 1.21 million members, staff numbers have grown by 5.0% "
                                "a year.")
    assert [kind for kind, _, _ in found if kind == "CompoundGrowthRelation"] == []


def test_a_yield_and_a_deposit_it_grows_to_in_the_next_sentence(tmp_path: Path) -> None:
    """"3.1% AER", then "deposited £5,000 in March 2025 will have £5,314.81 when it matures
    in March 2027": the yield compounds the deposit over the two years between them (read
    as nothing: "AER" was no word of a rate a year)."""
    found = growth(tmp_path, "Our two-year bond paid 3.1% AER in 2025. A saver who deposited "
                             "£5,000 in March 2025 will have £5,314.81 when it matures in "
                             "March 2027.")
    assert [(s.scalars, len(dict(s.roles))) for s in found] == [({"periods": 2}, 3)]


def test_a_yield_on_a_band_of_balances_is_no_growth(tmp_path: Path) -> None:
    """A yield with no deposit and what it comes to after it says no growth between amounts."""
    assert growth(tmp_path, "The account pays 4.1% AER on balances from £1,000 to £50,000. "
                            "It is open to members only.") == []
