"""Relations whose ends the words set before the figure that relates them: a bare
comparative after a level and its baseline ("412 beds, up from 380 a year ago: 32 more"), a
gap "between the two" (in its sentence or the one before), and a fraction with its pair set
off after it ("one in four services: 310 of the 1,240")."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested


def _of(found: list[tuple], kind: str) -> list[dict]:
    return [roles for k, roles, _ in found if k == kind]


def test_a_bare_comparative_relates_a_level_and_its_baseline(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The clinic now has 412 beds, up from 380 a year ago: 32 more.")
    assert _of(found, "DifferenceRelation") == [
        {"minuend": ("412",), "subtrahend": ("380",), "difference": ("32",)}]


def test_a_bare_shorter_makes_the_baseline_the_larger(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The average wait was 41 minutes, down from 52 minutes last "
                                "winter, 11 minutes shorter.")
    assert _of(found, "DifferenceRelation") == [
        {"minuend": ("52 minutes",), "subtrahend": ("41 minutes",),
         "difference": ("11 minutes",)}]


def test_a_bare_comparative_without_a_baseline_pairs_nothing_in_its_sentence(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "Sales were $5 million and profit $1 million, $0.2 million "
                                "more.")
    assert all(set(r["minuend"] + r["subtrahend"]) != {"$5 million", "$1 million"}
               for r in _of(found, "DifferenceRelation"))


def test_the_gap_between_the_two_is_between_the_two_figures_before(tmp_path: Path) -> None:
    found = suggested(tmp_path, "North Ward has the most members, with 6,240, ahead of South "
                                "Ward with 5,110; the gap between the two is 1,130 members.")
    assert _of(found, "DifferenceRelation") == [
        {"minuend": ("6,240",), "subtrahend": ("5,110",), "difference": ("1,130",)}]


def test_a_gap_between_the_two_of_the_sentence_before(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Terraced homes now cost $410,500, while flats cost $265,300. "
                                "That leaves a gap of $145,200 between the two.")
    assert _of(found, "DifferenceRelation") == [
        {"minuend": ("$410,500",), "subtrahend": ("$265,300",), "difference": ("$145,200",)}]


def test_a_fraction_with_its_pair_set_off_after_it(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Night buses now make up one in four services on the network: "
                                "310 of the 1,240.")
    assert _of(found, "RatioRelation") == [
        {"numerator": ("310",), "denominator": ("1,240",), "ratio": ("one in four",)}]


def test_annual_revenue_is_the_years_not_a_nearer_quarters(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Kestrel Foods reported revenue of $150 million for 2024. "
                                "Third-quarter revenue came to $41 million. Its order book "
                                "stood at $210 million at year end, about 1.4 times annual "
                                "revenue.")
    assert [(r["multiple"], r["base"]) for r in _of(found, "MultipleRelation")] == [
        (("$210 million",), ("$150 million",))]


def test_a_count_and_a_per_noun_of_one_stem_pair(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Harwick Mills reported revenue of £96 million for 2024. With "
                                "800 employees, revenue per employee was £120,000.")
    assert [(r["aggregate"], r["count"]) for r in _of(found, "AverageRelation")] == [
        (("£96 million",), ("800",))]


def test_for_each_of_names_the_count_of_an_average(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Growers earned €48.0 million, or about €40,000 for each of "
                                "the region's 1,200 farms.")
    assert _of(found, "AverageRelation") == [
        {"aggregate": ("€48.0 million",), "count": ("1,200",),
         "average": ("about €40,000",)}]


def test_an_average_of_an_amount_of_something_is_still_an_average(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Households in Ardmore produced 31,000 tonnes of waste in "
                                "2024. Each of the town's 12,400 households produced an average "
                                "of 2.5 tonnes of waste.")
    assert [(r["aggregate"], r["count"]) for r in _of(found, "AverageRelation")] == [
        (("31,000 tonnes",), ("12,400",))]


def test_outpacing_makes_its_subject_the_greater(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Cargo volumes at the east terminal rose 6.2%, outpacing the "
                                "west terminal at 3.8%.")
    assert _of(found, "ComparisonRelation") == [{"greater": ("6.2%",), "lesser": ("3.8%",)}]


def test_ahead_of_compares_the_level_not_its_baseline(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The school's pass rate was 71.5% this summer. That is up from "
                                "69.0% the year before, and puts it ahead of the national "
                                "average of 70.2%.")
    assert _of(found, "ComparisonRelation") == [{"greater": ("71.5%",), "lesser": ("70.2%",)}]


def test_a_reduction_after_a_level_and_its_from_is_between_them(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Borrowings stood at £41.0 million in March, down from £47.5 "
                                "million a year before, a reduction of £6.5 million.")
    assert _of(found, "DifferenceRelation") == [
        {"minuend": ("£47.5 million",), "subtrahend": ("£41.0 million",),
         "difference": ("£6.5 million",)}]


def test_the_verb_reaching_a_level_orders_it_against_its_from(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The current-account deficit narrowed to $3.2 billion from "
                                "$4.1 billion.")
    assert _of(found, "ComparisonRelation") == [
        {"greater": ("$4.1 billion",), "lesser": ("$3.2 billion",)}]
