"""Multiples whose figures stand in two sentences: "That is 1.6 times the …" (the subject
of the sentence before, not its baseline), "about 2.3 times annual donations" (the base an
earlier sentence names with those words, never another span's figure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.authoring.new import new_document
from kg.authoring.suggest import suggest
from kg.corpus import read_document
from kg.namespaces import CG
from tests.authoring.suggest.test_kinds import suggested


def multiples(tmp_path: Path, text: str) -> list[tuple[str, str, bool]]:
    """(multiple, base, read firmly) of each multiple, figures by their quotes."""
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    new_document(tmp_path / "claims", "t", source)
    g = read_document(tmp_path / "claims" / "t").graph
    quote = {str(s).rsplit("/", 1)[-1]: str(o) for s, o in g.subject_objects(CG.quote)}
    out = []
    for s in suggest(tmp_path / "claims", "t"):
        if s.kind == "MultipleRelation":
            roles = dict(s.roles)
            out.append((quote[roles["multiple"][0]], quote[roles["base"][0]], s.across))
    return out


def test_that_is_n_times_takes_the_subject_not_the_baseline(tmp_path: Path) -> None:
    found = multiples(tmp_path, "Average rent reached €1,240, up 4 percent from €1,192 a year "
                                "earlier. That is 2.5 times the national average of €496.")
    assert found == [("€1,240", "€496", True)]


def test_n_times_a_measure_an_earlier_sentence_gives(tmp_path: Path) -> None:
    found = multiples(tmp_path, "The charity raised £4.2 million in donations in 2024. Its "
                                "reserves of £9.8 million are about 2.3 times annual donations.")
    assert found == [("£9.8 million", "£4.2 million", True)]


def test_a_year_s_measure_is_not_a_quarter_s_figure(tmp_path: Path) -> None:
    found = multiples(tmp_path, "Sales were $310 million in the third quarter. The backlog of "
                                "$2.9 billion is about 2.4 times 2024 sales.")
    assert found == []


def test_nearly_double_the_base_is_a_multiple(tmp_path: Path) -> None:
    """"almost double the £15,500", "nearly triple the £27,000": "double" and "triple" name a
    factor as "twice" does (they were read as fractions, and no multiple came of them)."""
    assert multiples(tmp_path, "Members paid £30,000 in 2024, almost double the £15,500 "
                               "collected in 2020.") == [("£30,000", "£15,500", False)]
    other = tmp_path / "other"
    other.mkdir()
    assert multiples(other, "The council's grant of £80,000 was nearly triple the £27,000 it "
                            "gave in 2020.") == [("£80,000", "£27,000", False)]


def test_a_doubling_from_a_year_to_the_level_said_before(tmp_path: Path) -> None:
    """"… have more than doubled from £21.0 million in 2014": to the ticket sales said before."""
    found = suggested(tmp_path, "Ticket sales rose 9% to £48.6 million. Over the decade, "
                                "ticket sales have more than doubled from £21.0 million in 2014.")
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == [
        {"multiple": ("£48.6 million",), "base": ("£21.0 million",),
         "factor": ("more than doubled",)}]


def test_a_doubling_of_another_measure_takes_no_earlier_level(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Ticket sales rose 9% to £48.6 million. Over the decade, "
                                "membership fees have doubled from £21.0 million in 2014.")
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == []


def test_the_multiple_is_the_level_not_the_baseline_before_the_factor(tmp_path: Path) -> None:
    """"climbed 3% to $1,854 a month, from $1,800, which at 0.4 times … $4,635": the rent now
    is the multiple; the "from" value is what it changed from."""
    found = [roles for kind, roles, _ in suggested(
        tmp_path, "The typical rent climbed 3% to $1,854 a month, from $1,800, which at 0.4 "
                  "times a median monthly income of $4,635 leaves little over.")
        if kind == "MultipleRelation"]
    assert found == [{"multiple": ("$1,854",), "base": ("$4,635",), "factor": ("0.4 times",)}]


def test_n_times_as_much_as_the_things_an_earlier_sentence_counts(tmp_path: Path) -> None:
    """"£540,000, 1.8 times as much as donations": the base is the figure an earlier sentence
    names with the noun after "as much as", the multiple the level right before the factor."""
    found = multiples(tmp_path, "The museum took £300,000 in donations last year. Its shop "
                                "made £540,000, 1.8 times as much as donations.")
    assert found == [("£540,000", "£300,000", True)]


def test_n_times_as_much_as_far_from_any_level_names_no_multiple(tmp_path: Path) -> None:
    """A gap said clauses before the factor is not what is "2.5 times as large"."""
    found = multiples(tmp_path, "The south site covers 200,000 square metres. That leaves a "
                                "gap of £310,000 between the two budgets, and the north site "
                                "is now 2.5 times as large as the south site.")
    assert found == []


def test_n_times_the_measure_an_earlier_sentence_names(tmp_path: Path) -> None:
    """"three times the adult fare": the article before the noun is passed over, and the
    base is the figure the sentence before names with it."""
    found = multiples(tmp_path, "The adult fare was £14.50 in 2024. The family fare, at "
                                "£43.50, is three times the adult fare.")
    assert found == [("£43.50", "£14.50", True)]


def test_n_times_the_noun_no_earlier_figure_names_is_nothing(tmp_path: Path) -> None:
    found = multiples(tmp_path, "Sales were $4.0 million. Marketing cost $1.2 million, twice "
                                "the budget.")
    assert found == []


def test_a_pair_joined_by_against_before_times_as_many(tmp_path: Path) -> None:
    """"… 312 nests per colony on the islands, against 120 on the mainland, so island
    colonies held 2.6 times as many nests": the first of the pair is the multiple."""
    found = suggested(tmp_path, "Counts averaged 312 nests per colony on the islands, against "
                                "120 on the mainland, so island colonies held 2.6 times as many "
                                "nests.")
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == [
        {"multiple": ("312",), "base": ("120",), "factor": ("2.6 times",)}]


def test_times_the_starting_level_is_the_to_value_over_the_from_value(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Cycle trips grew from 4,100 a day in 2019 to 11,900 in 2024, "
                                "about 2.9 times the starting level.")
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == [
        {"multiple": ("11,900",), "base": ("4,100",), "factor": ("about 2.9 times",)}]


def test_a_pair_joined_by_against_before_times_as_often(tmp_path: Path) -> None:
    """"N times as often" (or as frequently) compares how often two things happen, as "as
    many" compares counts: the pair before it joined by "against" is multiple and base."""
    found = suggested(tmp_path, "Night buses ran 96 services a week, against 32 on the old "
                                "timetable, so they now run three times as frequently.")
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == [
        {"multiple": ("96",), "base": ("32",), "factor": ("three times",)}]
    (tmp_path / "often").mkdir()
    found = suggested(tmp_path / "often", "Each electric van made 2,140 deliveries over the "
                                          "month, against 1,070 for each diesel van - twice "
                                          "as often.")
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == [
        {"multiple": ("2,140",), "base": ("1,070",), "factor": ("twice",)}]


@pytest.mark.parametrize("text, expected", [
    ("The club charges a late fine of three times the fee - the fee was £400, so the fine "
     "came to £1,200.", {"multiple": ("£1,200",), "base": ("£400",), "factor": ("three times",)}),
    # a count before the factor is no amount of the pair's unit
    ("For the 9 members who paid late, owners set a levy of twice the rent; rents averaged "
     "£900 a month, so the levy is £1,800.",
     {"multiple": ("£1,800",), "base": ("£900",), "factor": ("twice",)}),
])
def test_n_times_the_thing_then_its_amount_and_the_result(tmp_path: Path, text: str,
                                                          expected: dict) -> None:
    """"a fine of three times the fee - the fee was £400, so the fine came to £1,200": the
    base is the figure whose own clause names the thing after "the", the multiple the other."""
    found = suggested(tmp_path, text)
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == [expected]


def test_n_times_the_thing_both_clauses_name_is_no_multiple(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The fine is three times the fee: the fee for adults was £400 "
                                "and the fee for pupils £120.")
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == []


def test_a_count_of_years_ago_is_no_base(tmp_path: Path) -> None:
    """"three times as many … as two summers ago, when 410 …": "two" dates the base, it is
    not one; the base is the count of that time."""
    found = multiples(tmp_path, "This year 1,260 children joined the reading club, nearly "
                                "three times as many as two summers ago, when 410 signed up.")
    assert [(m, b) for m, b, _ in found] == [("1,260", "410")]


def test_two_counts_of_times_against_each_other_then_as_often(tmp_path: Path) -> None:
    """"96 times …, against 32 times … - three times as often": each "N times" counts how
    often a thing happened, and the pair is the multiple and its base, in that order."""
    found = suggested(tmp_path, "Each member visited 96 times over the season, against 32 "
                                "times for each guest - three times as often.")
    assert found == [("MultipleRelation", {"multiple": ("96 times",), "base": ("32 times",),
                                           "factor": ("three times",)}, {})]

    # a factor "of the fee" is no count of times: no pair to compare
    found = suggested(_fresh(tmp_path, "fee"), "The fine is 3 times the fee, against 2 times "
                                               "the fee last year - 1.5 times as much.")
    assert not [f for f in found if f[0] == "MultipleRelation"]


def _fresh(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_times_the_year_level_is_the_to_value_over_the_from_value(tmp_path: Path) -> None:
    """"grew from A to B - N times the 2016 level": the level of the year named is the one
    the change went from, as "the starting level" is."""
    found = suggested(tmp_path, "Library loans climbed from 38,000 to 95,000, some 2.5 times "
                                "the 2016 level.")
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == [
        {"multiple": ("95,000",), "base": ("38,000",), "factor": ("some 2.5 times",)}]


def test_times_the_level_of_a_year_the_change_did_not_start_from_is_nothing(
        tmp_path: Path) -> None:
    """"from A in 2019 to B in 2024 - N times the 2012 level": the 2012 level is another
    figure than the 2019 one, and none of this sentence's."""
    found = suggested(tmp_path, "Library loans climbed from 38,000 in 2019 to 95,000 in 2024, "
                                "some 2.5 times the 2012 level.")
    assert [roles for kind, roles, _ in found if kind == "MultipleRelation"] == []


LABELLED = """Parking charges

- Standard tariff: a car parked for up to 24 hours pays £6.
- Event tariff: on match days a car pays £18, three times the standard tariff.
"""


def test_times_the_item_an_earlier_list_label_names(tmp_path: Path) -> None:
    """"£18, three times the standard tariff": the base is the one amount of the list item
    labelled "Standard tariff:", though another figure stands between the label and it."""
    assert multiples(tmp_path, LABELLED) == [("£18", "£6", True)]


def test_times_a_label_two_items_share_is_nothing(tmp_path: Path) -> None:
    text = LABELLED.replace("- Event tariff", "- Standard tariff: a van parked for up to 24 "
                                              "hours pays £9.\n- Event tariff")
    assert multiples(tmp_path, text) == []


def test_times_a_rate_an_earlier_list_label_names(tmp_path: Path) -> None:
    """A percent is a level of its own: "a 30% levy, twice the reduced rate" of "Reduced
    rate: … charged at 15%"."""
    found = multiples(tmp_path, "Import levies\n\n- Reduced rate: goods worth over £500 "
                                "are charged at 15%.\n- Full rate: goods from elsewhere are "
                                "charged at 30%, twice the reduced rate.\n")
    assert found == [("30%", "15%", True)]


def test_a_bare_verb_of_multiplying_set_off_before_from_and_to(tmp_path: Path) -> None:
    # "will treble, from A to B": the verb goes from its "from" value to its "to" value
    assert multiples(tmp_path, "The number of mobile libraries will treble, from 12 to 36, "
                               "by 2027.") == [("36", "12", False)]


def test_a_bare_verb_of_multiplying_goes_from_its_from_value_to_its_to_value(
        tmp_path: Path) -> None:
    assert multiples(tmp_path, "Cycle parking spaces at the station should double from 150 "
                               "to 300.") == [("300", "150", False)]


def test_n_times_as_many_with_its_own_figure_in_brackets(tmp_path: Path) -> None:
    """"A …, and three times as many B (C)": the bracketed figure is the multiple the words
    count, the figure before is its base (it was read the other way round)."""
    found = multiples(tmp_path, "The club has 220 full members, and three times as many "
                                "junior members (660) who train on Saturdays.")
    assert found == [("660", "220", False)]


def test_n_times_that_size_points_back_not_forward(tmp_path: Path) -> None:
    """"B is four times that size, and C of them …": "that" points to the sentence before,
    never to the next clause's figure."""
    found = multiples(tmp_path, "The library opened in 2010 with 900 books. Its collection of "
                                "3,600 is four times that size, and 1,200 of the books are "
                                "for children.")
    assert found == [("3,600", "900", True)]


def test_a_count_of_times_a_thing_happened_is_no_factor(tmp_path: Path) -> None:
    """"The three ferries sailed 412 times, up from 380 the season before": "412 times" says
    how often the ferries sailed, not that one figure is 412 times another."""
    found = multiples(tmp_path, "Our three ferries sailed 412 times, up from 380 the season "
                                "before. The bell was rung 57 times in all.")
    assert found == []



@pytest.mark.parametrize("text", [
    'Of the depot\'s 180 evening shifts, 24 are "doubled" - one crew works a shift, rests '
    'for an hour, then starts the next.',
    "At the mill, 40 of the 260 looms are ‘tripled’ – one weaver minds three.",
])
def test_a_factor_in_quotation_marks_is_a_term_not_a_multiple(
        tmp_path: Path, text: str) -> None:
    """'24 are "doubled" - one crew works …': the quoted word names a practice; no amount is
    said to be twice another."""
    found = suggested(tmp_path, text)
    assert [kind for kind, _, _ in found if kind == "MultipleRelation"] == []
