"""Averages per period and counts per thing: "an average of 3,100 calls a day over the 91
days of the quarter", "about 45 pupils per teacher"; a period count takes an earlier
sentence's total only where both name the same span of time."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested


def averages(tmp_path: Path, text: str) -> list[dict]:
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "AverageRelation"]


def test_an_average_a_day_over_a_number_of_days(tmp_path: Path) -> None:
    found = averages(tmp_path, "The helpline answered 282,000 calls in the quarter. Over the "
                               "quarter's 91 days staff took an average of 3,100 calls a day.")
    assert found == [{"aggregate": ("282,000",), "count": ("91 days",),
                      "average": ("3,100",)}]


def test_a_count_per_thing(tmp_path: Path) -> None:
    found = averages(tmp_path, "The district runs 215 schools with some 9,700 teachers, about "
                               "45 teachers per school.")
    assert found == [{"aggregate": ("some 9,700",), "count": ("215",), "average": ("about 45",)}]


def test_a_day_s_average_is_not_a_total_of_another_span(tmp_path: Path) -> None:
    """The month's days and the quarter's total: the words name two spans, no average."""
    found = averages(tmp_path, "The ferry carried 1.9 million passengers in the third quarter. "
                               "August was busiest, with an average of 24,500 passengers a day "
                               "over the month's 31 days.")
    assert found == []


def test_a_number_of_periods_must_make_the_span_of_the_total(tmp_path: Path) -> None:
    """Six months make a half year; 30 days do not: only the first reads as an average."""
    made = averages(tmp_path, "The park had 1.8 million visitors in the first half. On average "
                              "it had 300,000 visitors in each of the six months.")
    (tmp_path / "b").mkdir()
    not_made = averages(tmp_path / "b", "The park had 1.8 million visitors in the first half. "
                                        "On average it had 60,000 visitors a day over 30 days.")
    assert made == [{"aggregate": ("1.8 million",), "count": ("six",),
                     "average": ("300,000",)}]
    assert not_made == []


def test_an_average_spread_across_a_count_with_its_total(tmp_path: Path) -> None:
    """"averaged X across N things, a total of T": an average, and no sum of X and N."""
    found = suggested(tmp_path, "The choir's concerts drew an average audience that averaged "
                                "640 across 35 evenings, a total of 22,400 tickets sold.")
    assert [(kind, roles) for kind, roles, _ in found] == [
        ("AverageRelation", {"aggregate": ("22,400",), "count": ("35",), "average": ("640",)})]


def test_a_number_per_period_over_that_many_periods(tmp_path: Path) -> None:
    found = averages(tmp_path, "The clinic saw 5,460 patients in the quarter, around 60 "
                               "patients a day over 91 days.")
    # ("over 91 days" is the span the patients were seen across, exactly 91 days)
    assert found == [{"aggregate": ("5,460",), "count": ("91 days",),
                      "average": ("around 60",)}]


def test_a_number_per_period_over_other_things_is_no_average(tmp_path: Path) -> None:
    assert averages(tmp_path, "The line ran 40 trains a day over 12 stations in 2024, "
                              "14,600 in all.") == []


def test_a_count_for_each_named_thing(tmp_path: Path) -> None:
    found = averages(tmp_path, "The charity dug 118 boreholes, serving 41,300 villagers: "
                               "roughly 350 villagers for each borehole.")
    assert found == [{"aggregate": ("41,300",), "count": ("118",), "average": ("roughly 350",)}]


def test_a_part_set_off_with_its_share_is_no_count_of_the_whole(tmp_path: Path) -> None:
    """The Lido's 260,100 swims are one pool's: not what all the pools' cost is per."""
    found = averages(tmp_path, "The city's three pools welcomed 512,000 swimmers in 2024. The "
                               "Lido drew 260,100 swims - some 50.8% of the total - while "
                               "Eastside logged 150,200. The pools cost about £3.1 million to "
                               "run, which works out at roughly £6 per swim.")
    assert found == []


def test_the_aggregate_is_the_portion_its_share_names(tmp_path: Path) -> None:
    """"Youth coaching … accounted for 62.5% of that, or £3.00m": the coaching money is the
    £3.00m set off after the share, so "coaching spending … for each child" averages it, not
    all the club spent."""
    found = averages(tmp_path, "We coached 12,000 children in 2024. The club spent £4.80m in "
                               "2024. Youth coaching - camps, academies and school visits - "
                               "accounted for 62.5% of that, or £3.00m. Our coaching spending "
                               "came to roughly £250 for each child we coached.")
    assert found == [{"aggregate": ("£3.00m",), "count": ("12,000",), "average": ("roughly £250",)}]


def test_a_noun_phrase_an_average_word_heads_is_an_average(tmp_path: Path) -> None:
    """"The mean nightly audience … was 1,250 over 12 nights, a total of 15,000": an
    average spread over a count, never a part of the total beside the count."""
    text = ("The mean nightly audience at the festival was 1,250 over 12 nights, a total of "
            "15,000 tickets.")
    assert averages(tmp_path, text) == [
        {"aggregate": ("15,000",), "count": ("over 12",), "average": ("1,250",)}]
    (tmp_path / "sum").mkdir()
    assert not [r for kind, r, _ in suggested(tmp_path / "sum", text) if kind == "SumRelation"]


def test_an_average_subject_with_no_count_in_its_sentence_is_left(tmp_path: Path) -> None:
    """"The typical guest stayed 3.1 nights" names no count: the guests another sentence
    counts may be one group of them (no relation rather than a wrong count)."""
    assert averages(tmp_path, "Stays by guests from abroad rose 6 percent to 840,000. About "
                              "1.9 million check-ins were logged, so the typical guest stayed "
                              "3.1 nights.") == []


def test_a_count_with_its_share_in_brackets_is_no_count_a_cost_is_spread_over(
        tmp_path: Path) -> None:
    """"3,150 households in the offered group (68.5%)" are the outcome's part of the group:
    "£1.50 per household" is not spread over them."""
    assert averages(tmp_path, "Of 9,000 eligible homes, 4,600 were offered the scheme and 4,400 "
                              "were not. Insulation was fitted for 3,150 households in the "
                              "offered group (68.5%) against 1,010 in the other group (23.0%). "
                              "Leaflets cost £0.40 each, so the scheme cost £1.50 per household "
                              "and £6,900 in total across the offered group.") == []


def test_a_bare_each_before_a_phrase_and_hours_in_the_average_s_unit(tmp_path: Path) -> None:
    """"48 coaches worked 5,760 hours, about 120 hours each in all": "each" names no noun
    ("in" is none), and the 5,760 hours are what is averaged, not a second count."""
    assert averages(tmp_path, "Last season 48 coaches worked 5,760 hours, about 120 hours each "
                              "in all.") == [
        {"aggregate": ("5,760 hours",), "count": ("48",), "average": ("about 120 hours",)}]


def test_an_amount_per_unit_is_never_spread_over_an_amount_in_its_own_unit(tmp_path: Path) -> None:
    """"9.4 tonnes per hectare": the count is of hectares, never the earlier sentence's tonnes
    (tonnes over tonnes is no tonnes each); with no hectares in reach there is no average."""
    found = averages(tmp_path, "Pear trees yielded 7.5 tonnes per hectare, a harvest of 2.4 "
                               "million tonnes. The apple crop came in at 1.1 million tonnes, "
                               "equivalent to 9.4 tonnes per hectare.")
    assert all(roles["count"] != ("2.4 million tonnes",) for roles in found)
    assert found == []


def test_each_thing_carried_a_number_of_other_things_on_average(tmp_path: Path) -> None:
    """"On average each sailing carried 180 passengers": the sailings counted and the
    passengers carried, each the figure the words name so."""
    found = averages(tmp_path, "The ferry company ran 2,150 sailings in August and carried "
                               "387,000 passengers. On average each sailing carried 180 "
                               "passengers.")
    assert found == [{"aggregate": ("387,000",), "count": ("2,150",), "average": ("180",)}]


def test_each_thing_holding_a_number_with_no_average_word_is_a_rule(tmp_path: Path) -> None:
    """"Each crate holds 24 bottles" with no average word is a rule, not a total shared out."""
    found = averages(tmp_path, "The brewery filled 9,600 bottles from 400 crates. Each crate "
                               "holds 24 bottles.")
    assert found == []


def test_a_count_averaged_is_totalled_only_by_a_count_of_the_same_things(
        tmp_path: Path) -> None:
    """"96 inspections each": the total is a number of inspections, never a reference number
    an earlier line gives beside the word "inspections"."""
    found = averages(tmp_path, "Harbour inspections register, reference 40213, issued on 2 May "
                               "2025.\n\nThe port employs 38 inspectors, who carried out on "
                               "average 96 inspections each.")
    assert not [f for f in found if f["aggregate"] == ("40213",)]


def test_an_amount_bringing_a_price_to_a_level_is_no_aggregate_of_it(tmp_path: Path) -> None:
    """A levy "bringing" the price to €102 a night is added to the price, not spread over the
    seven nights an earlier sentence counts."""
    found = averages(tmp_path, "A room costs €90 per night, so €630 for the seven nights of a "
                               "week. Guests from abroad pay a levy of €12, bringing their "
                               "price to €102 per night.")
    assert not [f for f in found if f["average"] == ("€102",)]


def test_a_bound_is_no_count_an_amount_is_spread_over(tmp_path: Path) -> None:
    """"Up to 8 players" bounds a team; £50 a player is no average over it."""
    found = averages(tmp_path, "Each squad may register up to 8 players. The league charges "
                               "an entry fee of £400, or £50 per player.")
    assert not [f for f in found if f["count"] == ("up to 8",)]


def test_prices_listed_per_thing_are_no_aggregate_of_each_other(tmp_path: Path) -> None:
    """"Junior £12 and Senior £30 per member": two prices per member, neither the other's
    total."""
    found = averages(tmp_path, "The rowing club has 120 members. Annual fees are Junior £12 "
                               "and Senior £30 per member.")
    assert not [f for f in found if f["aggregate"] == ("£12",)]


def test_a_number_per_period_after_the_span_it_is_spread_over(tmp_path: Path) -> None:
    """"Across the 365 days of the year, that is about 4,000 visitors a day": the span
    named first, the rate after it in the same clause, no average word."""
    found = averages(tmp_path, "The park drew 1.46 million visitors in 2024. Across the 365 "
                               "days of the year, that is about 4,000 visitors a day.")
    assert found == [{"aggregate": ("1.46 million",), "count": ("365 days",),
                      "average": ("about 4,000",)}]


def test_a_span_first_with_another_count_between_is_no_average(tmp_path: Path) -> None:
    """"Over 30 days, the 14 stations sold 2,100 tickets a day": the 14 stations stand
    between, so the words do not tie the rate to the span alone."""
    found = averages(tmp_path, "The network sold 882,000 tickets in June. Over 30 days, the "
                               "14 stations sold 2,100 tickets a day each.")
    assert found == []


@pytest.mark.parametrize("text, aggregate, count, average", [
    ("The museum welcomed 96,000 visitors in 2025. That is an average of about 263 visitors "
     "on each of the year's 365 days.", "96,000", "365 days", "about 263"),
    ("The shelter housed 2,880 guests over the winter, an average of 32 guests in each of its "
     "90 nights.", "2,880", "90", "32"),
])
def test_an_average_on_each_of_a_number_of_periods(tmp_path: Path, text: str, aggregate: str,
                                                   count: str, average: str) -> None:
    """"on each of the year's 365 days", "in each of its 90 nights": the periods named after
    "each of", with the words that say whose they are, are the count."""
    assert ("AverageRelation", {"aggregate": (aggregate,), "count": (count,),
                                "average": (average,)}, {}) in suggested(tmp_path, text)


def test_a_price_a_month_beside_its_year_s_total_is_an_average_over_the_months(
        tmp_path: Path) -> None:
    """"CHF 14.50 a month - CHF 174 a year": the year's price spread over the twelve months
    the page counts ("runs for 12 months"); the year's first as well."""
    found = averages(tmp_path, "Every subscription runs for 12 months. The Basic plan is CHF "
                               "14.50 a month - CHF 174 a year. Premium costs NZ$420 per "
                               "year (NZ$35 per seat per month).")
    assert {"aggregate": ("CHF 174",), "count": ("12 months",),
            "average": ("CHF 14.50",)} in found
    assert {"aggregate": ("NZ$420",), "count": ("12 months",),
            "average": ("NZ$35",)} in found


def test_a_weekly_price_beside_its_year_s_is_spread_over_the_weeks_the_page_counts(
        tmp_path: Path) -> None:
    """Of several numbers of weeks, the one a sentence reckons by ("divided by 52 weeks")."""
    found = averages(tmp_path, "Lockers are let for 53 weeks in 2026. A locker is £3 a week "
                               "(£156 a year). Weekly rates are the annual fee divided by 52 "
                               "weeks.")
    assert found == [{"aggregate": ("£156",), "count": ("52 weeks",), "average": ("£3",)}]


def test_a_price_a_month_or_a_year_is_a_choice_not_an_average(tmp_path: Path) -> None:
    """"CHF 14.50 a month or CHF 150 a year": two ways to pay, the year's discounted."""
    found = averages(tmp_path, "Every subscription runs for 12 months. The Basic plan is CHF "
                               "14.50 a month, or CHF 150 a year.")
    assert found == []


def test_a_price_a_month_and_a_year_s_with_no_number_of_months_written_is_no_average(
        tmp_path: Path) -> None:
    """The count is a figure of the text: kg read supplies none of its own."""
    found = averages(tmp_path, "The Basic plan is CHF 14.50 a month (CHF 174 a year).")
    assert found == []


def test_an_amount_per_qualified_thing_is_counted_by_the_thing_past_hyphened_words(
        tmp_path: Path) -> None:
    """"€0.41 per basic share" counts shares, not "basic" things, and "48.2 million
    time-weighted basic shares" is a number of shares."""
    found = averages(tmp_path, "Profit after tax came to €19.8 million, or €0.41 per basic "
                               "share, on 48.2 million time-weighted basic shares.")
    assert found == [{"aggregate": ("€19.8 million",), "count": ("48.2 million",),
                      "average": ("€0.41",)}]


def test_an_amount_restated_after_or_a_few_words_on_is_the_aggregate(tmp_path: Path) -> None:
    """"spent NZ$96,000 a season on coaching, or roughly NZ$320 per registered player": the
    amount "or" restates per player; an amount of another clause ("and") is not."""
    found = averages(tmp_path, "The league has 300 registered players. It spent NZ$96,000 a "
                               "season on coaching, or roughly NZ$320 per registered player.")
    assert found == [{"aggregate": ("NZ$96,000",), "count": ("300",),
                      "average": ("roughly NZ$320",)}]
    (tmp_path / "b").mkdir()
    found = averages(tmp_path / "b", "The league has 300 registered players. Kit cost NZ$9,000 "
                                     "a season and travel grew, or roughly NZ$320 per "
                                     "registered player.")
    assert not [f for f in found if f["aggregate"] == ("NZ$9,000",)]


def test_an_amount_per_thing_before_or_is_no_aggregate_of_the_next(tmp_path: Path) -> None:
    """"₦310 per kilogram, or ₦52,000 per farmer": two averages of one total, neither the
    other's aggregate."""
    found = averages(tmp_path, "The 2,400 farmers sold 402,500 kilograms. The co-operative "
                               "paid ₦310 per kilogram, or ₦52,000 per farmer.")
    assert not [f for f in found if f["aggregate"] == ("₦310",)]


def test_a_count_named_before_it_is_the_number_of_things_an_amount_is_per(
        tmp_path: Path) -> None:
    """"With a workforce of 1,850, payroll works out at €52,400 per employee": the workforce
    is the employees counted."""
    found = averages(tmp_path, "Payroll costs reached €96.9 million. With a workforce of "
                               "1,850, payroll works out at about €52,400 per employee.")
    assert found == [{"aggregate": ("€96.9 million",), "count": ("1,850",),
                      "average": ("about €52,400",)}]


@pytest.mark.parametrize("text, expected", [
    ("Members pay €12 a month, which across 12 months totals €144.",
     {"aggregate": ("€144",), "count": ("12 months",), "average": ("€12",)}),
    ("Drivers spent £41.20 a week on fuel and parking, which over 52 weeks comes to £2,142 "
     "a year.",
     {"aggregate": ("£2,142",), "count": ("52 weeks",), "average": ("£41.20",)}),
])
def test_an_amount_a_period_over_that_many_periods_comes_to_a_total(
        tmp_path: Path, text: str, expected: dict) -> None:
    """"£41.20 a week …, which over 52 weeks comes to £2,142": the amount a period, the
    number of those periods and the total the words say it comes to."""
    assert averages(tmp_path, text) == [expected]


@pytest.mark.parametrize("text", [
    # the periods are days, the amount is a month's: no count of its periods
    "Members pay €12 a month, which across 30 days totals €144.",
    # a total set against another amount is no total of the first
    "Rent was $1,250 a month, against $1,100 in 2024 over 12 months, or $15,000.",
])
def test_an_amount_a_period_beside_other_periods_comes_to_no_total(
        tmp_path: Path, text: str) -> None:
    assert averages(tmp_path, text) == []


def test_that_is_an_average_of_the_level_said_before_even_as_it_changed(
        tmp_path: Path) -> None:
    """"… 16,480 people. That is an average of 412 per concert, up 3.0% on last year's
    400": "That is" points at the sentence before's one level as the total, and the average
    is also the level a percent change reaches (both are read)."""
    found = suggested(tmp_path, "The 40 concerts drew 16,480 people in all. That is an average "
                                "of 412 per concert, up 3.0% on last year's figure of 400.")
    assert [roles for kind, roles, _ in found if kind == "AverageRelation"] == [
        {"aggregate": ("16,480",), "count": ("40",), "average": ("412",)}]
    assert [roles for kind, roles, _ in found if kind == "PercentChangeRelation"] == [
        {"initial": ("400",), "final": ("412",), "change": ("3.0%",)}]


def test_that_is_an_average_with_two_levels_before_names_no_total(tmp_path: Path) -> None:
    found = averages(tmp_path, "The 40 concerts drew 16,480 people and 2,100 volunteers. That "
                               "is an average of 412 per concert.")
    assert found == []


def test_an_amount_a_period_each_is_the_average_of_the_things_counted(tmp_path: Path) -> None:
    found = averages(tmp_path, "The trust funds 35 bursaries worth £4,000 a year each, a total "
                               "of £140,000.")
    assert found == [{"aggregate": ("£140,000",), "count": ("35",), "average": ("£4,000",)}]


def test_an_amount_a_period_or_its_total_over_that_many_periods(tmp_path: Path) -> None:
    found = averages(tmp_path, "Students should budget EUR 950 a month for rent, food and "
                               "transport, or EUR 11,400 over 12 months.")
    assert found == [{"aggregate": ("EUR 11,400",), "count": ("12 months",),
                      "average": ("EUR 950",)}]


def test_a_total_before_tax_is_no_earlier_period(tmp_path: Path) -> None:
    """"… bringing in £1,530,000 before VAT": "before" a deduction, not a year before."""
    found = averages(tmp_path, "Members bought 3,400 passes and paid an average of £450, "
                               "bringing in £1,530,000 before VAT.")
    assert found == [{"aggregate": ("£1,530,000",), "count": ("3,400",), "average": ("£450",)}]


def test_a_clause_of_the_count_then_that_is_an_average(tmp_path: Path) -> None:
    """"With 2,300 members in the club, that is an average of £45 per member": the clause
    before "that is" states only the count; the total is the sentence before's one level."""
    found = averages(tmp_path, "Subscriptions raised £103,500 last season. With 2,300 members "
                               "in the club, that is an average of £45 per member.")
    assert found == [{"aggregate": ("£103,500",), "count": ("2,300",), "average": ("£45",)}]


def test_an_aggregate_for_one_trial_arm_counts_that_arm(tmp_path: Path) -> None:
    """"US$3.50 per pupil, or US$4,165 for the intervention arm as a whole": the count is the
    arm's 1,190, as the trial's split gives it, not all 2,400 pupils."""
    found = suggested(tmp_path, "The trial enrolled 2,400 pupils: 1,190 in intervention schools "
                                "and 1,210 in control schools. The supplement cost US$3.50 per "
                                "pupil per term, or US$4,165 for the intervention arm as a "
                                "whole.")
    assert [roles for kind, roles, _ in found if kind == "AverageRelation"] == [
        {"aggregate": ("US$4,165",), "count": ("1,190",), "average": ("US$3.50",)}]


def test_an_amount_the_equivalent_of_so_much_per_person_is_its_aggregate(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The utility serves 1.8 million people across the region. "
                                "Households used 250 million litres a day last year, the "
                                "equivalent of 139 litres per person.")
    assert [roles for kind, roles, _ in found if kind == "AverageRelation"] == [
        {"aggregate": ("250 million litres",), "count": ("1.8 million",),
         "average": ("139 litres",)}]


def test_a_count_set_off_with_its_share_in_words_is_no_count_to_spread_over(
        tmp_path: Path) -> None:
    """'Pensioners made 21,600 visits - one in four of the total': a part, so the fee spread
    'per visit' in the next sentence is over no such count."""
    found = averages(tmp_path, "Pensioners made 21,600 visits – one in four of the total. "
                               "The club's grant of £64,800 comes to £3.00 per visit.")
    assert found == []


def test_the_places_counted_by_the_way_are_not_the_total(tmp_path: Path) -> None:
    """"N visits at the trust's three clinics, an average of M a day over D days": the
    clinics are where the visits happened; the visits are what the average spreads."""
    found = suggested(tmp_path, "Patients made 11,316 visits at the trust's three clinics in "
                                "the quarter, an average of 123 a day over its 92 days.")
    assert [roles for kind, roles, _ in found if kind == "AverageRelation"] == [
        {"aggregate": ("11,316",), "count": ("92 days",), "average": ("123",)}]


def test_an_amount_each_restated_as_a_total_across_a_count(tmp_path: Path) -> None:
    """"X per thing, or T across the N things": the N the total is said across is the count,
    not another count of those things an earlier sentence gives."""
    found = averages(tmp_path, "The study followed 1,420 organic holdings and 1,730 others "
                               "(3,150 farms in all). Fuel use fell by 3.5 tonnes per farm per "
                               "year, or 4,970 tonnes across the 1,420 organic holdings.")
    assert found == [{"aggregate": ("4,970 tonnes",), "count": ("1,420",),
                      "average": ("3.5 tonnes",)}]


def test_an_amount_per_thing_averages_the_amount_those_things_head(tmp_path: Path) -> None:
    """"£6.10 per loan": the amount "loans" heads ("loans at £2.1 million") is averaged,
    not the larger total the verb of the average's sentence also names."""
    found = averages(tmp_path, "The trust collected £9.8 million from rents, grants and loans "
                               "in the year. Rents were the largest part, at £5.2 million, "
                               "followed by grants at £2.5 million and loans at £2.1 million. "
                               "Members took out 344,000 loans. The trust collected an average "
                               "of £6.10 per loan.")
    assert found == [{"aggregate": ("£2.1 million",), "count": ("344,000",),
                      "average": ("£6.10",)}]


def test_things_counted_before_each_and_what_each_had_on_average(tmp_path: Path) -> None:
    """"8.2 million residents each received, on average, 41.5 parcels": the residents are
    the count, the parcels the list item's label names the total."""
    found = averages(tmp_path, "- Parcels: 340.3 million, up 4%. The region's 8.2 million "
                               "residents each received, on average, 41.5 parcels in the year.")
    assert found == [{"aggregate": ("340.3 million",), "count": ("8.2 million",),
                      "average": ("41.5",)}]


def test_each_thing_named_in_two_words_used_an_amount_on_average(tmp_path: Path) -> None:
    """"On average each street lamp used 0.5 MWh": the lamps counted before, and the amount
    they used, the one of the average's unit the sentence before states."""
    found = averages(tmp_path, "The council ran 4,300 street lamps at year end. The lamps "
                               "consumed 2,150 MWh in 2024. On average each street lamp used "
                               "0.5 MWh over the year.")
    assert found == [{"aggregate": ("2,150 MWh",), "count": ("4,300",),
                      "average": ("0.5 MWh",)}]


def test_each_thing_named_in_two_words_with_no_average_word_is_a_rule(tmp_path: Path) -> None:
    found = averages(tmp_path, "The council ran 4,300 street lamps at year end. The lamps "
                               "consumed 2,150 MWh in 2024. Each street lamp used 0.5 MWh over "
                               "the year.")
    assert found == []


def test_each_thing_cost_an_average_of_what_the_expenses_total(tmp_path: Path) -> None:
    """"Each meal cost us an average of $3.00": the meals counted and the total expenses."""
    found = averages(tmp_path, "The shelter served 12,000 meals over the winter. Total "
                               "expenses for the winter were $36,000. Each meal cost us an "
                               "average of $3.00.")
    assert found == [{"aggregate": ("$36,000",), "count": ("12,000",), "average": ("$3.00",)}]


def test_that_puts_the_average_at_what_the_sentence_before_the_count_states(
        tmp_path: Path) -> None:
    """The count's sentence states no amount: the amount the sentence before it states is
    what "That puts the average claim at" averages."""
    found = averages(tmp_path, "The mutual fund expects to pay £84 million to members whose "
                               "crops failed in the drought. The drought, which lasted from May "
                               "to August, has so far produced 2,100 claims. That puts the "
                               "average claim at about £40,000.")
    assert found == [{"aggregate": ("£84 million",), "count": ("2,100",),
                      "average": ("about £40,000",)}]


def test_an_average_that_a_difference_compares_is_still_an_average(tmp_path: Path) -> None:
    """"$30 a ticket, $2 more than the $28 paid a year earlier": the $30 ends a difference
    and averages the revenue over the tickets; the venues counted by the way are no count."""
    found = averages(tmp_path, "Ticket sales across the festival's five venues reached 60,000 "
                               "in 2024, up from 52,000. Revenue rose to $1.8 million. That is "
                               "an average of $30 a ticket, $2 more than the $28 paid a year "
                               "earlier.")
    assert found == [{"aggregate": ("$1.8 million",), "count": ("60,000",),
                      "average": ("$30",)}]


def test_places_counted_by_the_way_are_not_what_is_averaged(tmp_path: Path) -> None:
    """"Loans across the county's three libraries reached 412,000": the loans averaged over
    the members are the 412,000, not the three libraries."""
    found = averages(tmp_path, "Loans across the county's three libraries reached 412,000 in "
                               "2024. The libraries had 20,600 members, which works out at an "
                               "average of 20.0 loans per member.")
    assert found == [{"aggregate": ("412,000",), "count": ("20,600",), "average": ("20.0",)}]


def test_an_average_cost_of_one_programme_is_no_average_of_all_spending(tmp_path: Path) -> None:
    """"an average cost of $25,000 per bridge" names a cost, not what each thing cost of the
    whole: the year's total spending is not averaged over the bridges."""
    found = averages(tmp_path, "Total spending this year comes to $5,000,000. We plan to build "
                               "80 bridges, at an average cost of $25,000 per bridge.")
    assert found == []


def test_things_counted_before_each_and_a_verb_are_no_count_per_thing(tmp_path: Path) -> None:
    """"5,200 households each received 18.5 parcels": the households are counted, not 5,200
    of something for each household (no average of 18.5 parcels over them)."""
    found = averages(tmp_path, "The island's 5,200 households received 96,000 parcels in 2024. "
                               "Its 5,200 households each received 18.5 parcels.")
    assert found == []


def test_a_level_below_its_long_run_average_is_no_total_of_it(tmp_path: Path) -> None:
    """"96 mm of snowmelt, 41% of the 20-year average of 234 mm": the season's depth is
    another level of the measure the average is, smaller than it; no total of 20 years."""
    found = averages(tmp_path, "The cause is the weather. From March to May the valley had 96 mm "
                               "of snowmelt, only 41% of the 20-year average of 234 mm, and the "
                               "springs ran dry.")
    assert found == []


def test_an_earlier_price_per_tonne_is_no_total_over_the_tonnes(tmp_path: Path) -> None:
    """A price per tonne up on last season's price: the earlier price is smaller than the
    average and in its unit, so it cannot be what the tonnes bought add up to."""
    found = averages(tmp_path, "Traders bought 41,700 tonnes of coffee in 2024/25, up 4.1%. The "
                               "producer price was KES 61,200 per tonne, an increase of 20.0% on "
                               "the 2023/24 price of KES 51,000.")
    assert found == []


def test_the_things_an_average_names_are_its_total_not_its_count(tmp_path: Path) -> None:
    """"52,800 visits to 19,200 farms, an average of 2.75 visits per holding": the average
    names the first figure's things (visits), so that is the total, the farms the count."""
    found = averages(tmp_path, "Last year the vets made 52,800 visits to 19,200 farms, an average "
                               "of 2.75 visits per holding.")
    assert found == [{"aggregate": ("52,800",), "count": ("19,200",), "average": ("2.75",)}]
