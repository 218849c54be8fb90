"""Changes and gaps said across sentences: a sentence opening on "That was" / "This is"
about the level the sentence before gave, with the baseline that sentence sets beside it
("compared with", "against") or a "when" clause of its own names; a compound growth whose
span of years only the sentence before gives, or that "after four years" gives; and a
baseline a comparison names with "the" ("more than the 3,968 units") is no reference back
to the count before it."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def _of(found: list[tuple], kind: str) -> list[tuple]:
    return [(roles, scalars) for k, roles, scalars in found if k == kind]


def test_a_change_opening_on_that_takes_the_pair_compared_with_before(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "Ferry crossings numbered 7,350 in 2025, compared with 6,900 "
                                "in 2024. That is an increase of 6.5 per cent.")
    assert _of(found, "PercentChangeRelation") == [
        ({"initial": ("6,900",), "final": ("7,350",), "change": ("6.5 per cent",)},
         {"direction": "Increase"})]


def test_a_gap_opening_on_this_takes_the_pair_set_against_before(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The mill used 5,120 MWh in 2025, against 5,480 MWh in "
                                "2024. This was 360 MWh less.")
    assert _of(found, "DifferenceRelation") == [
        ({"minuend": ("5,480 MWh",), "subtrahend": ("5,120 MWh",),
          "difference": ("360 MWh",)}, {})]


def test_points_opening_on_that_take_the_pair_compared_with_before(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Attendance was 91.4% this term, compared with 89.0% last "
                                "term. That is a rise of 2.4 percentage points.")
    assert _of(found, "PercentagePointChangeRelation") == [
        ({"initial": ("89.0%",), "final": ("91.4%",), "change": ("2.4 percentage points",)},
         {"direction": "Increase"})]


def test_a_percent_more_than_a_year_a_when_clause_gives(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The library lent 8,640 books in 2025. That was 8.0% more "
                                "than in 2024, when 8,000 were lent.")
    assert _of(found, "PercentChangeRelation") == [
        ({"initial": ("8,000",), "final": ("8,640",), "change": ("8.0%",)},
         {"direction": "Increase"})]


def test_an_amount_more_than_a_year_a_when_clause_gives(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The library lent 8,640 books in 2025. That was 640 more "
                                "than in 2024, when 8,000 were lent.")
    assert _of(found, "DifferenceRelation") == [
        ({"minuend": ("8,640",), "subtrahend": ("8,000",), "difference": ("640",)}, {})]


def test_that_refers_to_no_level_where_the_sentence_before_gives_two(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The library lent 8,640 books and 1,200 films in 2025. That "
                                "was 640 more than in 2024, when 8,000 were lent.")
    assert _of(found, "DifferenceRelation") == []


def test_growth_takes_its_span_from_the_years_of_the_sentence_before(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "The share of trips by tram rose from 9.1% in 2015 to 14.0% "
                                "in 2025. Daily tram trips grew from 52,000 to 98,000, "
                                "equivalent to compound growth of 6.5% a year.")
    assert _of(found, "CompoundGrowthRelation") == [
        ({"initial": ("52,000",), "final": ("98,000",), "growthRate": ("6.5%",)},
         {"periods": 10})]


def test_growth_takes_no_span_from_years_the_sentence_before_gives_backwards(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "Members numbered 610 in 2025 and 580 in 2021. Fees grew "
                                "from £30 to £36, or 4.7% a year.")
    assert _of(found, "CompoundGrowthRelation") == []


def test_growth_after_a_number_of_years_takes_that_span(tmp_path: Path) -> None:
    found = suggested(tmp_path, "On sown plots the moss cover rose from 12 patches at "
                                "baseline to 29 patches after three years, or 34.2% a year.")
    assert _of(found, "CompoundGrowthRelation") == [
        ({"initial": ("12",), "final": ("29",), "growthRate": ("34.2%",)}, {"periods": 3})]


def test_after_years_opening_the_sentence_is_no_span_of_the_growth(tmp_path: Path) -> None:
    found = suggested(tmp_path, "After two flat years, sales rose from 5.1 million in 2019 "
                                "to 6.4 million in 2024, or 4.6% a year.")
    assert [scalars for _, scalars in _of(found, "CompoundGrowthRelation")] == [
        {"periods": 5}]


def test_a_baseline_with_the_is_no_count_said_again(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The bakery sold 5,310 loaves in 2025. That was 6.2% more "
                                "than the 5,000 loaves sold a year earlier.")
    assert _of(found, "RestatementRelation") == []


def test_a_multiple_past_another_comparisons_baseline_is_of_the_level_that_refers_to(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "The orchard sold 4,800 crates in 2025. That is 6% more than "
                                "the 4,530 crates of 2024 and three times the 1,600 crates "
                                "of 2010.")
    assert _of(found, "MultipleRelation") == [
        ({"multiple": ("4,800",), "base": ("1,600",), "factor": ("three times",)}, {})]


def test_points_lower_than_at_a_named_event_a_when_clause_gives(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Only 9,480 residents voted, a turnout of 31.5%. That is 12.2 "
                                "points lower than at the 2021 city council elections, when "
                                "43.7% voted.")
    assert [roles for roles, _ in _of(found, "PercentagePointChangeRelation")] == [
        {"initial": ("43.7%",), "final": ("31.5%",), "change": ("12.2",)}]


def test_growth_takes_no_span_from_years_no_figure_of_the_sentence_before_has(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "The strategy, adopted in 2016, runs to 2031. Visitors grew "
                                "from 1,000 to 2,000, or 7% a year.")
    assert _of(found, "CompoundGrowthRelation") == []
