"""Orderings the words state without a "than": a range ("between … and …", "… to …"), an
estimate and the interval around it, a ranked list ("the largest …, followed by …"); never
a band that names a group, a scale, a change from one value to another, or a ranking whose
own figure the words leave unclear."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested


def comparisons(tmp_path: Path, text: str) -> list[tuple[tuple, tuple]]:
    return [(roles["greater"], roles["lesser"]) for kind, roles, _ in suggested(tmp_path, text)
            if kind == "ComparisonRelation"]


READ = {
    "a forecast range": (
        "The ministry now expects the harvest to reach 3.1 million tonnes to 3.4 million tonnes.",
        [(("3.4 million tonnes",), ("3.1 million tonnes",))]),
    "between … and …": (
        "Economists put the cost of the strike at between €40 million and €55 million.",
        [(("€55 million",), ("€40 million",))]),
    "a range of percents": (
        "Turnout is forecast at 61 percent to 64 percent in the northern districts.",
        [(("64 percent",), ("61 percent",))]),
    "an estimate and its confidence interval": (
        "Screening cut mortality (risk ratio 0.82; 95 percent confidence interval 0.71 to "
        "0.94).",
        [(("0.82",), ("0.71",)), (("0.94",), ("0.82",))]),
    "an estimate and its CI in brackets": (
        "The adjusted hazard ratio was 1.27 (95% CI 1.05 to 1.53) for smokers.",
        [(("1.27",), ("1.05",)), (("1.53",), ("1.27",))]),
    "the largest, followed by": (
        "Dairy was the biggest export at £24.1 billion, ahead of meat, followed by timber at "
        "£6.2 billion and fruit at £3.9 billion.",
        [(("£24.1 billion",), ("£6.2 billion",))]),
    "the smallest, followed by": (
        "Rye was the smallest crop at 1.2 million tonnes, followed by oats with 2.6 million "
        "tonnes.",
        [(("2.6 million tonnes",), ("1.2 million tonnes",))]),
}


@pytest.mark.parametrize("name", READ)
def test_orderings_the_words_state(tmp_path: Path, name: str) -> None:
    text, expected = READ[name]
    assert comparisons(tmp_path, text) == expected


NOT_READ = {
    "a change from one value to another (no change stated)":
        "Average waiting times went from 14.5 weeks to 18.2 weeks.",
    "a change with its amount in another unit": "Output rose 4 percent to 1.3 million tonnes.",
    "an age band": "The survey covered 2,000 children aged 11 years to 15 years.",
    "a scale from zero": "Patients rated their pain on a scale of 0 percent to 100 percent.",
    "bare numbers naming a band": "Households with 3 to 5 members were interviewed twice.",
    "a hyphenated band": "Adults in the 25-to-34 bracket spent $1,200 on average.",
    "a ranking whose first figure is unclear (two in its unit)":
        "The largest donors gave $3.1 million and $2.9 million, followed by churches at $1.4 "
        "million.",
    "a comparative a percent measures (a change, not the nearest figure's order)":
        "The fair drew 5,600 exhibitors from 41 regions, 12% more than the 5,000 of 2023.",
    "a comparative a factor measures":
        "Members cast 9,300 votes in 17 wards, three times more than the 3,100 cast before.",
}


@pytest.mark.parametrize("name", NOT_READ)
def test_no_ordering_the_words_do_not_state(tmp_path: Path, name: str) -> None:
    assert comparisons(tmp_path, NOT_READ[name]) == []


def test_the_total_beat_takes_the_sentence_before_s_subject_firmly(tmp_path: Path) -> None:
    """"The figure topped …": the sentence before's subject (not its baseline), read firmly
    because the words name it."""
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest
    from kg.corpus import read_document
    from kg.namespaces import CG

    source = tmp_path / "t.txt"
    source.write_text("The festival sold 182,000 tickets this summer, up 6 percent from "
                      "171,700 last year. The figure topped the old high of 179,500.",
                      encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    quote = {str(s).rsplit("/", 1)[-1]: str(o) for s, o in
             read_document(tmp_path / "claims" / "t").graph.subject_objects(CG.quote)}
    found = [(quote[dict(s.roles)["greater"][0]], quote[dict(s.roles)["lesser"][0]], s.across)
             for s in suggest(tmp_path / "claims", "t") if s.kind == "ComparisonRelation"]
    assert found == [("182,000", "179,500", True)]


@pytest.mark.parametrize("text, expected", [
    ("Rail carried 4.2 million passengers, well ahead of buses (3.1 million).",
     [(("4.2 million",), ("3.1 million",))]),
    ("Tea sales came to £3.1 million, just ahead of coffee (£2.7 million) in the year.",
     [(("£3.1 million",), ("£2.7 million",))]),
    # a bracketed figure is an aside on its own noun, never the subject of a later "ahead"
    ("The north sold 820 cars, with the south (910) and well ahead of the west (640).",
     [(("820",), ("640",))]),
])
def test_ahead_of_a_side_whose_figure_is_in_brackets(tmp_path: Path, text: str,
                                                     expected: list) -> None:
    assert comparisons(tmp_path, text) == expected


def test_a_figure_after_by_is_the_gap_not_the_other_side(tmp_path: Path) -> None:
    """"Income exceeded spending by £250,000": £250,000 is how far apart, not spending."""
    assert comparisons(tmp_path, "The trust raised £2.40 million and spent £2.15 million. "
                                 "Income exceeded spending by £250,000.") == []


WORDED = {
    "short of a target, with the gap": (
        "Recycling reached 47.5% of household waste, short of the county's goal of 52% by 4.5 "
        "percentage points.",
        (("52%",), ("47.5%",))),
    "inside a bound": (
        "Borrowing costs eased to 3.1% of income from 3.6%, a cut of 0.5 points, safely "
        "within the council's 4% ceiling.",
        (("4%",), ("3.1%",))),
    "above a bound": (
        "Annual inflation ran at 4.6% in May, well above the central bank's 2% target.",
        (("4.6%",), ("2%",))),
    "a verb, a colon and the two figures": (
        "Evening shows outsold matinees: the late slot sold 3,460 seats against 2,190 for the "
        "afternoon.",
        (("3,460",), ("2,190",))),
    "crossed a mark, the level said before": (
        "The typical flat now sells for €241,300, up 5.1% on a year earlier. It is the first "
        "time the city's average has crossed the €240,000 mark.",
        (("€241,300",), ("€240,000",))),
    "a wait that shortened": (
        "The median stay shortened to 4.2 nights, compared with 4.6 nights a year before.",
        (("4.6",), ("4.2",))),
    "a journey that lengthened": (
        "Journey times lengthened to 52 minutes, against 47 minutes in 2023.",
        (("52 minutes",), ("47 minutes",))),
    "trailed, then a clause on the other": (
        "Cheese exports climbed 4.1% but trailed butter, whose shipments grew 6.2%.",
        (("6.2%",), ("4.1%",))),
    "inside a bound named before its figure": (
        "Borrowing closed the year at €2.1 million, comfortably inside the board's limit of "
        "€2.5 million.",
        (("€2.5 million",), ("€2.1 million",))),
    "below a bound named before its figure, an owner's apostrophe alone": (
        "Vacancies stood at 2.1% in June, below the regulators' ceiling of 3%.",
        (("3%",), ("2.1%",))),
    "each side's figure in brackets, the larger first": (
        "Turnout was higher in rural wards (64.2%) than in the city centre (51.7%).",
        (("64.2%",), ("51.7%",))),
    "each side's figure in brackets, a band of ages naming a side": (
        "The gain was larger for pupils aged 5-7 (6.2 percentage points) than for those aged "
        "8-11 (3.9 percentage points).",
        (("6.2 percentage points",), ("3.9 percentage points",))),
    "each side's figure in brackets, a count naming a side": (
        "Uptake was lower among the 1,200 men invited (41%) than among the 1,350 women (48%).",
        (("48%",), ("41%",))),
    "each side's figure in brackets, the smaller first": (
        "Waiting times were shorter for day cases (3.1 weeks) than for inpatients (5.8 weeks).",
        (("5.8 weeks",), ("3.1 weeks",))),
}


@pytest.mark.parametrize("name", WORDED)
def test_a_comparison_the_words_state(tmp_path: Path, name: str) -> None:
    text, expected = WORDED[name]
    assert comparisons(tmp_path, text) == [expected]


def test_a_baseline_of_another_clause_is_not_compared(tmp_path: Path) -> None:
    """"…, at $52,300; fuel costs then drop from $8,100 to $6,900": the $8,100 starts its
    own change and is no side of the $52,300's comparison."""
    found = comparisons(tmp_path, "The first season is the dearest, at $52,300; fuel costs "
                                  "then drop from $8,100 in 2026 to $6,900 in 2028.")
    assert (("$52,300",), ("$8,100",)) not in found and (("$8,100",), ("$52,300",)) not in found


def test_more_than_a_named_amount_of_an_earlier_sentence(tmp_path: Path) -> None:
    found = comparisons(tmp_path, "The festival set a spending plan of £2.6 million for the "
                                  "summer. Ticket income came to £2.9 million, comfortably "
                                  "more than the plan.")
    assert found == [(("£2.9 million",), ("£2.6 million",))]


def test_more_than_a_noun_no_earlier_figure_names_is_nothing(tmp_path: Path) -> None:
    found = comparisons(tmp_path, "The festival set a spending plan of £2.6 million for the "
                                  "summer. Ticket income came to £2.9 million, more than the "
                                  "organisers hoped.")
    assert found == []


def test_a_figure_of_a_clause_opened_by_because_is_no_side(tmp_path: Path) -> None:
    """"more than one" counts kinds of help: it is not compared with the 12,000 people."""
    found = comparisons(tmp_path, "Because many families receive more than one kind of "
                                  "support, the numbers reached by each scheme add up to more "
                                  "than the total of 12,000 people.")
    assert found == []


def test_a_bound_with_no_subject_said_takes_none_from_before(tmp_path: Path) -> None:
    """"Under the 40% target, councils must …": no figure is said to be under it (never the
    43% of the sentence before)."""
    found = comparisons(tmp_path, "Councils recycled 43% of waste in 2023. Under the 40% "
                                  "target set in 2019, councils must now reach 45% by 2025.")
    assert found == []


def test_a_baseline_is_no_side_of_another_comparison(tmp_path: Path) -> None:
    """"That is up from 49.7% …, and is higher than the citywide 52.0%": the turnout now is
    higher, not the earlier 49.7% it rose from."""
    found = comparisons(tmp_path, "Turnout in the ward reached 58.2% this year. That is up from "
                                  "49.7% in 2021, a rise of 8.5 percentage points, and is higher "
                                  "than the citywide turnout of 52.0%.")
    assert (("49.7%",), ("52.0%",)) not in found


FASTER = {
    "grew faster at, after another subject's change in the clause before": (
        "Seat capacity grew 9.1%, while passenger numbers grew faster at 11.4%.",
        [(("11.4%",), ("9.1%",))]),
    "rose faster, by: against the one change the sentence before states": (
        "Wages rose 4.1% over the year. Rents rose faster, by 6.6%, to an average of £1,210.",
        [(("6.6%",), ("4.1%",))]),
    "more slowly: the change before is the greater": (
        "Sales rose 5% to $2 million. Costs grew more slowly, up 3.1%.",
        [(("5%",), ("3.1%",))]),
}


@pytest.mark.parametrize("name", FASTER)
def test_a_change_said_to_go_faster_or_slower_than_the_one_before(tmp_path: Path,
                                                                  name: str) -> None:
    text, expected = FASTER[name]
    assert comparisons(tmp_path, text) == expected


def test_faster_after_two_changes_of_the_kind_is_left(tmp_path: Path) -> None:
    """"rose 3.0% and 2.1%. Rents rose faster": which of the two is meant is a guess."""
    assert comparisons(tmp_path, "Food prices rose 3.0% and 2.1% in the two halves. Rents "
                                 "rose faster, by 6.6%.") == []


def test_a_bound_named_before_its_figure_with_no_subject_is_nothing(tmp_path: Path) -> None:
    """"Under the board's minimum of €2.5 million, the fund must borrow": nothing is said to
    be under it."""
    found = comparisons(tmp_path, "Reserves were €3.1 million in 2024. Under the board's "
                                  "minimum of €2.5 million, the fund must borrow.")
    assert found == []


def test_bracketed_figures_with_the_comparative_between_are_not_compared(
        tmp_path: Path) -> None:
    """"Sales (£3.1m) grew faster than costs (£2.9m)": the comparative is of the growth, set
    between the two sides, so the words do not order the two figures."""
    found = comparisons(tmp_path, "Sales (£3.1m) grew faster than costs (£2.9m) this year.")
    assert (("£3.1m",), ("£2.9m",)) not in found


@pytest.mark.parametrize("text, greater, lesser", [
    ("Net debt now stands at 1.4 times earnings, comfortably inside the lenders' ceiling of "
     "3.0 times.", "3.0 times", "1.4 times"),
    ("Leverage was 2.6 times, above the 2.5 times limit set by the bank.", "2.6 times",
     "2.5 times"),
])
def test_a_multiple_within_or_beyond_a_bound(tmp_path: Path, text: str, greater: str,
                                             lesser: str) -> None:
    """A multiple kept inside (or taken past) a bound in times is compared with it as an
    amount is."""
    assert ("ComparisonRelation", {"greater": (greater,), "lesser": (lesser,)},
            {}) in suggested(tmp_path, text)


@pytest.mark.parametrize("text", [
    "Unemployment fell to 4.1 per cent in May, from 4.6 per cent in April - a drop of half a "
    "percentage point.",
    "Some 51,300 people came to the fair, up by a quarter on the 41,000 who came last year.",
])
def test_no_ordering_beside_the_change_the_words_state(tmp_path: Path, text: str) -> None:
    """Where the words give a change from one figure to the other and also its size ("a
    drop of half a point", "up by a quarter on"), that change is the relation stated: no
    comparison of its two ends is drafted beside it."""
    assert comparisons(tmp_path, text) == []


def test_the_gap_of_two_things_compared_leaves_their_comparison(tmp_path: Path) -> None:
    """"6.2%, ahead of its benchmark of 5.8%, so it outperformed by 0.4 points": two things
    set against each other, the gap stated too; the ordering is said, not a change's ends."""
    assert comparisons(tmp_path, "The fund returned 6.2%, ahead of its benchmark of 5.8%, so "
                                 "it outperformed by 0.4 percentage points.") == [
        (("6.2%",), ("5.8%",))]


def test_no_ordering_of_a_band_whose_width_is_named(tmp_path: Path) -> None:
    """"the £20,000 between £5,000 and £25,000": the band's width is stated, its ends are
    not a range stated as an ordering."""
    assert comparisons(tmp_path, "A saver pays 10% on the £20,000 between £5,000 and "
                                 "£25,000 of interest.") == []


@pytest.mark.parametrize("text, greater, lesser", [
    ("Sales reached £200m, up from £150m, while costs rose by 5%.", "£200m", "£150m"),
    ("Sales rose 5% to £200m, ahead of the £150m target.", "£200m", "£150m"),
])
def test_a_change_of_another_clause_leaves_the_ordering(tmp_path: Path, text: str,
                                                       greater: str, lesser: str) -> None:
    """A change figure in another subject's clause, or before both sides, measures something
    else: the ordering of the two stands."""
    assert comparisons(tmp_path, text) == [((greater,), (lesser,))]


def test_an_interval_in_points_brackets_its_estimate(tmp_path: Path) -> None:
    """"a gap of 4.2 percentage points (95% CI 1.9 to 6.5)": the interval's bare ends are in
    its estimate's points, and the two ends bracket it."""
    text = ("Uptake reached 58.3% with the letter and 54.1% without, a gap of 4.2 percentage "
            "points (95% CI 1.9 to 6.5).")
    assert comparisons(tmp_path, text) == [(("4.2 percentage points",), ("1.9",)),
                                           (("6.5",), ("4.2 percentage points",))]


def test_a_verb_against_every_other_takes_no_subject_from_before(tmp_path: Path) -> None:
    """"Harbour Road trails every other depot at 48%": the figure is the subject's own,
    set against the other rows (a table's reading), never the other side of a figure the
    sentence before gives."""
    text = ("Most depots met the standard, Eastgate with 93% of buses on time. Harbour Road "
            "trails every other depot at 48%.")
    assert comparisons(tmp_path, text) == []


def test_that_is_higher_than_sets_the_figure_before_against_the_one_after(
        tmp_path: Path) -> None:
    """"… 71.4% of them. That is up from 69.0% …, and is higher than the regional rate of
    70.2%": "that" is the one percent the sentence before gave; the baseline of "up from"
    is no side of it."""
    text = ("Of 1,204 graduates, 860 found work within six months, 71.4% of them. That is up "
            "from 69.0% a year ago and is higher than the regional rate of 70.2%.")
    found = comparisons(tmp_path, text)
    assert (("71.4%",), ("70.2%",)) in found and (("71.4%",), ("69.0%",)) not in found
    # two percents in the sentence before: which one "that" is, the words do not say
    two = ("Uptake was 64.0% in the north and 58.5% in the south. That is higher than the "
           "national rate of 57.9%.")
    (tmp_path / "two").mkdir()
    assert comparisons(tmp_path / "two", two) == []


def test_a_range_s_ends_bracket_the_midpoint_the_next_sentence_names(tmp_path: Path) -> None:
    """"between £40m and £46m. At the midpoint, £43m, …": the ends are checked against the
    midpoint, not only against each other."""
    text = ("The directors expect operating profit of between £40m and £46m. At the midpoint, "
            "£43m, profit would be 7.0% above last year's £40.2m.")
    found = comparisons(tmp_path, text)
    assert (("£43m",), ("£40m",)) in found and (("£46m",), ("£43m",)) in found
    assert (("£46m",), ("£40m",)) not in found


MEASURED = {
    "a bare count before fewer than": (
        "The pools were open for a combined 6,240 hours, 410 fewer than the 6,650 hours "
        "logged a year before."),
    "points before short of a goal": (
        "Uptake reached 71.2% in the spring, 3.8 percentage points short of the 75% goal."),
    "points before ahead of a standard": (
        "The bus fleet ran 96.1% of its trips on time, 1.1 points ahead of the 95% standard."),
}


@pytest.mark.parametrize("name", MEASURED)
def test_a_gap_that_measures_the_comparative_leaves_no_bare_ordering(tmp_path: Path,
                                                                     name: str) -> None:
    """The gap right before the words that order two values states their difference (its
    own relation): a bare comparison of the two would be a second, weaker claim."""
    assert comparisons(tmp_path, MEASURED[name]) == []


def test_a_bound_with_no_gap_before_it_is_still_an_ordering(tmp_path: Path) -> None:
    assert comparisons(tmp_path, "Sales hit 4,100 units in May, below the 4,700 target.") == [
        (("4,700",), ("4,100",))]


@pytest.mark.parametrize("text, expected", [
    ("Of the ferries it runs, 9 of the 12 vessels now burn biodiesel, up from 5 last year.",
     [(("9",), ("5",))]),
    ("Solar panels cover 17 of its 40 schools, up from 11 in 2023.",
     [(("17",), ("11",))]),
])
def test_the_whole_a_count_is_out_of_is_no_side_of_its_rise(tmp_path: Path, text: str,
                                                             expected: list) -> None:
    """"9 of the 12 vessels …, up from 5": what rose from 5 is the 9; the 12 names the set
    the 9 are counted out of."""
    assert comparisons(tmp_path, text) == expected



@pytest.mark.parametrize("text, greater, lesser", [
    ("Each household used 151 litres a day, above the regulator's 2035 ambition of 120 "
     "litres, and 31 litres more than it.", "151 litres", "120 litres"),
    ("Class sizes averaged 31 pupils, above the national average of 27 pupils and 4 pupils "
     "more than it.", "31", "27"),
    ("Leverage was 2.1 times, inside the group's objective of 2.5 times.", "2.5 times",
     "2.1 times"),
])
def test_a_reference_level_bounds_a_value_like_a_target(tmp_path: Path, text: str,
                                                        greater: str, lesser: str) -> None:
    """"above the 2035 ambition of 120 litres", "inside the group's objective of 2.5 times":
    a reference level the words set a value above or below orders the two as a target does,
    a comparison the words state even where the gap between them is given too."""
    assert comparisons(tmp_path, text) == [((greater,), (lesser,))]


@pytest.mark.parametrize("text", [
    "Higher rate: income between £52,000 and £130,000 is taxed at 40%.",
    "Households earning between $30,000 and $45,000 receive the full credit.",
])
def test_a_band_of_incomes_names_who_and_compares_nothing(tmp_path: Path, text: str) -> None:
    """"income between £52,000 and £130,000 is taxed at 40%": the range sorts who pays, it
    states no two values of one quantity."""
    assert comparisons(tmp_path, text) == []


def test_income_of_between_two_amounts_is_a_range(tmp_path: Path) -> None:
    assert comparisons(tmp_path, "The firm expects income of between £4 million and £5 "
                                 "million.") == [(("£5 million",), ("£4 million",))]
