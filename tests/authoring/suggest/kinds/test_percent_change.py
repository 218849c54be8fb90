"""A change in percent of a rate, stated after the rate and the one it rose "from": the
words say percent, so a percent change is read (points written as percent is the slip the
check then finds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested


def test_a_percent_change_after_a_rate_and_its_from(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Turnout was 64 percent, down from 71 percent in 2019, a fall "
                                "of 9.9 percent.")
    assert ("PercentChangeRelation", {"initial": ("71 percent",), "final": ("64 percent",),
                                      "change": ("9.9 percent",)},
            {"direction": "Decrease"}) in found
    assert not [f for f in found if f[0] == "ComparisonRelation"]


def test_two_rates_from_leave_the_change_unread(tmp_path: Path) -> None:
    """Two rates "from": the words leave which one the change is of."""
    found = suggested(tmp_path, "Turnout was 64 percent, down from 71 percent, and support 38 "
                                "percent, up from 35 percent, a rise of 8.6 percent.")
    assert not [f for f in found if f[0] == "PercentChangeRelation"]


def test_the_rate_a_change_ends_at_is_still_a_share_of_its_whole(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The city's transit made 108.7 million trips in 2024. Buses "
                                "carried 41.3 million trips, or 38 percent of all trips, up "
                                "from 35 percent in 2023, a rise of 8.6 percent.")
    kinds = {f[0]: f[1] for f in found}
    assert kinds["PercentChangeRelation"] == {"initial": ("35 percent",),
                                              "final": ("38 percent",),
                                              "change": ("8.6 percent",)}
    assert kinds["ShareRelation"] == {"portion": ("41.3 million",), "whole": ("108.7 million",),
                                      "share": ("38 percent",)}


def test_a_transitive_rise_with_its_object_before_by(tmp_path: Path) -> None:
    found = suggested(tmp_path, "In May the transit authority raised single bus fares by 12 "
                                "percent, from $2.50 to $2.80.")
    assert found == [("PercentChangeRelation", {"initial": ("$2.50",), "final": ("$2.80",),
                                                "change": ("12 percent",)},
                      {"direction": "Increase"})]


def test_by_after_a_cause_is_no_size_of_a_change(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Hotel revenue rose in March, driven by 5 percent inflation, "
                                "from $8.1 million to $8.9 million.")
    assert not [f for f in found if f[1].get("change") == ("5 percent",)]


def test_a_period_phrase_between_a_change_and_its_from(tmp_path: Path) -> None:
    """"between 2019 and 2023" says when; it does not part the change from its "from"."""
    found = suggested(tmp_path, "Vaccination coverage climbed by 6 percent between the 2019/20 "
                                "and 2022/23 seasons, from 71.5 percent to 76.0 percent.")
    assert ("PercentChangeRelation", {"initial": ("71.5 percent",), "final": ("76.0 percent",),
                                      "change": ("6 percent",)},
            {"direction": "Increase"}) in found


def test_words_that_name_no_year_still_part_a_change_from_a_far_from(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Coverage climbed by 6 percent among the oldest residents of "
                                "the coastal districts, from 71.5 percent to 76.0 percent.")
    assert not [f for f in found if f[0] == "PercentChangeRelation"]


def _changes(tmp_path: Path, text: str) -> list:
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest

    source = tmp_path / "t.txt"
    source.write_text(text + "\n", encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    return [s for s in suggest(tmp_path / "claims", "t") if s.kind == "PercentChangeRelation"]


@pytest.mark.parametrize("text", [
    "The mill's presses turned out 8,400 tonnes of oil last season. Production slipped 4% "
    "from the 8,750 tonnes of the season before.",
    "The yard launched 46 hulls in 2023. Output rose 15% from the 40 hulls of 2022.",
])
def test_output_from_a_baseline_counted_alike_reaches_the_sentence_before(
        tmp_path: Path, text: str) -> None:
    """The subject is the whole the sentence before counted, in the baseline's own noun or
    unit: the change is checked against it."""
    [change] = _changes(tmp_path, text)
    assert change.across


@pytest.mark.parametrize("text", [
    # another subject: exports are not the oil the presses turned out
    "The mill's presses turned out 8,400 tonnes of oil last season. Exports slipped 4% "
    "from the 8,750 tonnes of the season before.",
    # another noun: boats are not hulls
    "The yard launched 46 hulls in 2023. Output rose 15% from the 40 boats of 2022.",
])
def test_a_baseline_the_words_do_not_tie_stays_a_suggestion(tmp_path: Path, text: str) -> None:
    assert not [c for c in _changes(tmp_path, text) if c.across]


def test_a_change_joined_by_and_shares_the_level_before_the_first(tmp_path: Path) -> None:
    """"… 6.4%, up 0.2 points on March and 1.1 points above its 2021 level of 5.3%": the second
    change has no subject of its own; its level is the one the first change is of."""
    found = suggested(tmp_path, "The vacancy rate reached 6.4% in April, up 0.2 points on March "
                                "and 1.1 points above its 2021 level of 5.3%.")
    assert ("PercentagePointChangeRelation", {"initial": ("5.3%",), "final": ("6.4%",),
                                              "change": ("1.1",)},
            {"direction": "Increase"}) in found


def test_a_baseline_between_two_joined_changes_is_the_first_s(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The vacancy rate reached 6.4% in April, up 0.2 points from "
                                "6.2% and 1.1 points above its 2021 level of 5.3%.")
    assert not [f for f in found if f[1].get("change") == ("1.1",)
                and f[1].get("final") != ("6.4%",)]


BASELINES_NAMED = {
    "over the current year's": (
        "The council approved a $2.10 billion capital plan for fiscal 2026, a 5.0% increase "
        "over the current year's $2.00 billion.",
        ("PercentChangeRelation", {"initial": ("$2.00 billion",), "final": ("$2.10 billion",),
                                   "change": ("5.0%",)})),
    "on the prior-year period's": (
        "The margin was 9.5%, up 0.7 percentage points on the prior-year period's 8.8%.",
        ("PercentagePointChangeRelation", {"initial": ("8.8%",), "final": ("9.5%",),
                                           "change": ("0.7 percentage points",)})),
}


@pytest.mark.parametrize("name", BASELINES_NAMED)
def test_a_baseline_named_by_a_hyphenated_or_current_period(tmp_path: Path, name: str) -> None:
    text, (kind, roles) = BASELINES_NAMED[name]
    assert roles in [r for k, r, _ in suggested(tmp_path, text) if k == kind]


def test_a_change_stated_of_the_move_the_sentence_before_states(tmp_path: Path) -> None:
    """"… climbed from 2,140 to 2,650. That was a rise of 510 members, or 23.8%": the change
    and the gap are of the move before; the change orders the two, so no comparison is
    read beside it."""
    found = suggested(tmp_path, "Membership of the choir climbed from 2,140 to 2,650 in 2024. "
                                "That was a rise of 510 members, or 23.8%.")
    assert sorted(found) == [
        ("DifferenceRelation", {"minuend": ("2,650",), "subtrahend": ("2,140",),
                                "difference": ("510",)}, {}),
        ("PercentChangeRelation", {"initial": ("2,140",), "final": ("2,650",),
                                   "change": ("23.8%",)}, {"direction": "Increase"})]


def test_this_represents_a_fall_of_the_move_before(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Landfill tonnage dropped to 61,300 tonnes from 70,500 tonnes. "
                                "This represents a decline of 13.0%.")
    assert found == [("PercentChangeRelation", {"initial": ("70,500 tonnes",),
                                                "final": ("61,300 tonnes",),
                                                "change": ("13.0%",)},
                      {"direction": "Decrease"})]


def test_a_change_of_a_sentence_with_two_moves_before_is_left(tmp_path: Path) -> None:
    """Two moves before "That is a rise of 6.0%": which is meant the words do not say."""
    found = suggested(tmp_path, "Rail trips rose from 50 million to 53 million, and bus trips "
                                "from 80 million to 84 million. That is a rise of 6.0%.")
    assert not [f for f in found if f[0] == "PercentChangeRelation"]


@pytest.mark.parametrize("text, kind, ends", [
    ("Occupancy reached 81.2% in May, 2.4 points higher than a year earlier (78.8%).",
     "PercentagePointChangeRelation", ("78.8%", "81.2%")),
    ("Occupancy reached 81.2% in May, 2.4 points higher than in May 2023 (78.8%).",
     "PercentagePointChangeRelation", ("78.8%", "81.2%")),
    ("Exports rose 6.1% to €4.35 billion compared with the first half of 2024 (€4.10 "
     "billion).", "PercentChangeRelation", ("€4.10 billion", "€4.35 billion")),
])
def test_a_baseline_in_brackets_after_the_period_compared(tmp_path: Path, text: str, kind: str,
                                                          ends: tuple[str, str]) -> None:
    """"than in May 2023 (78.8%)": the bracketed figure is the value of the period named."""
    found = [f[1] for f in suggested(tmp_path, text) if f[0] == kind]
    assert [(f["initial"], f["final"]) for f in found] == [((ends[0],), (ends[1],))]


def test_a_bracket_after_than_and_a_noun_is_no_period_s_baseline(tmp_path: Path) -> None:
    """"than the clubs in the north (61.0%)" names another group, not the period before: no
    change is read from it."""
    found = suggested(tmp_path, "Membership grew 2.1 points faster than the clubs in the "
                                "north (61.0%).")
    assert not [f for f in found if f[0] == "PercentagePointChangeRelation"]


@pytest.mark.parametrize("text, initial, final, change", [
    ("The standard fare is £40. Students pay £30, 25% off the standard fare.",
     "£40", "£30", "25%"),
    ("The list price is €1,200. With the spring offer you pay €900, a discount of 25% on the "
     "list price.", "€1,200", "€900", "25%"),
    # the price in brackets is the £30 in dollars, no second price: the cut is in pounds
    ("The standard fare is £40. Students pay £30 (US$38), 25% off the standard fare.",
     "£40", "£30", "25%"),
    # "the standard price" names "Standard pass: €680" by its qualifier; groups "save" it
    ("Standard pass: €680 (about US$745). Groups of ten or more save 15% on the standard "
     "price, paying €578 a head.", "€680", "€578", "15%"),
])
def test_a_discount_off_a_price_an_earlier_sentence_names(tmp_path: Path, initial: str,
                                                          final: str, change: str,
                                                          text: str) -> None:
    """"25% off the standard fare": a fall from the fare named before to the price here."""
    found = [(f[1], f[2]) for f in suggested(tmp_path, text) if f[0] == "PercentChangeRelation"]
    assert found == [({"initial": (initial,), "final": (final,), "change": (change,)},
                      {"direction": "Decrease"})]


@pytest.mark.parametrize("text", [
    # no price is named after "off the"
    "The standard fare is £40. New members pay £30 and get 25% off the first month.",
    # "any annual plan" names every plan's price, not one
    "Plans start at $10 a month. Nonprofits get 40% off any annual plan, so the Team plan "
    "costs $14.40.",
    # two prices here: which is the cut one the words leave open
    "The standard fare is £40. Students pay £30 and pensioners £32, 25% off the standard "
    "fare.",
])
def test_a_discount_whose_two_prices_the_words_leave_open_is_left(tmp_path: Path,
                                                                  text: str) -> None:
    found = suggested(tmp_path, text)
    assert not [f for f in found if f[0] == "PercentChangeRelation"]


def test_a_discount_off_a_price_of_a_list_is_left(tmp_path: Path) -> None:
    """"€12 for Starter and €29 for Team": the list price is one a plan, so which one a
    further 10% comes off the words leave open (never the first listed)."""
    found = suggested(tmp_path, "The monthly list price is €12 for Starter and €29 for Team. "
                                "Large teams receive a further 10% off the monthly list price, "
                                "bringing the Team plan down to €26.10.")
    assert not [f for f in found if f[0] == "PercentChangeRelation"]


@pytest.mark.parametrize("text, initial, final, change", [
    ("In the north, house prices rose faster, by 6.2% to £214,000 from £201,500.",
     "£201,500", "£214,000", "6.2%"),
    ("Exports fell sharply, by 12.5%, to €3.5 billion from €4.0 billion.",
     "€4.0 billion", "€3.5 billion", "12.5%"),
])
def test_a_change_s_size_set_off_by_a_comma_after_a_word_on_the_move(
        tmp_path: Path, text: str, initial: str, final: str, change: str) -> None:
    """"rose faster, by 6.2%": the word after the verb and the comma do not part the verb
    from the size of its change."""
    found = [f[1] for f in suggested(tmp_path, text) if f[0] == "PercentChangeRelation"]
    assert found == [{"initial": (initial,), "final": (final,), "change": (change,)}]


@pytest.mark.parametrize("text, initial, final, change, way", [
    ("The share of adults who cycle weekly was 18.4% in 2025; two years earlier it had been "
     "16.0%, so the share rose by 15 per cent.", "16.0%", "18.4%", "15 per cent", "Increase"),
    ("The library lent 412,000 books in 2025. Five years before, the figure was 468,000, so "
     "lending has fallen by 12%.", "468,000", "412,000", "12%", "Decrease"),
])
def test_a_change_from_the_level_a_clause_dates_earlier(tmp_path: Path, text: str,
                                                        initial: str, final: str, change: str,
                                                        way: str) -> None:
    """"…; a year earlier it had been 71.3%, so it rose by …": the level its clause dates
    earlier, of the same subject, is the baseline; the level given before it the new one."""
    found = suggested(tmp_path, text)
    assert ("PercentChangeRelation", {"initial": (initial,), "final": (final,),
                                      "change": (change,)}, {"direction": way}) in found


def test_two_levels_dated_earlier_leave_the_baseline_unread(tmp_path: Path) -> None:
    """Two levels a clause dates earlier: which one the change starts from, the words leave."""
    found = suggested(tmp_path, "Turnout was 64% and support 38%; four years earlier they had "
                                "been 71%, and the figure was 35%, so support rose by 8.6%.")
    assert not [f for f in found if f[0] == "PercentChangeRelation"]


def test_a_change_joined_by_yet_shares_the_level_before_the_first(tmp_path: Path) -> None:
    """"£48.20, 1.2% lower than … (£48.79) yet 6.1% higher than … (£45.43)": the second
    change has no subject of its own, so it starts from its own baseline and ends at the
    level the first change is of, not at the first change's baseline."""
    found = suggested(tmp_path, "The average fare was £48.20, 1.2% lower than in May (£48.79) "
                                "yet 6.1% higher than a year earlier (£45.43).")
    assert ("PercentChangeRelation", {"initial": ("£45.43",), "final": ("£48.20",),
                                      "change": ("6.1%",)},
            {"direction": "Increase"}) in found
    assert len([f for f in found if f[0] == "PercentChangeRelation"]) == 2


def test_a_change_joined_by_but_with_no_subject_goes_on_with_the_level(tmp_path: Path) -> None:
    found = suggested(tmp_path, "A loaf cost €2.45, 2% more than in March (€2.40), but 4% "
                                "less than in 2023 (€2.55).")
    assert ("PercentChangeRelation", {"initial": ("€2.55",), "final": ("€2.45",),
                                      "change": ("4%",)},
            {"direction": "Decrease"}) in found


def test_a_cut_by_a_percent_of_an_amount_is_no_percent_change(tmp_path: Path) -> None:
    """"reduced by 40% of £600": the cut is that share of £600, not a change of 40 percent
    between two of the sentence's figures."""
    found = suggested(tmp_path, "Tom earns £1,200 a month. That is £600 above the £600 "
                                "allowance, so his grant is reduced by 40% of £600, a "
                                "reduction of £240.")
    assert not [f for f in found if f[0] == "PercentChangeRelation"]


def test_a_level_that_compares_with_an_earlier_one_is_the_change_s_final(
        tmp_path: Path) -> None:
    """'Net profit of €8.4m compares with €7.0m a year before, a rise of 20%': 'compares
    with', as 'compared with', names the baseline."""
    found = suggested(tmp_path, "Net profit of €8.4m compares with €7.0m a year before, a rise "
                                "of 20%.")
    assert ("PercentChangeRelation", {"initial": ("€7.0m",), "final": ("€8.4m",),
                                      "change": ("20%",)},
            {"direction": "Increase"}) in found


def test_a_percent_after_or_restates_the_move_an_amount_before_it_sized(
        tmp_path: Path) -> None:
    """'… 4,860 members, against 4,200 a year before, an increase of 660, or 15.7%': the
    15.7% is the size of the same increase the 660 gives, from the level 'against' names to
    the one before it."""
    found = suggested(tmp_path, "The club ended the season with 4,860 members, against 4,200 "
                                "a year before, an increase of 660, or 15.7%.")
    assert ("PercentChangeRelation", {"initial": ("4,200",), "final": ("4,860",),
                                      "change": ("15.7%",)},
            {"direction": "Increase"}) in found


def test_a_change_of_what_this_opens_on_reads_across_sentences_firmly(tmp_path: Path) -> None:
    """'Each pensioner will receive €480 this winter. That is €60 more than the €420 paid
    last winter, a rise of 14.3%': 'That' is the €480 the sentence before ends on, so the
    rise runs from the €420 to it as firmly as the €60 gap does; a baseline past another
    comparison is not tied so."""
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest

    source = tmp_path / "t.txt"
    source.write_text("Each pensioner will receive €480 this winter. That is €60 more than "
                      "the €420 paid last winter, a rise of 14.3%.", encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    found = [s for s in suggest(tmp_path / "claims", "t") if s.kind == "PercentChangeRelation"]
    assert len(found) == 1 and found[0].across
    # "That was 6% more than in 2023 and well above the goal of £500,000": the £500,000 is
    # the goal's, past another comparison, no baseline of the 6% the words tie firmly
    source.write_text("The appeal raised £530,000 in 2024. That was 6% more than in 2023 and "
                      "well above the goal of £500,000.", encoding="utf-8")
    new_document(tmp_path / "claims", "u", source)
    assert not [s for s in suggest(tmp_path / "claims", "u")
                if s.kind == "PercentChangeRelation" and s.across]


def test_a_to_after_another_change_is_that_change_s_level(tmp_path: Path) -> None:
    """Two headline lines run into one sentence: the second change's level is its own
    amount before it, not the "to" the first change reached."""
    found = suggested(tmp_path, "Turnover up 3.0% to £512.0m (prior half: £497.1m)\n"
                                "Trading profit of £44.0m, 10.0% higher than the £40.0m a "
                                "year earlier\n")
    assert [roles for kind, roles, _ in found if kind == "PercentChangeRelation"] == [
        {"initial": ("£497.1m",), "final": ("£512.0m",), "change": ("3.0%",)},
        {"initial": ("£40.0m",), "final": ("£44.0m",), "change": ("10.0%",)}]


def test_a_to_before_a_change_with_no_amount_between_is_its_level(tmp_path: Path) -> None:
    """'fell from 1,310 to 820 (-37.4%)' after another change: 820 is this change's level."""
    found = suggested(tmp_path, "Average noise fell by 8.0%, from 62.5 to 57.5, and complaints "
                                "fell from 1,310 to 820 a month (-37.4%).")
    assert {"initial": ("1,310",), "final": ("820",), "change": ("37.4%",)} in [
        roles for kind, roles, _ in found if kind == "PercentChangeRelation"]


def test_a_span_before_average_names_it_and_is_no_baseline(tmp_path: Path) -> None:
    """"N% above the ten-year average of B": "ten-year" says which average B is; B is the
    baseline the change is from, and no average of A over ten years is read."""
    found = suggested(tmp_path, "Rainfall reached 912 millimetres in 2024, 14% above the "
                                "five-year average of 800 millimetres.")
    assert [(kind, roles) for kind, roles, _ in found
            if kind in ("PercentChangeRelation", "AverageRelation")] == [
        ("PercentChangeRelation", {"initial": ("800 millimetres",),
                                   "final": ("912 millimetres",), "change": ("14%",)})]


def test_a_day_counted_on_past_a_colon_is_no_baseline_of_the_change(tmp_path: Path) -> None:
    """'raised from 41.5% to 45.0%, an increase of 3.5%, ...: boron stayed below 0.5 mg/L on
    1,065 of the 1,095 days' was read as a rise from 1,065 (the day count after 'on')."""
    found = suggested(tmp_path, "The pass rate was lifted from 62.0% to 66.5%, an increase of "
                                "4.5%, with no extra staff: noise stayed below 40 dB on 212 "
                                "of the 240 school days.")
    changes = [f[1] for f in found if f[0] == "PercentChangeRelation"]
    assert changes == [{"initial": ("62.0%",), "final": ("66.5%",), "change": ("4.5%",)}]


@pytest.mark.parametrize("text", [
    "Dairy sales climbed 4% to €820 million, so the average price rose to €3.10 a litre from "
    "€2.95.",
    "Ticket revenue fell 6% to $48.2 million, and the mean fare dropped to $11.40 per trip from "
    "$12.10.",
])
def test_a_from_after_another_figures_own_move_is_not_the_changes_start(
        tmp_path: Path, text: str) -> None:
    """"rose 4% to €820 million, so the price rose to €3.10 a litre from €2.95": the "from"
    belongs to the price's own move, so the sales' change has no start in this sentence."""
    found = suggested(tmp_path, text)
    assert not [roles for kind, roles, _ in found if kind == "PercentChangeRelation"
                and roles["change"] in (("4%",), ("6%",))
                and roles["initial"] in (("€2.95",), ("$12.10",))]
