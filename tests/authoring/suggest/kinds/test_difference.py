"""Differences whose ends the words give: "from a mean of 78 minutes to 119 minutes, an
increase of 41 minutes"; "This is £25 more than …" (the sentence before gives "this")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested


def test_a_change_from_an_average_names_its_start(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Response times fell from a median of 14 days to 9 days, a "
                                "reduction of 5 days.")
    assert found == [("DifferenceRelation", {"minuend": ("14 days",), "subtrahend": ("9 days",),
                                             "difference": ("5 days",)}, {})]


def test_this_is_more_than_reads_across_sentences_firmly(tmp_path: Path) -> None:
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest

    source = tmp_path / "t.txt"
    source.write_text("Each pensioner will receive €480 this winter. That is €60 more than "
                      "the €420 paid last winter.", encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    found = [s for s in suggest(tmp_path / "claims", "t") if s.kind == "DifferenceRelation"]
    assert len(found) == 1 and found[0].across


def test_a_comparative_with_its_subject_in_the_sentence_is_not_across(tmp_path: Path) -> None:
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest

    source = tmp_path / "t.txt"
    source.write_text("The new bridge cost €480 million, €60 million more than the €420 "
                      "million budgeted.", encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    found = [s for s in suggest(tmp_path / "claims", "t") if s.kind == "DifferenceRelation"]
    assert len(found) == 1 and not found[0].across


def test_an_extra_amount_between_a_to_and_a_from_is_a_rise(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Season tickets rise to £1,260 from £1,180, an extra £80 for "
                                "each commuter.")
    assert [roles for kind, roles, _ in found if kind == "DifferenceRelation"] == [
        {"minuend": ("£1,260",), "subtrahend": ("£1,180",), "difference": ("£80",)}]


def test_an_extra_amount_without_both_ends_is_no_difference(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The council will hire an extra 40 wardens, at a cost of "
                                "£1.2 million.")
    assert [kind for kind, _, _ in found if kind == "DifferenceRelation"] == []


def test_exceeded_by_with_both_ends_named_in_earlier_sentences(tmp_path: Path) -> None:
    """"Fees exceeded wages by £4,500": the noun before the verb and the one after it name
    the two values the sentence before states; the verb says which is the larger."""
    found = suggested(tmp_path, "The club took in £52,000 in fees and paid out £47,500 in "
                                "wages. Fees exceeded wages by £4,500.")
    assert [roles for kind, roles, _ in found if kind == "DifferenceRelation"] == [
        {"minuend": ("£52,000",), "subtrahend": ("£47,500",), "difference": ("£4,500",)}]


def test_lagged_by_with_both_ends_named_before_puts_the_subject_smaller(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Grants came to $310,000, while donations reached $295,000. "
                                "Donations lagged grants by $15,000.")
    assert [roles for kind, roles, _ in found if kind == "DifferenceRelation"] == [
        {"minuend": ("$310,000",), "subtrahend": ("$295,000",), "difference": ("$15,000",)}]


def test_exceeded_by_a_value_the_words_name_nowhere_is_no_difference(tmp_path: Path) -> None:
    """"exceeded the target": no earlier figure is named a target, so nothing is read."""
    found = suggested(tmp_path, "The club took in £52,000 in fees and paid out £47,500 in "
                                "wages. Fees exceeded the target by £4,500.")
    assert [kind for kind, _, _ in found if kind == "DifferenceRelation"] == []


def test_an_upward_shift_between_a_from_and_a_to(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The snow line moved from 1,850 m to 1,990 m, an upward shift "
                                "of 140 m.")
    assert ("DifferenceRelation", {"minuend": ("1,990 m",), "subtrahend": ("1,850 m",),
                                   "difference": ("140 m",)}, {}) in found


def test_a_gap_between_a_from_and_a_bare_to(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Weekly clinic hours were cut from 46 hours to 39 over the "
                                "winter, a reduction of 7 hours.")
    assert ("DifferenceRelation", {"minuend": ("46 hours",), "subtrahend": ("39",),
                                   "difference": ("7 hours",)}, {}) in found


def test_more_than_a_named_thing_takes_the_figure_so_named(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The museum set a daily target of 8,000 visitors. On 2 August "
                                "9,400 people came, about 1,400 more than the target.")
    assert found == [("DifferenceRelation", {"minuend": ("9,400",), "subtrahend": ("8,000",),
                                             "difference": ("about 1,400",)}, {})]


def test_more_than_a_thing_no_figure_is_named_by_is_nothing(tmp_path: Path) -> None:
    """"the daily average" names no figure here: never the 310 opening days."""
    found = suggested(tmp_path, "The museum took 1.9 million visitors over the year. Over the "
                                "310 opening days it saw about 6,100 visitors a day on average. "
                                "The busiest day was 2 August, when 9,400 people came, about "
                                "3,300 more than the daily average.")
    assert [f for f in found if f[0] == "DifferenceRelation"] == []


def test_a_gap_stated_of_the_move_the_sentence_before_states(tmp_path: Path) -> None:
    """"… fell to 38.4 minutes from 41.9 minutes. That is a reduction of 3.5 minutes": the
    move before, the larger end the one the words say it fell from."""
    found = suggested(tmp_path, "The median ambulance wait fell to 38.4 minutes in June, from "
                                "41.9 minutes a year earlier. That is a reduction of 3.5 "
                                "minutes.")
    assert [f for f in found if f[0] == "DifferenceRelation"] == [
        ("DifferenceRelation", {"minuend": ("41.9 minutes",), "subtrahend": ("38.4 minutes",),
                                "difference": ("3.5 minutes",)}, {})]


def test_a_saving_between_two_prices_its_clause_gives(tmp_path: Path) -> None:
    """"€540, compared with €660 if you pay monthly, a saving of €120": the gap between the
    two prices before it."""
    found = suggested(tmp_path, "An annual pass costs €540, compared with €660 if you pay "
                                "monthly, a saving of €120.")
    assert ("DifferenceRelation", {"minuend": ("€660",), "subtrahend": ("€540",),
                                   "difference": ("€120",)}, {}) in found


def test_savings_with_one_amount_beside_them_are_no_difference(tmp_path: Path) -> None:
    """"cost £2.4 million and delivered savings of £0.6 million": savings against a budget
    or a forecast the words do not give, not against the cost."""
    found = suggested(tmp_path, "Revenue was £5.0m last year. The scheme cost £2.4 million "
                                "and delivered savings of £0.6 million.")
    assert not [f for f in found if f[0] == "DifferenceRelation"]


@pytest.mark.parametrize("text, big, small, gap", [
    # the level before the move, no "to": "will be £240.00, up 6.7% from £225.00"
    ("The annual fee will be £240.00, up 6.7% from £225.00. That is an extra £15.00 a year.",
     "£240.00", "£225.00", "£15.00"),
    ("A season ticket now costs £1,150, up from £1,100. That is an increase of £50, or 4.5%.",
     "£1,150", "£1,100", "£50"),
    # the same gap per week beside it is no level of the move
    ("The annual fee will be £240.00, up 6.7% from £225.00. That is an extra £15.00 a year, "
     "or about 29p a week.", "£240.00", "£225.00", "£15.00"),
])
def test_a_gap_said_of_a_move_from_a_baseline_before(tmp_path: Path, text: str, big: str,
                                                     small: str, gap: str) -> None:
    assert ("DifferenceRelation", {"minuend": (big,), "subtrahend": (small,),
                                   "difference": (gap,)}, {}) in suggested(tmp_path, text)


def test_a_gap_beside_another_level_is_not_the_moves(tmp_path: Path) -> None:
    """Another amount in the sentence ("on top of the £30 joining charge"): which two the
    gap lies between, the words leave open."""
    found = suggested(tmp_path, "The annual fee will be £240.00, up 6.7% from £225.00. That is "
                                "an extra £15.00, on top of the £30 joining charge.")
    assert not [f for f in found if f[0] == "DifferenceRelation"]


def test_an_interval_s_bounds_are_no_ends_of_a_gap(tmp_path: Path) -> None:
    """"a difference of 2.6 kg (95% CI 1.1 to 4.1)": the bounds are the estimate's
    uncertainty, so reading 4.1 - 1.1 as the gap made a false violation; the gap is between
    the two arms' means the sentence gives before it, or none."""
    found = suggested(tmp_path, "Children on the scheme gained 3.0 kg on average, against "
                                "a mean gain of 0.4 kg in the comparison schools, a "
                                "difference of 2.6 kg (95% CI 1.1 to 4.1).")
    diffs = [roles for kind, roles, _ in found if kind == "DifferenceRelation"]
    assert not any(r["minuend"] == ("4.1",) or r["subtrahend"] == ("1.1",) for r in diffs)


@pytest.mark.parametrize("text, whole, part, rest", [
    ("The library spent €3.2 million of its €5.0 million grant on books, leaving €1.8 million "
     "for repairs.", "€5.0 million", "€3.2 million", "€1.8 million"),
    ("The silo held 9,000 tonnes of grain in May; the mills drew 3,400 tonnes over the "
     "summer, leaving just 5,600 tonnes.", "9,000 tonnes", "3,400 tonnes",
     "just 5,600 tonnes"),
    ("The appeal raised $48,000 and paid out $31,500 in grants, which leaves a balance of "
     "$16,500.", "$48,000", "$31,500", "$16,500"),
])
def test_what_is_left_is_a_whole_less_the_part_taken(tmp_path: Path, text: str, whole: str,
                                                    part: str, rest: str) -> None:
    """"of its €5.0 million grant …, leaving €1.8 million": what is left is the whole ("of"
    names it, else the first said) less the part taken."""
    assert ("DifferenceRelation", {"minuend": (whole,), "subtrahend": (part,),
                                   "difference": (rest,)}, {}) in suggested(tmp_path, text)


def test_what_is_left_after_several_parts_is_no_difference_of_two(tmp_path: Path) -> None:
    """Three amounts before the rest: which two it lies between, the words leave open."""
    found = suggested(tmp_path, "Of the £900,000 budget, £400,000 went on staff and £250,000 "
                                "on rent, leaving £250,000 for everything else.")
    assert not [f for f in found if f[0] == "DifferenceRelation"]


def test_less_than_a_year_earlier_takes_no_other_figure_before_it(tmp_path: Path) -> None:
    """"£1,204,000, some £38,000 less than a year earlier": the other end is the same thing
    a year before, which the text does not give here; the amount of the sentence before
    (another thing) is no end of the gap."""
    found = suggested(tmp_path, "Cruise calls paid £512,000 in dues. Cargo dues came to "
                                "£1,204,000, some £38,000 less than a year earlier.")
    assert not [f for f in found if f[0] == "DifferenceRelation"]


def test_a_goal_cleared_with_an_amount_to_spare(tmp_path: Path) -> None:
    """"raised $48,900 and beat its $40,000 target with $8,900 to spare": the level less the
    mark a goal word names is the amount to spare."""
    found = suggested(tmp_path, "The appeal raised $48,900 and beat its $40,000 target with "
                                "$8,900 to spare.")
    assert [roles for kind, roles, _ in found if kind == "DifferenceRelation"] == [
        {"minuend": ("$48,900",), "subtrahend": ("$40,000",), "difference": ("$8,900",)}]


def test_to_spare_with_no_mark_named_is_no_difference(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The appeal raised $48,900 and $12,000 in gifts, and got there "
                                "with $8,900 to spare.")
    assert [kind for kind, _, _ in found if kind == "DifferenceRelation"] == []


def test_a_pair_from_a_to_b_then_fewer_than_a_year_earlier(tmp_path: Path) -> None:
    """"dropped from 340 to 298 - 42 fewer than a year earlier": the "than" names a time,
    the baseline the "from" value already is."""
    found = suggested(tmp_path, "The number of complaints dropped from 340 to 298 - 42 fewer "
                                "than a year earlier.")
    assert [roles for kind, roles, _ in found if kind == "DifferenceRelation"] == [
        {"minuend": ("340",), "subtrahend": ("298",), "difference": ("42",)}]


def test_a_pair_from_a_to_b_then_more_than_expected_is_no_difference(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Bookings rose from 1,050 to 1,210, 40 more than expected.")
    assert [kind for kind, _, _ in found if kind == "DifferenceRelation"] == []


def test_a_span_quicker_than_its_baseline_is_the_smaller(tmp_path: Path) -> None:
    """"fell to 2.4 hours from 2.9 hours, half an hour quicker": "quicker" of a span of time
    says the level is the smaller of the two."""
    found = suggested(tmp_path, "Average turnaround fell to 2.4 hours from 2.9 hours, half an "
                                "hour quicker, the airport said.")
    assert [roles for kind, roles, _ in found if kind == "DifferenceRelation"] == [
        {"minuend": ("2.9 hours",), "subtrahend": ("2.4 hours",),
         "difference": ("half an hour",)}]


def test_a_verb_its_object_then_by_an_amount_between_a_from_and_a_to(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The trust trimmed its waiting list by 1,350 patients, from "
                                "8,420 patients in May to 7,070 patients in August.")
    assert ("DifferenceRelation", {"minuend": ("8,420",), "subtrahend": ("7,070",),
                                   "difference": ("1,350",)}, {}) in found


def test_a_change_by_an_amount_runs_from_the_level_against_names(tmp_path: Path) -> None:
    """'4,860 members, against 4,200 a year before, an increase of 660': 'against' sets the
    earlier level beside the later as 'from' does; the increase runs from it to the level
    before it."""
    found = suggested(tmp_path, "The club ended the season with 4,860 members, against 4,200 "
                                "a year before, an increase of 660.")
    assert ("DifferenceRelation", {"minuend": ("4,860",), "subtrahend": ("4,200",),
                                   "difference": ("660",)}, {}) in found


def _differences(found: list[tuple]) -> list[dict]:
    return [roles for kind, roles, _ in found if kind == "DifferenceRelation"]


def test_a_participle_beating_a_target_by_an_amount_is_a_difference(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The appeal raised £52,100, beating its target of £48,000 by "
                                "£4,100.")
    assert _differences(found) == [{"minuend": ("£52,100",), "subtrahend": ("£48,000",),
                                    "difference": ("£4,100",)}]


def test_a_verb_by_restates_an_earlier_verb_of_the_same_way(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Sales were 410 units, behind the plan of 450 units, so the "
                                "shop trailed by 40 units.")
    assert _differences(found) == [{"minuend": ("450",), "subtrahend": ("410",),
                                    "difference": ("40",)}]


def test_an_addition_since_a_level_compared_with_a_year_earlier(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    found = suggested(tmp_path / "a", "Capacity stood at 840 MW at the end of June, compared "
                                      "with 710 MW a year earlier - an addition of 130 MW.")
    assert _differences(found) == [{"minuend": ("840 MW",), "subtrahend": ("710 MW",),
                                    "difference": ("130 MW",)}]
    # another place's level "compared with" is no start of the change
    found = suggested(tmp_path / "b", "Unemployment in the city rose by 1,200 to 14,500, "
                                      "compared with 9,800 in the county.")
    assert _differences(found) == []


def test_an_increase_on_last_years_level_starts_from_it(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The annual bill will be $2,410, an increase of $74 on last "
                                "year's $2,336.")
    assert _differences(found) == [{"minuend": ("$2,410",), "subtrahend": ("$2,336",),
                                    "difference": ("$74",)}]


def test_beating_the_target_by_an_amount_takes_the_target_said_before(tmp_path: Path) -> None:
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest

    source = tmp_path / "t.txt"
    source.write_text("We set ourselves a target of £300,000 for the appeal. By January you "
                      "had given £341,500, beating the target by £41,500.", encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    found = [s for s in suggest(tmp_path / "claims", "t") if s.kind == "DifferenceRelation"]
    assert len(found) == 1 and found[0].across
    (tmp_path / "again").mkdir()
    assert suggested(tmp_path / "again", "We set ourselves a target of £300,000 for the "
                     "appeal. By January you had given £341,500, beating the target by "
                     "£41,500.") == [("DifferenceRelation", {"minuend": ("£341,500",),
                                                             "subtrahend": ("£300,000",),
                                                             "difference": ("£41,500",)}, {})]


def test_a_subtraction_written_out_with_minus_is_a_difference(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Her taxable pay is what remains after the allowance: £27,000 "
                                "minus £12,500, or £14,500.")
    assert _differences(found) == [{"minuend": ("£27,000",), "subtrahend": ("£12,500",),
                                    "difference": ("£14,500",)}]


def test_faster_by_a_span_of_time_is_the_shorter_span(tmp_path: Path) -> None:
    """'fell to 31 days from 40, or 9 days faster': the later, shorter wait is the smaller."""
    found = suggested(tmp_path, "The average wait for a repair fell to 31 days from 40, or "
                                "9 days faster.")
    assert [roles for kind, roles, _ in found if kind == "DifferenceRelation"] == [
        {"minuend": ("40",), "subtrahend": ("31 days",), "difference": ("9 days",)}]


def test_a_gap_short_of_a_mark_runs_from_the_level_to_the_mark(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The orchard sold 7,300 kg of apples, 700 kg short of its "
                                "8,000 kg target.")
    assert [f for f in found if f[0] == "DifferenceRelation"] == [
        ("DifferenceRelation", {"minuend": ("8,000 kg",), "subtrahend": ("7,300 kg",),
                                "difference": ("700 kg",)}, {})]
