"""kg read: a compound growth whose start is "since <year>, when <figure>" and whose end is a
level an earlier sentence gives, with no span of years said: the end is the level what grows
names ("assets have grown": the assets), its year the period kg read gave it; the year
"since" names may be a financial year ("2020/21") or part of one ("mid-2021"); a figure that
is a term of a rate ("one dock for every 212 residents") is no level; and a clause of its own
after the start ("…, which reported 1.12 million tonnes") leaves the growth's clauses alone."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import relation_blocks, relation_labels, violations

KIND = "CompoundGrowthRelation"


def _periods(tmp_path: Path) -> list[str]:
    return [re.search(r"cg:periods (\d+)", b).group(1)
            for b in relation_blocks(tmp_path / "c" / "note", KIND)]


def test_since_when_ends_on_the_level_what_grows_names(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Harbour Trust annual results 2025",
        "Assets under management reached £88.6 million at 31 December 2025, up 6.0% from "
        "£83.6 million a year earlier. Since 2017, when the trust managed £61.3 million, "
        "assets have grown by an average of 4.7% a year.", KIND) == [
        "£61.3 million (2017) to £88.6 million (2025): 4.7% a year"]
    assert _periods(tmp_path) == ["8"]


def test_since_a_financial_year_takes_the_year_it_starts_in(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Kestrel College facts and figures 2025/26",
        "Kestrel College has 6,420 learners this year. Of these, 1,240 study part-time. "
        "Learner numbers have grown at an average of 4.7% a year since 2020/21, when we "
        "enrolled 5,100.", KIND) == ["5,100 (2020) to 6,420 (2025): 4.7% a year"]
    assert _periods(tmp_path) == ["5"]


def test_since_mid_year_and_a_term_of_a_rate_is_no_level(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Arlow bike docks: January to June 2025",
        "There were 4,210 public bike docks in Arlow on 30 June 2025. Arlow now has one bike "
        "dock for every 212 residents. Since mid-2021, when there were 1,980 bike docks, the "
        "network has grown by an average of 20.8% a year.", KIND) == [
        "1,980 (2021) to 4,210 (2025): 20.8% a year"]
    assert _periods(tmp_path) == ["4"]


def test_a_rivals_clause_after_the_start_leaves_the_growth_alone(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Brackwater port wire, 12 January 2026",
        "Brackwater handled a record 2.31 million tonnes of cargo in 2025. Brackwater has "
        "grown its volumes at a compound annual rate of 4.4% since 2019, when it handled 1.79 "
        "million tonnes, and is ahead of its rival Fenmouth, which reported 1.12 million "
        "tonnes.", KIND) == [
        "1.79 million tonnes (2019) to 2.31 million tonnes (2025): 4.4% a year"]
    assert _periods(tmp_path) == ["6"]



def test_a_start_years_ago_grows_to_the_level_said_before(tmp_path: Path) -> None:
    # "Six years ago, in 2019, …": the start, and the span of years to now
    assert relation_labels(
        tmp_path, "Fenwick Rowing Club annual report 2025",
        "The club had 640 members at the end of 2025. Six years ago, in 2019, the club had 470 "
        "members; membership has since grown by an average of 5.3% a year.", KIND) == [
        "470 (2019) to 640 (2025): 5.3% a year"]
    assert _periods(tmp_path) == ["6"]


def test_a_start_a_decade_ago_spans_ten_years(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Marsh Valley orchards 2025",
        "Apples were grown on 1,850 hectares of orchards in 2025. There were 1,610 hectares of "
        "orchards a decade ago, so the orchard area has grown by an average of 1.4% a year.",
        KIND) == ["1,610 hectares to 1,850 hectares (2025): 1.4% a year"]
    assert _periods(tmp_path) == ["10"]


def test_risen_from_a_dated_start_over_years_ends_on_the_level_of_its_period(
        tmp_path: Path) -> None:
    # the end names no year of its own: kg read's period for it ("the fourth quarter of
    # 2025") is later than the start's
    assert relation_labels(
        tmp_path, "Lowmoor housing review, March 2026",
        "The average monthly rent in Lowmoor reached £1,120 in the fourth quarter of 2025. "
        "Over six years, monthly rents have climbed from £810 in early 2019, equivalent to an "
        "average annual increase of 5.6%.", KIND) == ["£810 (2019) to £1,120 (2025): 5.6% a year"]
    assert _periods(tmp_path) == ["6"]


def test_it_takes_up_the_level_its_sentence_gave_first(tmp_path: Path) -> None:
    # "it" is the fees the clause before puts at £2.86 million, not the income before
    assert relation_labels(
        tmp_path, "Westfold Library Trust budget 2025",
        "Total income will be £6.98 million in 2025. Membership fees are the largest line at "
        "£2.86 million (41.0% of the total); it has grown by an average of 4.2% a year over "
        "the five years since 2020, when it stood at £2.33 million.", KIND) == [
        "£2.33 million to £2.86 million: 4.2% a year"]
    assert _periods(tmp_path) == ["5"]


_CO_OP = ("Our panels generated 5,120 MWh of electricity in the year to 31 March 2026. The barn "
          "roof did best, with 41.2% of the total. We have come a long way since 2018/19, when "
          "we generated {start} from one roof alone: output has grown by an average of 15.7% a "
          "year over those seven years.")


def test_since_when_with_no_level_in_the_sentence_before_ends_on_the_level_named_alike(
        tmp_path: Path) -> None:
    # the sentence before gives a share, no level: the end is the earlier level of the
    # start's unit its words name alike ("generated"), for the year kg read gave it
    assert relation_labels(tmp_path, "Millbrook Solar Co-operative review 2025/26",
                           _CO_OP.format(start="1,840 MWh"), KIND) == [
        "1,840 MWh (2018) to 5,120 MWh (2025): 15.7% a year"]
    assert _periods(tmp_path) == ["7"]
    assert violations(tmp_path) == []


def test_a_slip_in_a_growth_since_when_with_no_level_before_is_a_violation(
        tmp_path: Path) -> None:
    relation_labels(tmp_path, "Millbrook Solar Co-operative review 2025/26",
                    _CO_OP.format(start="1,480 MWh"), KIND)
    assert violations(tmp_path) == ["growth"]
