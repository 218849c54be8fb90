"""A fraction "of all <things>" whose whole an earlier sentence counts with a longer noun
phrase ("3,200 licensed taxi drivers … one in eight of all drivers")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.authoring.suggest.test_kinds import suggested


def test_the_whole_named_by_the_head_of_a_longer_noun_phrase(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The city licensed 3,200 electric taxi vehicles in its fleet "
                                "by March. Wheelchair-accessible models, some 400, are about "
                                "one in eight of all vehicles.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == [
        {"numerator": ("some 400",), "denominator": ("3,200",),
         "ratio": ("about one in eight",)}]


@pytest.mark.parametrize("text, portion, whole, ratio", [
    ("The province spent €412 million on elective care in 2024, of which €58 million went to "
     "private clinics - about one in seven euros.", "€58 million", "€412 million",
     "about one in seven"),
    ("The club has 840 members, of whom 210 are juniors: roughly one in every four members.",
     "210", "840", "roughly one in every four"),
])
def test_of_which_names_the_whole_of_a_fraction_set_after_its_noun(
        tmp_path: Path, text: str, portion: str, whole: str, ratio: str) -> None:
    found = suggested(tmp_path, text)
    assert ("RatioRelation", {"numerator": (portion,), "denominator": (whole,),
                              "ratio": (ratio,)}, {}) in found


def test_a_portion_not_after_of_which_is_not_its_whole_s(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The club has 840 members and 120 coaches, while 210 are "
                                "juniors: one in four.")
    assert not [f for f in found if f[0] == "RatioRelation" and f[1]["denominator"] == ("840",)]


def test_a_fraction_set_off_after_n_of_those_things(tmp_path: Path) -> None:
    """"500,000 of those visitors, roughly one in four": the whole is the count of visitors
    the sentence before gives (the noun after "of those", not the word "of")."""
    found = suggested(tmp_path, "The park welcomed 2.0 million visitors. School groups brought "
                                "500,000 of those visitors, roughly one in four.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == [
        {"numerator": ("500,000",), "denominator": ("2.0 million",),
         "ratio": ("roughly one in four",)}]


def test_of_those_things_no_earlier_figure_counts_is_no_ratio(tmp_path: Path) -> None:
    found = suggested(tmp_path, "The park welcomed 2.0 million visitors. School groups bought "
                                "500,000 of those tickets, roughly one in four.")
    assert [kind for kind, _, _ in found if kind == "RatioRelation"] == []


def _ratios(tmp_path: Path, text: str) -> list[dict]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "RatioRelation"]


def test_the_membership_counts_the_members(tmp_path: Path) -> None:
    found = _ratios(tmp_path, "The Tarn co-operative has grown to 3,900 members. Dairy farmers "
                              "make up roughly a third of the membership, about 1,300.")
    assert found == [{"numerator": ("about 1,300",), "denominator": ("3,900",),
                      "ratio": ("roughly a third",)}]


def test_a_fraction_set_off_after_a_of_b(tmp_path: Path) -> None:
    found = _ratios(tmp_path, "The council has spent £3.9 million of its £5.2 million repair "
                              "fund - three-quarters of the total - by June.")
    assert found == [{"numerator": ("£3.9 million",), "denominator": ("£5.2 million",),
                      "ratio": ("three-quarters",)}]


def test_two_amounts_not_joined_by_of_are_no_portion_and_whole(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The council got a grant of £3.9 million and £5.2 million of "
                             "loans - three-quarters of the total.") == []


def test_a_fraction_of_an_amount_per_thing_is_of_the_one_per_that_thing(tmp_path: Path) -> None:
    found = _ratios(tmp_path, "Net profit was NOK 88 million, or NOK 4.40 for each of the 20 "
                              "million shares. The board proposes a payout of NOK 2.20 per "
                              "share, half of earnings per share.")
    assert found == [{"numerator": ("NOK 2.20",), "denominator": ("NOK 4.40",),
                      "ratio": ("half",)}]


def test_the_whole_the_of_phrase_states_with_its_own_figure(tmp_path: Path) -> None:
    """"half of the authority's yearly goal of 820": the goal's figure, not a count of
    another noun an earlier sentence gives."""
    found = suggested(tmp_path, "The district has 5,120 pupils on its rolls. Just 410 new places "
                                "were funded in 2024, half of the authority's yearly goal of 820.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == [
        {"numerator": ("Just 410",), "denominator": ("820",), "ratio": ("half",)}]


def test_no_portion_from_another_clause_for_a_whole_the_of_phrase_states(
        tmp_path: Path) -> None:
    """"… 600 flats that were not, so the refitted set is one in three of our panel of 900":
    the 600 are not the refitted set (its figure is in the sentence before)."""
    found = suggested(tmp_path, "Some 300 of the flats were refitted. We compare them with 600 "
                                "flats that were not, so the refitted set is one in three of "
                                "our panel of 900 flats.")
    assert not [roles for kind, roles, _ in found if kind == "RatioRelation"
                and roles["numerator"] == ("600",)]


OF_THEM = {
    "'A of them, a quarter,': them is the count before": (
        "Our hotline answered 18,400 enquiries; roughly 4,600 of them, a quarter, arrived at "
        "weekends.",
        {"numerator": ("roughly 4,600",), "denominator": ("18,400",), "ratio": ("a quarter",)}),
    "'a third of them (A)'": (
        "About 9,000 volunteers joined the scheme, a third of them (3,000) under 25.",
        {"numerator": ("3,000",), "denominator": ("About 9,000",), "ratio": ("a third",)}),
    "a long noun phrase before the pair set off by dashes": (
        "Pensioners make up a fifth of the district's registered adult voting population - "
        "some 1,960 of 9,800 voters - and turnout among them is high.",
        {"numerator": ("some 1,960",), "denominator": ("9,800",), "ratio": ("a fifth",)}),
}


@pytest.mark.parametrize("name", OF_THEM)
def test_a_fraction_of_them_or_of_a_long_noun_phrase(tmp_path: Path, name: str) -> None:
    text, expected = OF_THEM[name]
    assert [roles for kind, roles, _ in suggested(tmp_path, text)
            if kind == "RatioRelation"] == [expected]


def test_a_threshold_in_a_relative_clause_is_not_the_portion(tmp_path: Path) -> None:
    """"Claimants who had been out of work for more than 12 months made up a third of the
    register, 4,100 people": the months say which claimants, the count after is the third."""
    found = _ratios(tmp_path, "The register held 12,300 claimants in June. Claimants who had "
                              "been out of work for more than 12 months made up a third of the "
                              "register, 4,100 people.")
    assert found == [{"numerator": ("4,100",), "denominator": ("12,300",),
                      "ratio": ("a third",)}]


def test_a_figure_set_off_in_a_which_clause_stays_the_portion(tmp_path: Path) -> None:
    """"…, which sold 3,000 cars, a quarter of …": the clause ends before the fraction, so its
    figure is the thing the fraction measures."""
    found = _ratios(tmp_path, "The region's dealers sold 12,000 cars. The largest dealer, "
                              "which sold 3,000 cars, a quarter of the region's cars, is "
                              "family owned.")
    assert [roles["numerator"] for roles in found] == [("3,000",)]


@pytest.mark.parametrize("text, portion, whole, ratio", [
    ("Nine of the 27 councils surveyed, or one in three, missed the deadline.",
     "Nine", "27", "one in three"),
    ("Of the 27 councils surveyed, 9, or one in three, missed the deadline.",
     "9", "27", "one in three"),
    ("Some 240 of our 960 volunteers - a quarter - are under 25.", "Some 240", "960",
     "a quarter"),
])
def test_a_fraction_set_off_after_its_portion_and_whole(tmp_path: Path, text: str,
                                                        portion: str, whole: str,
                                                        ratio: str) -> None:
    """"N of the M things, or one in three": the pair before the fraction, "or" may set it
    off."""
    found = [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "RatioRelation"]
    assert found == [{"numerator": (portion,), "denominator": (whole,), "ratio": (ratio,)}]


def test_a_fraction_set_off_after_one_amount_names_no_whole(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Sales reached 480 units, or a quarter, of which 120 were "
                                "exported.")
    assert not [f for f in found if f[0] == "RatioRelation"]


@pytest.mark.parametrize("text", [
    "The fair drew 52,000 visitors in 2025. Three in four visitors — about 39,000 people — "
    "came by train.",
    "The fair drew 52,000 visitors in 2025. Three in four visitors, about 39,000 people, came "
    "by train.",
])
def test_a_fraction_of_a_noun_with_its_count_set_off(tmp_path: Path, text: str) -> None:
    """"Three in four visitors — about 39,000 people —": the count set off after the fraction
    is its numerator, the visitors counted before its denominator."""
    assert ("RatioRelation", {"numerator": ("about 39,000",), "denominator": ("52,000",),
                              "ratio": ("Three in four",)}, {}) in suggested(tmp_path, text)


def test_a_fraction_of_a_noun_no_earlier_figure_counts_is_left(tmp_path: Path) -> None:
    """The earlier count is of people, not visitors: nothing names it the whole."""
    found = suggested(tmp_path, "The fair drew 52,000 people in 2025. Three in four visitors, "
                                "about 39,000 people, came by train.")
    assert not [f for f in found if f[0] == "RatioRelation"]


def test_an_amount_a_verb_adds_to_a_stock_is_no_portion_of_a_fraction(tmp_path: Path) -> None:
    """"Logistics added 4,300 posts and now employs about a quarter of all workers": the
    4,300 are the year's change, not the quarter's portion (it made 4,300 a quarter of an
    unrelated count); a level the sentence gives is still the portion."""
    text = ("The district counts 52,000 workers aged 18 to 66. Logistics added 4,300 posts "
            "and now employs about a quarter of all workers.")
    found = suggested(tmp_path, text)
    assert not any(roles["numerator"] == ("4,300",) for kind, roles, _ in found
                   if kind == "RatioRelation")
    (tmp_path / "b").mkdir()
    found = suggested(tmp_path / "b", "The district counts 52,000 workers. Logistics employs "
                                      "13,000 posts, about a quarter of all workers.")
    assert [roles["numerator"] for kind, roles, _ in found if kind == "RatioRelation"] == [
        ("13,000",)]


def test_a_portion_set_off_after_the_things_a_fraction_is_of(tmp_path: Path) -> None:
    """"One in four of our guests (2,450 people)": the portion in brackets right after the
    things the fraction is of; the whole the count an earlier sentence gives, named by
    those things or by the portion's own noun ("9,800 people attended")."""
    found = suggested(tmp_path, "About 9,800 people attended the fair in 2024. One in four of "
                                "our guests (2,450 people) came from abroad.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == [
        {"numerator": ("2,450",), "denominator": ("About 9,800",), "ratio": ("One in four",)}]


def test_a_bracketed_pair_whose_whole_is_named_before_it_closes(tmp_path: Path) -> None:
    """"One in four tenants (318 of the 1,272 who replied)": "the" before the whole and the
    words after it that name who it counts stay inside the bracketed pair."""
    assert _ratios(tmp_path, "One in four tenants (318 of the 1,272 who replied) said repairs "
                             "were slow.") == [
        {"numerator": ("318",), "denominator": ("1,272",), "ratio": ("One in four",)}]


def test_a_named_ratio_with_a_side_of_two_words_takes_the_count_they_name(
        tmp_path: Path) -> None:
    """"A pupil to qualified teacher ratio of 14.5": the qualified teachers (the words of the
    side together), never all the teachers the text counts first."""
    assert _ratios(tmp_path, "The school has 1,740 pupils. It employs 150 teachers, of whom 120 "
                             "are qualified teachers. That gives a pupil to qualified teacher "
                             "ratio of 14.5.") == [
        {"numerator": ("1,740",), "denominator": ("120",), "ratio": ("14.5",)}]


def test_a_fraction_right_before_the_thing_it_is_of(tmp_path: Path) -> None:
    """"£4.50, half the standard fee": "half" takes its determiner without "of"; the whole is
    the amount the words after it name, and nothing where they name none ("half the usual
    bus fare")."""
    assert _ratios(tmp_path / "fee", "The standard fee is £9.00. Students pay £4.50, half the "
                                     "standard fee.") == [
        {"numerator": ("£4.50",), "denominator": ("£9.00",), "ratio": ("half",)}]
    assert _ratios(tmp_path / "bus", "The standard fee is £9.00. Students pay £4.50, half the "
                                     "usual bus fare.") == []


def test_a_fraction_of_it_is_of_the_level_the_sentence_before_gives(tmp_path: Path) -> None:
    """"The surplus was £84,000. The trustees will give half of it, £42,000, to …": "it" is
    the surplus the sentence before gives, not a figure of the noun "it"."""
    assert _ratios(tmp_path, "The club's surplus for the year was £84,000. The trustees will "
                             "give half of it, £42,000, to the youth section.") == [
        {"numerator": ("£42,000",), "denominator": ("£84,000",), "ratio": ("half",)}]


def test_of_those_who_hold_a_thing_is_the_count_of_that_thing(tmp_path: Path) -> None:
    """"one in four of those who held a ticket": the whole is the count of tickets, not the
    larger count of requests the sentence before also gives."""
    text = ("The festival had 52,000 requests and sold 9,600 tickets. On the day 2,400 fans "
            "came by coach - about one in four of those who held a ticket.")
    ratios = [roles for kind, roles, _ in suggested(tmp_path, text) if kind == "RatioRelation"]
    assert ratios == [{"numerator": ("2,400",), "denominator": ("9,600",),
                       "ratio": ("about one in four",)}]


def test_a_fraction_right_before_its_noun_with_the_portion_set_off_after(
        tmp_path: Path) -> None:
    """"Pensioners pay half the standard price, £4.20": the amount set off after the noun
    phrase is the portion, the whole the figure those words named before, not a figure of
    the clause before the fraction ("aged 65 to 80")."""
    found = suggested(tmp_path, "A standard ticket costs £8.40 this season. Visitors aged 65 "
                                "to 80 pay half the standard price, £4.20, on weekdays.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == [
        {"numerator": ("£4.20",), "denominator": ("£8.40",), "ratio": ("half",)}]


def test_a_fraction_before_a_noun_no_figure_names_is_nothing_set_off(tmp_path: Path) -> None:
    found = suggested(tmp_path, "A standard ticket costs £8.40 this season. Visitors aged 65 "
                                "to 80 pay half the group rate, £4.20, on weekdays.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == []


@pytest.mark.parametrize("fraction", ["roughly one in four visits", "roughly one visit in four"])
def test_so_a_fraction_of_things_counted_before_takes_the_amount_before_it(
        tmp_path: Path, fraction: str) -> None:
    found = suggested(tmp_path, "Physical visits to the pools totalled 2.40 million. Swimming "
                                f"lessons numbered 600,000, so {fraction} was for a lesson.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == [
        {"numerator": ("600,000",), "denominator": ("2.40 million",),
         "ratio": (fraction.removesuffix(" visits"),)}]


def test_so_a_fraction_naming_no_things_takes_no_whole(tmp_path: Path) -> None:
    found = suggested(tmp_path, "Physical visits to the pools totalled 2.40 million. Swimming "
                                "lessons numbered 600,000, so roughly one in four was for a "
                                "lesson.")
    assert not [f for f in found if f[0] == "RatioRelation"]


def test_a_fraction_of_which_takes_up_the_amount_just_before_it(tmp_path: Path) -> None:
    """"£80,000, a quarter of which (£20,000)": the amount "which" takes up is the whole,
    the bracketed amount the portion, not a larger total said earlier in the sentence."""
    found = suggested(tmp_path, "Income reached £412,600 this year, and the trustees set aside "
                                "£80,000 for a new minibus, a quarter of which (£20,000) comes "
                                "from a local appeal.")
    assert [roles for kind, roles, _ in found if kind == "RatioRelation"] == [
        {"numerator": ("£20,000",), "denominator": ("£80,000",), "ratio": ("a quarter",)}]


@pytest.mark.parametrize("text", [
    "The charity trained 3,200 nurses at 25 clinics, a fifth of them in the northern hills.",
    "Volunteers planted 9,000 saplings along 12 rivers, roughly half of those in lowland "
    "farmland.",
])
def test_a_fraction_of_them_after_a_counted_amount_states_no_portion(
        tmp_path: Path, text: str) -> None:
    """"… at 25 clinics, a fifth of them in the north": "them" takes up the clinics, the
    whole, and no amount says how many the fifth is; the count before the clinics is never
    a portion of them."""
    assert _ratios(tmp_path, text) == []


def test_a_fraction_of_them_with_its_portion_in_brackets_is_still_read(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "The charity trained nurses at 25 clinics, a fifth of them (5) "
                             "in the northern hills.") == [
        {"numerator": ("5",), "denominator": ("25",), "ratio": ("a fifth",)}]


def test_a_fraction_of_those_who_names_its_own_whole(tmp_path: Path) -> None:
    """"2,150 new members - about one in four of those who attended an open day": "those
    who …" names other things, so the amount before stays the fraction's portion."""
    found = _ratios(tmp_path, "Some 8,600 people attended an open day this spring. The club "
                              "signed 2,150 new members - about one in four of those who "
                              "attended an open day.")
    assert [r["numerator"] for r in found] == [("2,150",)]
