"""A share with its portion and whole set off beside it: "31% of the staff -- 248 of the
800 --", "12 percent of the sample, or 96 of 800", "5,200 firms, of which 1,144 (22
percent) …"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested

READ = {
    "set off by dashes": (
        "Nurses made up 31% of the hospital's staff — 248 of the 800 employed — last year.",
        {"portion": ("248",), "whole": ("800",), "share": ("31%",)}),
    "after 'or'": (
        "Left-handers were 12 percent of the sample, or 96 of 800 pupils tested.",
        {"portion": ("96",), "whole": ("800",), "share": ("12 percent",)}),
    "of which N (P)": (
        "The register lists 5,200 firms, of which 1,144 (22 percent) export to Asia.",
        {"portion": ("1,144",), "whole": ("5,200",), "share": ("22 percent",)}),
    # the share closing its pair's clause; a rate "giving" follows from the pair before it
    "closing its pair's clause": (
        "Across the district's nine clinics, 1,204 of 1,530 patients seen in the spring were "
        "treated within a week, 78.7%.",
        {"portion": ("1,204",), "whole": ("1,530",), "share": ("78.7%",)}),
    "giving a rate of, the whole after 'Of the'": (
        "Of the county's 52,300 tonnes of waste, 21,450 tonnes was recycled, giving a "
        "recycling rate of 41.0%.",
        {"portion": ("21,450 tonnes",), "whole": ("52,300 tonnes",), "share": ("41.0%",)}),
    "giving a rate of, the whole a sentence before": (
        "The county collected 52,300 tonnes of waste last year. Of that, 21,450 tonnes was "
        "recycled, giving a recycling rate of 41.0%.",
        {"portion": ("21,450 tonnes",), "whole": ("52,300 tonnes",), "share": ("41.0%",)}),
    "a share noun set off after its pair": (
        "Of the 640 seats, the Greens won 212, a 33.1% share.",
        {"portion": ("212",), "whole": ("640",), "share": ("33.1%",)}),
    "giving them a share": (
        "Night buses carried 0.9 million of the network's 14.6 million riders, giving them a "
        "6.2% share of all trips.",
        {"portion": ("0.9 million",), "whole": ("14.6 million",), "share": ("6.2%",)}),
    # the subject is what a figure of the sentences before counts, listed among a larger one
    "a subject listed in brackets before": (
        "We surveyed 1,920 commuters (1,104 cyclists and 816 walkers) in spring. Cyclists "
        "made up 57.5% of the sample.",
        {"portion": ("1,104",), "whole": ("1,920",), "share": ("57.5%",)}),
    "a subject included before": (
        "The survey reached 2,140 households, including 612 renters. Renters were 28.6% of "
        "the total.",
        {"portion": ("612",), "whole": ("2,140",), "share": ("28.6%",)}),
    # a rate set on an amount, then what it comes to
    "a rate on an amount, a total of": (
        "Savers in the easy-access pot earn interest of 2.75% on balances of £24,000, a total "
        "of £660 a year.",
        {"portion": ("£660",), "whole": ("£24,000",), "share": ("2.75%",)}),
}


@pytest.mark.parametrize("name", READ)
def test_a_share_beside_its_portion_and_whole(tmp_path: Path, name: str) -> None:
    text, expected = READ[name]
    assert [roles for kind, roles, _ in suggested(tmp_path, text)
            if kind == "ShareRelation"] == [expected]


def test_of_which_in_another_unit_is_no_whole(tmp_path: Path) -> None:
    """"€3.2 million, of which 410 (…)": a count is no part of an amount of money."""
    found = suggested(tmp_path, "The fund paid out €3.2 million, of which 410 grants (38 "
                                "percent) went to farms.")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == []


def test_a_share_of_the_total_with_its_portion_after(tmp_path: Path) -> None:
    """"… 18 percent of the total, with 5,100 beds": the portion follows "with"; the whole
    is the total the sentence before states."""
    found = suggested(tmp_path, "Hospitals in the region had 28,300 beds in 2024. The city, the "
                                "largest district, held 18 percent of the total, with 5,100 "
                                "beds.")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == [
        {"portion": ("5,100",), "whole": ("28,300",), "share": ("18 percent",)}]


def test_make_up_is_a_share_not_a_rise(tmp_path: Path) -> None:
    """"Teenagers make up 18% of its 40,000 players": "up" here is no rise, so the 18% is no
    change from a figure "more than" names (which made a wrong change and lost the share)."""
    found = suggested(tmp_path, "The league runs 500 clubs. Teenagers make up 18% of its 40,000 "
                                "players, some 7,200 young people from more than 60 towns.")
    assert [kind for kind, _, _ in found] == ["ShareRelation"]
    assert found[0][1] == {"portion": ("some 7,200",), "whole": ("40,000",),
                           "share": ("18%",)}


def test_a_figure_with_its_own_share_is_no_whole_of_the_next(tmp_path: Path) -> None:
    """Two groups of one whole, each with its share: the first is not the second's whole."""
    found = suggested(tmp_path, "The charity has 4,200 volunteers. Drivers are the biggest "
                                "team at 1,470 (35% of volunteers), and there are 630 cooks, "
                                "or 15%.")
    shares = [roles for kind, roles, _ in found if kind == "ShareRelation"]
    assert {"portion": ("630",), "whole": ("4,200",), "share": ("15%",)} in shares
    assert not any(roles["whole"] == ("1,470",) for roles in shares)


def test_staff_and_workforce_name_one_whole(tmp_path: Path) -> None:
    """"of staff" names the employees an earlier sentence counts; the bare share after it
    takes the same whole."""
    found = suggested(tmp_path, "The firm has 1,240 employees across five sites. Engineers "
                                "number 410 (33% of staff), and there are 186 designers, or "
                                "15%.")
    shares = [roles for kind, roles, _ in found if kind == "ShareRelation"]
    assert shares == [{"portion": ("410",), "whole": ("1,240",), "share": ("33%",)},
                      {"portion": ("186",), "whole": ("1,240",), "share": ("15%",)}]


def test_a_bare_share_after_a_sibling_with_a_bare_share_takes_the_opened_whole(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "Of the 5,000 staff, 1,800 (36%) are nurses and 700, or 14%, "
                                "are doctors.")
    shares = [roles for kind, roles, _ in found if kind == "ShareRelation"]
    assert {"portion": ("700",), "whole": ("5,000",), "share": ("14%",)} in shares


def test_of_the_total_is_the_total_counting_what_the_part_is(tmp_path: Path) -> None:
    """"Nursing staff … of the total (1,502)": the staff total, not the patients stated
    first (the part's own words, across its share, name what it counts)."""
    found = [roles for kind, roles, _ in suggested(
        tmp_path, "The hospital treated 61,200 patients last year. It employs 3,900 staff. "
                  "Nursing staff make up 38.5% of the total (1,502).") if kind == "ShareRelation"]
    assert found == [{"portion": ("1,502",), "whole": ("3,900",), "share": ("38.5%",)}]


def test_the_whole_a_share_s_of_phrase_states_with_its_own_figure(tmp_path: Path) -> None:
    found = [roles for kind, roles, _ in suggested(
        tmp_path, "The agency spent $1.2 million on outreach, 40% of its annual budget of $3 "
                  "million.") if kind == "ShareRelation"]
    assert found == [{"portion": ("$1.2 million",), "whole": ("$3 million",), "share": ("40%",)}]


RECALLED = {
    "'A of the B …' and its share set off by dashes": (
        "In the spring poll 2,310 of the 4,200 tenants who replied - 55 per cent - said repairs "
        "were slow.",
        {"portion": ("2,310",), "whole": ("4,200",), "share": ("55 per cent",)}),
    "'a P share of' the whole an earlier sentence states": (
        "National output was 30 million tonnes. The mills ground 12.6 million tonnes in all, "
        "giving them a 42% share of national output.",
        {"portion": ("12.6 million tonnes",), "whole": ("30 million tonnes",),
         "share": ("42%",)}),
    "'a P share of the B'": (
        "Electric models sold 48,000 units, giving them a 16% share of the 300,000 cars sold.",
        {"portion": ("48,000",), "whole": ("300,000",), "share": ("16%",)}),
    "'Of those <things>, A (P)': the things an earlier sentence counts": (
        "The shelter housed 3,640 rescued dogs this year, against 3,100 last year. Of those "
        "dogs, 2,548 (70.0%) found new homes.",
        {"portion": ("2,548",), "whole": ("3,640",), "share": ("70.0%",)}),
}


@pytest.mark.parametrize("name", RECALLED)
def test_a_share_in_these_wordings_is_read(tmp_path: Path, name: str) -> None:
    text, expected = RECALLED[name]
    assert [roles for kind, roles, _ in suggested(tmp_path, text)
            if kind == "ShareRelation"] == [expected]


def test_of_those_names_no_whole_of_another_noun(tmp_path: Path) -> None:
    """"Of those visits" is not the 5,000 patients: no share rather than a wrong whole."""
    assert not [r for kind, r, _ in suggested(
        tmp_path, "The clinic saw 5,000 patients. Of those visits, 1,200 (24%) were urgent.")
        if kind == "ShareRelation"]


def test_of_a_measure_is_of_its_total_not_of_a_narrower_larger_one(tmp_path: Path) -> None:
    """"12.0% of revenue": the total revenue, not licence revenue nor the larger annual
    recurring revenue that the word "revenue" also names."""
    found = [r for kind, r, _ in suggested(
        tmp_path, "Total revenue was €820 million in the quarter. Licence revenue was €610 "
                  "million. Annual recurring revenue reached €3.4 billion. Research "
                  "spending of €98 million was 12.0% of revenue.") if kind == "ShareRelation"]
    assert found == [{"portion": ("€98 million",), "whole": ("€820 million",),
                      "share": ("12.0%",)}]


def test_a_count_set_off_with_its_own_share_is_no_whole_of_the_next(tmp_path: Path) -> None:
    """"52,000 guests, 18.0% of everyone": a part of the year's guests, never the whole
    "of guests" means in the next sentence."""
    found = [r for kind, r, _ in suggested(
        tmp_path, "The autumn fair alone drew 52,000 guests, 18.0% of everyone who came that "
                  "year. Members made up 40.0% of guests: 115,600 visits.")
        if kind == "ShareRelation"]
    assert not [r for r in found if r["whole"] == ("52,000",)]


def test_a_count_in_brackets_after_a_fraction_is_no_whole_of_the_next(tmp_path: Path) -> None:
    """"One in three of our members (4,100 people)" are some of the members: not the
    members a later share is of."""
    found = [r for kind, r, _ in suggested(
        tmp_path, "One in three of our members (4,100 people) lives abroad. Students made up "
                  "25.0% of members: 3,200 people.") if kind == "ShareRelation"]
    assert not [r for r in found if r["whole"] == ("4,100",)]


def test_a_round_mark_passed_is_no_whole_of_a_later_share(tmp_path: Path) -> None:
    """"passes 80 million trips" is a mark, not the year's trips: the share is of the
    80.4 million stated, or of nothing."""
    found = [r for kind, r, _ in suggested(
        tmp_path, "Ridership passes 80 million trips for the first time. Riders made 80.4 "
                  "million trips in 2024. Card payments covered 33.1 million trips, 41.2% of "
                  "the total.") if kind == "ShareRelation"]
    assert found == [{"portion": ("33.1 million",), "whole": ("80.4 million",),
                      "share": ("41.2%",)}]


def test_a_budget_passed_is_a_level_not_a_mark(tmp_path: Path) -> None:
    """"passes $1.24 billion budget": a budget voted through, whose figure is the level."""
    found = [r for kind, r, _ in suggested(
        tmp_path, "The council passes $1.24 billion budget. Policing takes $310 million, "
                  "25.0% of the total.") if kind == "ShareRelation"]
    assert found == [{"portion": ("$310 million",), "whole": ("$1.24 billion",),
                      "share": ("25.0%",)}]


def shares(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "ShareRelation"]


def test_a_margin_taken_to_a_level_by_the_verb_before_it(tmp_path: Path) -> None:
    """"lifting the EBITDA margin to 15.0%": no word between "margin" and "to"."""
    found = shares(tmp_path, "Sales came to €2.10 billion in the half. EBITDA increased 9% to "
                             "€315 million, lifting the EBITDA margin to 15.0%.")
    assert found == [{"portion": ("€315 million",), "whole": ("€2.10 billion",),
                      "share": ("15.0%",)}]


def test_a_margin_taken_to_a_level_from_the_year_before_s(tmp_path: Path) -> None:
    """"taking the operating margin to 12.5% from 10.0%": each margin of its own year's
    profit and turnover."""
    found = shares(tmp_path, "Turnover was £48.0 million in 2025 against £44.0 million in "
                             "2024. Operating profit rose to £6.0 million from £4.4 million, "
                             "taking the operating margin to 12.5% from 10.0%.")
    assert sorted(found, key=lambda r: r["share"]) == [
        {"portion": ("£4.4 million",), "whole": ("£44.0 million",), "share": ("10.0%",)},
        {"portion": ("£6.0 million",), "whole": ("£48.0 million",), "share": ("12.5%",)}]


@pytest.mark.parametrize("text, portion, whole, share", [
    ("Of the 1,840 pupils entered, 1,472 passed - a pass rate of 80%.", "1,472", "1,840", "80%"),
    ("Of a workforce of 2,300, some 414 staff were off sick - an absence rate of 18%.",
     "some 414", "2,300", "18%"),
])
def test_a_rate_set_off_after_a_portion_of_its_whole(tmp_path: Path, portion: str, whole: str,
                                                     share: str, text: str) -> None:
    """"Of N, M did … - a pass rate of X%": the rate named right after the pair is the
    portion's share of the whole, as "or X%" is."""
    assert ("ShareRelation", {"portion": (portion,), "whole": (whole,), "share": (share,)},
            {}) in suggested(tmp_path, text)


def test_a_rate_of_something_else_said_apart_is_no_share(tmp_path: Path) -> None:
    """A rate in a clause of its own ("and the response rate was 40%") is not set off after
    the pair: nothing says it is the portion's share."""
    found = suggested(tmp_path, "Of the 2,000 people surveyed, 1,200 were women, and the "
                                "response rate was 40%.")
    assert not [f for f in found if f[0] == "ShareRelation"]


def test_a_margin_moved_by_points_to_a_level_from_another(tmp_path: Path) -> None:
    """"the operating margin widened by 1.0 percentage point to 9.0%, from 8.0%": the size of
    the move stands between the verb and the two levels, each still profit over revenue."""
    found = suggested(tmp_path, "Turnover came to £820.0 million, up from £760.0 million. "
                                "Operating profit rose to £73.8 million from £60.8 million, "
                                "and the operating margin widened by 1.0 percentage point to "
                                "9.0%, from 8.0%.")
    shares = [roles for kind, roles, _ in found if kind == "ShareRelation"]
    assert {"portion": ("£73.8 million",), "whole": ("£820.0 million",),
            "share": ("9.0%",)} in shares
    assert {"portion": ("£60.8 million",), "whole": ("£760.0 million",),
            "share": ("8.0%",)} in shares


def test_a_percent_set_off_after_a_change_is_the_change_s_not_a_share(tmp_path: Path) -> None:
    """"… 2,040 ferry crossings in 2025, a drop of 180, or 8.1%": the percent restates the
    drop as a percent; it is no share of the 12,600 crossings a sentence before counts
    (it made a false share); "or 16.2%" after a level is still a share."""
    found = suggested(tmp_path, "The operator ran 12,600 crossings over the decade. It ran "
                                "2,040 ferry crossings in 2025, a drop of 180, or 8.1%.")
    assert [kind for kind, _, _ in found if kind == "ShareRelation"] == []
    (tmp_path / "b").mkdir()
    found = suggested(tmp_path / "b", "The operator ran 12,600 crossings over the decade. The "
                                      "night route ran 2,040 crossings, or 16.2%.")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == [
        {"portion": ("2,040",), "whole": ("12,600",), "share": ("16.2%",)}]


def test_a_baseline_named_before_its_value_is_the_earlier_margins_whole(tmp_path: Path) -> None:
    """"compared to the prior-year figure of £388.9 million": the value after the named
    baseline is the earlier period's level, so the margin "from 8.3%" is of it."""
    found = suggested(tmp_path, "Sales came to £520.4 million for the year, compared to the "
                                "previous year's figure of £471.0 million, a gain of 10.5%. "
                                "Operating profit was £46.8 million, against £37.7 million, "
                                "taking the operating margin to 9.0% from 8.0%.")
    shares = [roles for kind, roles, _ in found if kind == "ShareRelation"]
    assert {"portion": ("£37.7 million",), "whole": ("£471.0 million",),
            "share": ("8.0%",)} in shares
    assert {"initial": ("£471.0 million",), "final": ("£520.4 million",), "change": ("10.5%",)} \
        in [roles for kind, roles, _ in found if kind == "PercentChangeRelation"]


NOT_SHARES = {
    # the percent goes on to a comparison: no restatement of the pair
    "a percent closing a clause with more": "Of 640 firms surveyed, 212 of 640 exported, "
                                            "4.5% more than a year before.",
    "a share noun with no pair before it": "The airline flew 2.1 million passengers, a 12% "
                                           "share of the market.",
    # a change on a baseline, not a rate on an amount
    "an increase on a baseline, then its end": "Sales showed an increase of 3.5% on last "
                                               "year's £1.28 million, a total of £1.32 million.",
    "growth at a rate on an amount": "Prices grew at 3.5% on £1.28 million, a total of £1.32 "
                                     "million.",
    # juniors beside members need not be members: no whole the words give
    "a subject counted beside, not among": "The club has 410 members and 96 juniors. Juniors "
                                           "make up 19% of the club.",
}


@pytest.mark.parametrize("name", NOT_SHARES)
def test_no_share_where_the_words_give_no_pair(tmp_path: Path, name: str) -> None:
    assert [roles for kind, roles, _ in suggested(tmp_path, NOT_SHARES[name])
            if kind == "ShareRelation"] == []


def test_a_portion_of_them_takes_the_one_level_the_sentence_before_states(
        tmp_path: Path) -> None:
    """"Shoppers made 4.80 million visits, 3.1% more than the 4.66 million … Weekend visits
    accounted for 1.92 million of them (40.0%)": "them" opens no count in its own sentence,
    so the whole is the sentence before's one level (not its baseline)."""
    found = suggested(tmp_path, "Shoppers made 4.80 million visits in 2025, 3.1% more than the "
                                "4.66 million in 2024. Weekend visits accounted for 1.92 "
                                "million of them (40.0%).")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == [
        {"portion": ("1.92 million",), "whole": ("4.80 million",), "share": ("40.0%",)}]


def test_a_portion_of_them_after_two_levels_names_no_whole(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Shoppers made 4.80 million visits in 2025 and 2.1 million in "
                                "the spring. Weekend visits accounted for 1.92 million of them "
                                "(40.0%).")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == []


TRIAL = ("Methods. We randomly assigned 840 adults to a walking programme (n = 430) or usual "
         "care (n = 410) at nine clinics. ")


def test_a_count_in_a_trial_group_is_a_share_of_that_group_s_size(tmp_path: Path) -> None:
    """"43 participants (10.0%) in the intervention group and 82 (20.0%) in the control
    group": each group's size is the one the methods give it, the group named with control
    words ("usual care") the control group, the other the intervention group; a group the
    methods do not split off ("the low-dose group") names no whole."""
    found = suggested(tmp_path, TRIAL + "Results. Falls occurred in 43 participants (10.0%) in "
                                "the intervention group and in 82 (20.0%) in the control "
                                "group, a difference of 10 percentage points. Pain affected "
                                "123 patients in the usual-care arm (30.0%). Dizziness "
                                "affected 12 participants (2.9%) in the low-dose group.")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == [
        {"portion": ("43",), "whole": ("430",), "share": ("10.0%",)},
        {"portion": ("82",), "whole": ("410",), "share": ("20.0%",)},
        {"portion": ("123",), "whole": ("410",), "share": ("30.0%",)}]


def test_a_trial_count_naming_no_group_is_a_share_of_all_participants(tmp_path: Path) -> None:
    found = suggested(tmp_path, TRIAL + "Results. Twenty-one participants (2.5%) withdrew.")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == [
        {"portion": ("Twenty-one",), "whole": ("840",), "share": ("2.5%",)}]


def test_of_a_whole_after_a_heading_or_of_our(tmp_path: Path) -> None:
    """"Results: Of 1,250 pupils entered, 1,000 (80.0%) passed", "150 of our 600 members
    (25.0%)": the whole the words count the portion "of"."""
    found = suggested(tmp_path, "Results: Of 1,250 pupils entered, 1,000 (80.0%) passed. "
                                "Late fees were owed by 150 of our 600 members (25.0%).")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == [
        {"portion": ("1,000",), "whole": ("1,250",), "share": ("80.0%",)},
        {"portion": ("150",), "whole": ("600",), "share": ("25.0%",)}]


def test_a_load_factor_is_traffic_as_a_share_of_capacity(tmp_path: Path) -> None:
    found = suggested(tmp_path, "In May the airline offered 2,400 million available seat "
                                "kilometres, and traffic (RPK) came to 1,980 million. Its load "
                                "factor rose to 82.5%, from 80.1% a year earlier.")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == [
        {"portion": ("1,980 million",), "whole": ("2,400 million",), "share": ("82.5%",)}]


def test_a_share_of_that_is_of_the_one_level_the_sentence_before_states(
        tmp_path: Path) -> None:
    found = suggested(tmp_path, "Income rose 6.0% to £5.30m. The charity spent £4.80m in the "
                                "year. Its shelters took up 75.0% of that, or £3.60m.")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == [
        {"portion": ("£3.60m",), "whole": ("£4.80m",), "share": ("75.0%",)}]


def test_a_share_of_a_named_amount_takes_what_which_says_it_comes_to(tmp_path: Path) -> None:
    """"5% of £2,400, which comes to £120": the amount after "which" is the portion; the
    amount "of" names is the whole, never the portion of another whole."""
    text = ("The club's kit budget is £6,000. Its grant covers 5% of £2,400, which comes to "
            "£120, toward new boots.")
    shares = [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "ShareRelation"]
    assert shares == [{"portion": ("£120",), "whole": ("£2,400",), "share": ("5%",)}]


def test_the_amount_of_names_is_no_portion(tmp_path: Path) -> None:
    """A share "of" an amount whose portion the sentence does not give has no relation: the
    amount after "of" is the whole, and an earlier figure is no whole of it."""
    text = "The shop's turnover was £90,000. Rent takes 30% of £40,000 in the high season."
    assert [roles for kind, roles, _ in suggested(tmp_path, text)
            if kind == "ShareRelation"] == []


def test_a_rate_opening_its_clause_on_an_amount_and_what_it_comes_to(tmp_path: Path) -> None:
    """A list of rates, each set "on" an amount (an aside about that amount after it), then
    ", which is" the sum it comes to: each a share of the amount it is set on."""
    found = suggested(tmp_path, "Anna earns £40,000. She pays tax on it:\n\n"
                                "10% on the first £20,000, which is £2,000;\n\n"
                                "25% on the remaining £20,000 (her pay above £20,000), which "
                                "is £5,000.")
    shares = sorted(f[1]["share"] for f in found if f[0] == "ShareRelation")
    assert ("ShareRelation", {"portion": ("£2,000",), "whole": ("£20,000",),
                              "share": ("10%",)}, {}) in found
    assert ("ShareRelation", {"portion": ("£5,000",), "whole": ("£20,000",),
                              "share": ("25%",)}, {}) in found
    assert shares == [("10%",), ("25%",)]
    # what a rate comes to may be a gap ("£40 more"), no share
    found = suggested(_fresh(tmp_path, "gap"),
                      "Sales were £840, 5% on the £800 of last year, which is £40 more.")
    assert not [f for f in found if f[0] == "ShareRelation"]


def test_a_cut_by_a_rate_of_an_amount_is_a_share_of_that_amount(tmp_path: Path) -> None:
    """"cut by 60% of £500, a cut of £300": the cut is the share of the amount, not of a
    figure in an earlier sentence."""
    found = suggested(tmp_path, "Tom earns £900. His grant is cut by 60% of £500, a cut of "
                                "£300.")
    assert [f for f in found if f[0] == "ShareRelation"] == [
        ("ShareRelation", {"portion": ("£300",), "whole": ("£500",), "share": ("60%",)}, {})]
    # ("by 60% of £500" is no change of 60 percent from one figure to another)
    assert not [f for f in found if f[0] == "PercentChangeRelation"]


def _fresh(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_a_bracketed_share_of_those_in_a_named_arm_is_of_that_arm(tmp_path: Path) -> None:
    """"9 adults (3.0 percent of those in the intervention arm)": the bracket names the
    group, whose size the allocation gives; it was read of nothing, or of all enrolled."""
    text = ("Methods: We randomised 600 adults: 300 were allocated to the intervention and 300 "
            "to usual care. Results: Nine adults had headaches. Mild rashes were seen in 9 "
            "adults (3.0 percent of those in the intervention arm).")
    assert [r for k, r, _ in suggested(tmp_path, text) if k == "ShareRelation"] == [
        {"portion": ("9",), "whole": ("300",), "share": ("3.0 percent",)}]


def test_a_share_of_those_in_an_arm_counted_twice_is_of_neither_count(tmp_path: Path) -> None:
    """The arm enrolled 300 and had data for 282: "of those in the intervention arm" says
    which arm, not which of its counts, so no whole is read (all 600 enrolled was read)."""
    text = ("Methods: We randomised 600 adults: 300 were allocated to the intervention and 300 "
            "to usual care. Results: Follow-up data were available for 560 adults (93.3 "
            "percent of those enrolled): 282 in the intervention arm and 278 in the control "
            "arm. Mild rashes were seen in 9 adults (3.0 percent of those in the intervention "
            "arm).")
    assert not [r for k, r, _ in suggested(tmp_path, text)
                if k == "ShareRelation" and r["portion"] == ("9",)]


def test_a_count_in_an_arm_named_by_what_it_was_given_is_a_share_of_that_arm(
        tmp_path: Path) -> None:
    """"in the coaching group" after "310 to phone coaching and 305 to usual care": the
    arm's own word names the group it was sent to (read of nothing before: "coaching" is no
    word of intervention or control)."""
    text = ("Methods: In all, 615 smokers were randomised: 310 to phone coaching and 305 to "
            "usual care. Results: At one year, 62 smokers in the coaching group (20.0%) had "
            "quit.")
    assert [r for k, r, _ in suggested(tmp_path, text) if k == "ShareRelation"] == [
        {"portion": ("62",), "whole": ("310",), "share": ("20.0%",)}]


def test_a_margin_is_of_the_profit_it_gives_not_the_revenue_before_it(tmp_path: Path) -> None:
    """"Sales were €8.40m and the operating margin stood at 12.5%, giving operating profit of
    €1.05m": the amount before the margin is the revenue it is over; the profit the words
    after it name is the portion."""
    found = suggested(tmp_path, "Sales were €8.40m and the operating margin stood at 12.5%, "
                                "giving operating profit of €1.05m.")
    assert [roles for kind, roles, _ in found if kind == "ShareRelation"] == [
        {"portion": ("€1.05m",), "whole": ("€8.40m",), "share": ("12.5%",)}]


def test_a_margin_is_of_the_profit_outside_the_year_befores_brackets(tmp_path: Path) -> None:
    """"Operating result grew to NOK 12.6 million (NOK 9.8 million), and the operating
    margin was 8.4 per cent": the amount in brackets after another of its unit is last
    year's, so the margin outside brackets is of the profit before them."""
    found = shares(tmp_path, "Revenue reached NOK 150.0 million (NOK 140.0 million). Operating "
                             "result grew to NOK 12.6 million (NOK 9.8 million), and the "
                             "operating margin was 8.4 per cent (7.0 per cent).")
    assert {"portion": ("NOK 12.6 million",), "whole": ("NOK 150.0 million",),
            "share": ("8.4 per cent",)} in found
    assert not [r for r in found if r["portion"] == ("NOK 9.8 million",)
                and r["share"] == ("8.4 per cent",)], found


def test_an_or_after_the_value_of_a_portion_restates_the_value_not_the_portion(
        tmp_path: Path) -> None:
    """"Some 2,100 calves went north -- 42 per cent of the total -- worth £9 million, or
    about €10.5 million": the "or" restates the money the clause goes on to, so the share is
    still the calves' share of the herd, not of an amount in euros."""
    found = shares(tmp_path, "Farms sold 5,000 calves in 2025. Some 2,100 calves went north "
                             "-- 42 per cent of the total -- worth £9 million, or about "
                             "€10.5 million.")
    assert found == [{"portion": ("Some 2,100",), "whole": ("5,000",),
                      "share": ("42 per cent",)}], found


def test_a_payout_ratio_is_the_dividend_a_share_over_the_earnings_a_share(
        tmp_path: Path) -> None:
    """"a dividend of EUR 1.20 per share (prior year: EUR 1.00), a payout ratio of 40%": the
    ratio names no "of", yet a payout is the dividend a share over the earnings a share the
    text gave before, never last year's dividend in brackets."""
    found = shares(tmp_path, "Net income was EUR 9.0 million, or earnings of EUR 3.00 a share. "
                             "The board proposes a dividend of EUR 1.20 per share (prior year: "
                             "EUR 1.00), a payout ratio of 40%.")
    assert found == [{"portion": ("EUR 1.20",), "whole": ("EUR 3.00",), "share": ("40%",)}], \
        found


def test_or_between_two_rates_offers_one_or_the_other_not_a_share(tmp_path: Path) -> None:
    """"four groups of 15 … at 0.5% (low) or 1.0% (high) of feed": the "or" joins two
    doses, so the second is no share the pair "four groups of 15" restates."""
    found = shares(tmp_path, "Forty-five hens were split into four groups of 15: a plain "
                             "ration, or the same ration with kelp at 0.5% (low) or 1.0% "
                             "(high) of feed.")
    assert found == [], found


def test_a_stepped_wedge_trials_periods_are_its_groups(tmp_path: Path) -> None:
    """"in the intervention periods (14.0%)": a stepped-wedge trial's groups are periods, so
    each count is a share of the admissions of its own periods; periods no trial's words
    name ("in the winter periods") are no group."""
    text = ("Of 1,900 residents enrolled, 1,040 were admitted during intervention periods and "
            "860 during control periods. Falls occurred in 140 residents in the intervention "
            "periods (13.5%) and 171 in the control periods (19.9%).")
    found = shares(tmp_path, text)
    assert {"portion": ("140",), "whole": ("1,040",), "share": ("13.5%",)} in found, found
    assert {"portion": ("171",), "whole": ("860",), "share": ("19.9%",)} in found, found
    (tmp_path / "b").mkdir()
    found = shares(tmp_path / "b", "Of 1,900 residents enrolled, 1,040 were admitted during "
                                   "intervention periods and 860 during control periods. "
                                   "Falls occurred in 140 residents in the winter periods "
                                   "(7.4%).")
    assert found == [], found


@pytest.mark.parametrize("text", [
    "Cocoa made up 8.5% of the region's $4.1 billion of farm sales in 2025, against 9.9% of "
    "$3.8 billion in 2024.",
    "Rail carried 31% of the city's 2.6 million daily trips last year, compared with 28% of "
    "2.4 million trips a decade ago.",
])
def test_the_whole_of_one_share_is_no_portion_of_the_next(tmp_path: Path, text: str) -> None:
    """"8.5% of the region's $4.1 billion …, against 9.9% of $3.8 billion": the $4.1 billion
    is what the first share is of; the second share's portion is not stated."""
    found = suggested(tmp_path, text)
    assert not [roles for kind, roles, _ in found if kind == "ShareRelation"
                and roles["portion"] in (("$4.1 billion",), ("2.6 million",))]

