"""Compound growth whose ends the sentence before gives ("That is an average annual rate of
…"), and none where the words say the values fell (a growth relation has no direction)."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def _growth(found: list[tuple]) -> list[tuple]:
    return [(r["initial"], r["final"], r["growthRate"], s.get("periods"))
            for k, r, s in found if k == "CompoundGrowthRelation"]


def test_a_rate_opening_on_that_is_takes_the_ends_of_the_sentence_before(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "Members borrowed 96,000 e-books from the library service in "
                                "2024, against 60,000 in 2021. That is an average annual rate "
                                "of growth of 17.0% over the three years.")
    assert _growth(found) == [(("60,000",), ("96,000",), ("17.0%",), 3)]


def test_a_rate_of_a_fall_is_no_growth_relation(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Forest cover shrank from 5,200 hectares in 2004 to 4,100 "
                                "hectares in 2024, an average of 1.2% a year.")
    assert _growth(found) == []


def test_a_rate_after_a_fall_said_before_is_no_growth_relation(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Forest cover shrank from 5,200 hectares in 2004 to 4,100 "
                                "hectares in 2024. This corresponds to an average annual rate "
                                "of 1.2% over the 20 years.")
    assert _growth(found) == []


def test_it_stood_at_a_dated_start_and_the_end_the_sentence_before_gives(
        tmp_path: Path) -> None:
    """"The fleet now numbers 640 buses. In 2019 it was 410 buses, so it has grown at an
    average annual rate of 9.3% over five years": the dated level "it" stood at is the start,
    the level the sentence before states the end."""
    found = suggested(tmp_path, "The city's electric fleet now numbers 640 buses. In 2019 it "
                                "stood at 410 buses, so the fleet has grown at an average "
                                "annual rate of 9.3% over five years.")
    assert _growth(found) == [(("410",), ("640",), ("9.3%",), 5)]


def test_a_dated_level_with_no_pronoun_for_the_end_is_no_growth(tmp_path: Path) -> None:
    """Nothing says the figure of the sentence before is the end of this growth."""
    found = suggested(tmp_path, "The city's fleet now numbers 640 buses. In 2019 the depot "
                                "stood at 410 buses, and the network has grown at an average "
                                "annual rate of 2.1% over five years.")
    assert _growth(found) == []


def _growths(tmp_path: Path, text: str) -> list[tuple]:
    return [(roles, scalars) for kind, roles, scalars in suggested(tmp_path, text)
            if kind == "CompoundGrowthRelation"]


def test_since_then_grows_from_the_dated_level_before_to_the_later_one_named_alike(
        tmp_path: Path) -> None:
    """"Back in 2016 it logged 41,300 cargo flights. Since then the number has grown …":
    the start is the sentence before's dated level, the end the later level of the same
    flights an earlier sentence gives."""
    found = _growths(tmp_path, "The airport logged 52,700 cargo flights in 2023. Passenger "
                               "numbers reached 6.1 million. Back in 2016 it logged 41,300 "
                               "cargo flights. Since then the number has grown at an average "
                               "annual rate of 3.5 percent over seven years.")
    assert found == [({"initial": ("41,300",), "final": ("52,700",),
                       "growthRate": ("3.5 percent",)}, {"periods": 7})]


def test_since_a_year_when_a_subject_did_something_is_the_start(tmp_path: Path) -> None:
    """"since 2016, when the mill ground 8,200 tonnes": "when" opens the start's clause,
    its subject and verb between."""
    found = _growths(tmp_path, "The mill ground 11,000 tonnes of flour in 2024. Output has "
                               "risen steadily since 2016, when the mill ground 8,200 tonnes "
                               "- an average annual rate of growth of about 3.7 percent over "
                               "eight years.")
    assert found == [({"initial": ("8,200 tonnes",), "final": ("11,000 tonnes",),
                       "growthRate": ("about 3.7 percent",)}, {"periods": 8})]
