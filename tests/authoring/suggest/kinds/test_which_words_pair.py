"""Relations whose figures the words pair, never ones beside them: which way a change went
when a judging word names it, the clause and the year a change's ends belong to, a gap's
two ends, a per-thing amount, a share's restated portion, a multiple's base, the measure a
named total is of, and an amount averaged right before its average."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def _of(found: list[tuple], kind: str) -> list[tuple]:
    return [(roles, scalars) for k, roles, scalars in found if k == kind]


def test_a_judging_noun_yields_to_the_verb_for_which_end_is_larger(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The operating deficit shrank to £3.2 million from £5.0 "
                                "million, an improvement of £1.8 million.")
    assert _of(found, "DifferenceRelation") == [
        ({"minuend": ("£5.0 million",), "subtrahend": ("£3.2 million",),
          "difference": ("£1.8 million",)}, {})]


def test_a_judging_noun_of_a_rate_that_fell_is_a_decrease(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Staff turnover dropped to 9.4% from 11.0%, an improvement of "
                                "1.6 percentage points.")
    assert [s.get("direction") for _, s in _of(found, "PercentagePointChangeRelation")] == [
        "Decrease"]


def test_a_change_takes_no_ends_from_another_clause(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Pass rates at pilot colleges climbed from 61.5% to 66.0%, "
                                "whereas other colleges gained just 1.2 points.")
    assert all("1.2" not in " ".join(q for qs in roles.values() for q in qs)
               for roles, _ in _of(found, "PercentagePointChangeRelation"))


def test_a_change_naming_its_year_takes_no_baseline_of_another_year(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Vacancy stood at 4.1% in 2025, down 0.3 points on 2024 and "
                                "1.9 points below its 2021 peak of 6.0%.")
    assert all(roles["change"] != ("0.3",) and "0.3 points" not in roles["change"]
               for roles, _ in _of(found, "PercentagePointChangeRelation"))


def test_a_gap_lies_between_the_two_amounts_before_it_not_a_per_thing_amount(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "The pool cost the town $4.6 million to run, while entry "
                                "fees raised $3.1 million, leaving a deficit of $1.5 million, "
                                "about $2 for every swim.")
    assert _of(found, "DifferenceRelation") == [
        ({"minuend": ("$4.6 million",), "subtrahend": ("$3.1 million",),
          "difference": ("$1.5 million",)}, {})]


def test_an_average_set_off_after_an_amount_averages_that_amount(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The pool recorded 750,000 swims. It cost the town $4.6 "
                                "million to run, while entry fees raised $3.1 million, leaving "
                                "a deficit of $1.5 million, about $2 for every swim.")
    assert [r["aggregate"] for r, _ in _of(found, "AverageRelation")] == [("$1.5 million",)]


def test_a_per_thing_amount_is_no_part_of_a_total(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Net profit reached €48.0 million, or €3.00 for each of the "
                                "16 million shares. The dividend is €1.00 per share, a third "
                                "of earnings per share.")
    # never of the €48.0 million total: of the amount per the same share said before
    assert _of(found, "RatioRelation") == [
        ({"numerator": ("€1.00",), "denominator": ("€3.00",), "ratio": ("a third",)}, {})]


def test_a_portion_restated_after_or_is_the_shares_portion(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The survey reached 5,000 households. Those aged 65 to 79 made "
                                "up 22.0% of the households, or 1,100 homes.")
    assert [r["portion"] for r, _ in _of(found, "ShareRelation")] == [("1,100",)]


def test_a_multiple_with_its_figure_before_the_factor_takes_no_later_pair(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "Hospitals were given NZD 9,120 million, 2.3 times as much as "
                                "mental health services, and their share of spending rose from "
                                "44.0% to 45.5%.")
    assert _of(found, "MultipleRelation") == []


def test_a_total_named_with_a_measure_is_that_measures(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The port handled 84,000 tonnes of cargo in 2024. Grain, at "
                                "6,300 tonnes, was only 12.5% of the dry bulk total.")
    assert _of(found, "ShareRelation") == []


def test_a_total_with_a_scope_word_is_still_the_total(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The port handled 84,000 tonnes of cargo in 2024. Grain, at "
                                "6,300 tonnes, was 7.5% of the annual total.")
    assert [r["whole"] for r, _ in _of(found, "ShareRelation")] == [("84,000 tonnes",)]


def test_a_whole_from_a_sentence_naming_another_span_is_none(tmp_path: Path) -> None:
    found = suggested(tmp_path, "For the year, ticket sales total €96.0 million. Marketing in "
                                "the quarter cost €6.0 million, equal to 25% of ticket sales.")
    assert _of(found, "ShareRelation") == []


def test_the_whole_is_the_figure_the_noun_counts_not_one_that_mentions_it(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "There were 4,800 licensed taxis in the city. The fleet, which "
                                "includes buses, trams and taxis, numbered 12,600. Electric "
                                "models made up 35.0% of the taxis, or 1,680 cars.")
    assert [r["whole"] for r, _ in _of(found, "ShareRelation")] == [("4,800",)]


def test_a_year_to_date_total_is_no_whole_of_a_quarters_share(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Year to date, ticket sales come to €96.0 million, after €30.1 "
                                "million in the first quarter. Marketing in the quarter cost "
                                "€6.0 million, equal to 25% of ticket sales.")
    assert _of(found, "ShareRelation") == []


def test_an_average_of_two_amounts_the_words_name_alike_is_none(tmp_path: Path) -> None:
    found = suggested(tmp_path, "So far the charity has spent £3.1 million of its £4.0 million "
                                "relief budget. It has reached 62,000 people. Spending works "
                                "out at about £50 per person reached.")
    assert _of(found, "AverageRelation") == []
