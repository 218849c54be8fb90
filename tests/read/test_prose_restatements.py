"""Restatements in prose, tied by the words that name each figure: a headline's figure and the
one its paragraph names alike; a key point of a summary, or a label's value in a box of
figures, and the text's sentence naming the same measure. Never by the values: a headline
that slipped is tied all the same, for the check to find the slip."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import figure_quotes, violations


def restated(tmp_path: Path, text: str, suffix: str = ".txt") -> list[tuple[str, str]]:
    """(first, restated as) of each prose restatement kg read wrote, by the figures' quotes,
    for ``text`` read as a file of ``suffix``."""
    source = tmp_path / f"r{suffix}"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    quote = figure_quotes(made.folder)
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return [(quote[a], quote[b]) for a, b in re.findall(
        r"cg:first :(f-\d+) ; cg:restatedAs :(f-\d+) \.", relations)]


def test_a_headline_figure_is_tied_to_the_one_its_paragraph_names_alike(tmp_path: Path) -> None:
    """The paragraph's other amounts are of another measure (a single fare): the words of
    the headline name the average rise."""
    found = restated(tmp_path, (
        "Island ferry fares for 2025 confirmed: average rise of £3.40\n\n"
        "Published: Monday 3 February 2025\n\n"
        "Ferry fares on the island routes will rise by an average of £3.40 in 2025, the "
        "operator confirmed today. A single adult ticket will go up from £21.60 to £25.00, "
        "which the council called steep.\n"))
    assert found == [("£3.40", "£3.40")]


def test_a_headline_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    """"£2.1m" over a text that says "£2.1 billion": the words name one grant, so the two are
    one quantity, and the check (not the reader) says they disagree."""
    found = restated(tmp_path, (
        "£2.1m to reopen the old lido - but the pool is short of lifeguards\n\n"
        "The town's outdoor pool has been shut since the storms of 2022. On Monday the mayor "
        "visited the lido to announce a £2.1 billion grant, to reopen the pool by next "
        "summer.\n"))
    assert found == [("£2.1m", "£2.1 billion")]


def test_a_headline_naming_two_figures_of_its_paragraph_alike_ties_neither(
        tmp_path: Path) -> None:
    """Under the first headline each percent is a level and shares one word with it: which
    one it states the words do not say. The second headline's words name its paragraph's
    tonnage."""
    found = restated(tmp_path, (
        "Hydro supplied 41.2% of power in 2024\n\n"
        "Wind's share of island power reached 12.5% in 2024. Dams lifted the hydro share "
        "from 38.0% in 2023 to 41.2%.\n\n"
        "Ferries burned 12,400 tonnes of diesel in 2024\n\n"
        "The island ferries burned 12,400 tonnes of diesel in 2024, the harbour board said.\n"))
    assert found == [("12,400 tonnes", "12,400 tonnes")]


def test_a_key_point_is_tied_to_the_sentence_naming_its_measure(tmp_path: Path) -> None:
    """The summary's "bed occupancy averaged 82 per cent" and the section's "bed occupancy
    on all wards averaged 82 per cent": three words of the measure in common."""
    found = restated(tmp_path, (
        "Hospital activity, winter 2024\n\n"
        "* Bed occupancy averaged 82 per cent over the winter.\n"
        "* Emergency admissions rose by 5.1 per cent.\n\n"
        "Wards\n\n"
        "Bed occupancy on all wards averaged 82 per cent over the winter, with the surgical "
        "wards the fullest.\n"))
    assert found == [("82 per cent", "82 per cent")]


def test_a_key_point_sharing_only_two_words_is_no_restatement(tmp_path: Path) -> None:
    """"the county jobless rate averaged" names the summary's measure in full; "the youth
    jobless rate" shares two of its words and names the rate of a narrower group."""
    found = restated(tmp_path, (
        "Labour market, spring 2024\n\n"
        "* The county jobless rate averaged 5.2 per cent over the spring.\n\n"
        "Young people\n\n"
        "The youth jobless rate was 12.9 per cent in the spring.\n\n"
        "The county\n\n"
        "The county jobless rate averaged 5.2 per cent over the spring, the lowest in a "
        "decade.\n"))
    assert found == [("5.2 per cent", "5.2 per cent")]


def test_a_box_of_figures_restates_the_prose_naming_each_label(tmp_path: Path) -> None:
    """A label's value ("Median wait for a hip replacement: 210 days") states again the
    figure the text names by the label's words."""
    found = restated(tmp_path, (
        "Orthopaedic waits grow again\n\n"
        "The median wait for a hip replacement at the county hospital has grown to 210 days, "
        "the trust said on Friday.\n\n"
        "In numbers\n\n"
        "Median wait for a hip replacement: 210 days\n"))
    assert found == [("210 days", "210 days")]


def test_a_key_point_s_figure_in_brackets_is_of_the_clause_around_them(tmp_path: Path) -> None:
    """"a third of bed nights (48.2 thousand) went to guests from abroad": the bracket gives
    the size of what its clause names, which the text names again."""
    found = restated(tmp_path, (
        "Holiday lets, summer 2024\n\n"
        "* Roughly a third of bed nights (48.2 thousand) went to guests from abroad.\n\n"
        "Guests from abroad\n\n"
        "Guests from abroad took 48.2 thousand bed nights, or 33.4 per cent of the total.\n"))
    assert found == [("48.2 thousand", "48.2 thousand")]


def test_a_headline_is_tied_across_its_byline_and_dateline(tmp_path: Path) -> None:
    """A news story's headline, then who wrote it and when: a line of a date only ends no
    paragraph, so the headline's figure is tied to the story's first sentence naming it."""
    found = restated(tmp_path, (
        "Flood repairs to cost the county £41m, engineers warn\n\n"
        "By Ada Lindqvist, Local Affairs Reporter\n"
        "Monday 3 March 2025\n\n"
        "Repairs to roads and bridges damaged in the January floods will cost the county "
        "£41 million, its engineers told councillors on Monday.\n"))
    assert found == [("£41m", "£41 million")]


def test_a_headline_count_is_tied_by_the_noun_it_counts(tmp_path: Path) -> None:
    """"3,400 trees" says what it counts as a unit would: the headline's count is the
    paragraph's count of trees, not its count of sites."""
    found = restated(tmp_path, (
        "Council to plant 3,400 trees along the river paths\n\n"
        "By Jo Reed, Parks Reporter\n"
        "Friday 7 March 2025\n\n"
        "The council will plant 3,400 trees along the river paths this winter, its parks "
        "team said, at 12 sites.\n"))
    assert found == [("3,400", "3,400")]


def test_a_headline_count_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    """The words and the noun counted decide, never the value: "3,400 trees" over a text
    saying "4,300 trees" is tied, for the check to find the slip."""
    found = restated(tmp_path, (
        "Council to plant 3,400 trees along the river paths\n\n"
        "By Jo Reed, Parks Reporter\n"
        "Friday 7 March 2025\n\n"
        "The council will plant 4,300 trees along the river paths this winter, its parks "
        "team said.\n"))
    assert found == [("3,400", "4,300")]


def test_a_headline_count_is_not_tied_to_an_equal_count_of_another_noun(
        tmp_path: Path) -> None:
    """"640 appointments" equals the headline's "640 children" and shares more of its words,
    but counts another thing: the count of children is the one restated."""
    found = restated(tmp_path, (
        "Clinic vaccinates 640 children in its first week\n\n"
        "The new clinic on Mill Lane held 640 appointments in its first week. Nurses "
        "vaccinated 610 children, the health board said.\n"))
    assert found == [("640", "610")]


#: a box of monthly counts, each line labelled by its month alone
SUMMER_BOX = ("Museum visitors, summer 2025\n\n"
              "Month by month\n\n"
              "June: 21,400 visitors\n"
              "July: 26,900 visitors\n"
              "August: 30,150 visitors\n\n")


def test_a_box_of_counts_by_month_is_tied_to_the_prose_naming_month_and_noun(
        tmp_path: Path) -> None:
    """Each label is a month, so the noun after the count names its measure: the prose's
    count of visitors in August restates August's line."""
    found = restated(tmp_path, SUMMER_BOX + (
        "August was the busiest month, with 30,150 visitors, helped by late opening on "
        "Thursdays.\n"))
    assert found == [("30,150", "30,150")]


def test_a_box_of_counts_by_month_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    found = restated(tmp_path, SUMMER_BOX + (
        "August was the busiest month, with 31,050 visitors, helped by late opening on "
        "Thursdays.\n"))
    assert found == [("30,150", "31,050")]


def test_a_box_of_counts_by_month_is_not_tied_to_an_equal_count_of_another_noun(
        tmp_path: Path) -> None:
    """July's "26,900 visitors" and the shop's "26,900 tickets" in July: one value, one month,
    two things counted."""
    found = restated(tmp_path, SUMMER_BOX + (
        "August was the busiest month, with 30,150 visitors. The shop sold 26,900 tickets "
        "for tours in July.\n"))
    assert found == [("30,150", "30,150")]


def test_a_word_s_ing_form_names_a_key_point_s_measure_as_the_word_does(
        tmp_path: Path) -> None:
    """"open for 3,150 hours" and "opening hours … 3,150 hours": "open" and "opening" are one
    word, the third the two name the measure with."""
    found = restated(tmp_path, (
        "Swimming pools, 2024\n\n"
        "* The pools were open for 3,150 hours in total over the year.\n"
        "* Swims rose by 4.2 per cent.\n\n"
        "Hours\n\n"
        "Total opening hours at the pools came to 3,150 hours over the year, as in 2023.\n"))
    assert found == [("3,150 hours", "3,150 hours")]


def test_a_headline_share_is_not_a_change_its_paragraph_gives_by(tmp_path: Path) -> None:
    """"41.2% of power" is a share, and "rose by 3.5%" a change: of the two percents that
    share a word with the headline, only the level the hydro share was lifted to can be
    the headline's."""
    found = restated(tmp_path, (
        "Hydro supplied 41.2% of power in 2024\n\n"
        "Power generated on the island rose by 3.5% in 2024. Dams lifted the hydro share "
        "from 38.0% in 2023 to 41.2%.\n"))
    assert found == [("41.2%", "41.2%")]


def test_a_headline_change_is_tied_to_the_change_not_to_levels_named_alike(
        tmp_path: Path) -> None:
    """The headline's "lift ridership 6.2%" is a change; the paragraph's fare evasion "fell
    to 3.1% from 3.6%" shares more of the headline's words, but those two are levels."""
    found = restated(tmp_path, (
        "Cheaper fares and lower fare evasion lift tram ridership 6.2%\n\n"
        "Tram ridership rose 6.2% on the year before, the operator said. Fare evasion on the "
        "trams fell to 3.1% from 3.6%.\n"))
    assert found == [("6.2%", "6.2%")]


def test_a_headline_change_that_slipped_is_tied_to_the_change_all_the_same(
        tmp_path: Path) -> None:
    found = restated(tmp_path, (
        "Cheaper fares and lower fare evasion lift tram ridership 6.2%\n\n"
        "Tram ridership rose 6.8% on the year before, the operator said. Fare evasion on the "
        "trams fell to 3.1% from 3.6%.\n"))
    assert found == [("6.2%", "6.8%")]


def test_a_headline_rounding_a_change_set_off_after_a_comma_is_tied_to_it(
        tmp_path: Path) -> None:
    """"up 8.6% from 3,877" names nothing of its own: it is the change of the container
    loads the clause before the comma names, as the headline's rounded "9%" is."""
    found = restated(tmp_path, (
        "Portsea container loads climb 9% as trade recovers\n\n"
        "The harbour at Portsea handled 4,210 container loads in the first quarter, up 8.6% "
        "from 3,877 in the same three months of 2024, the port authority said. Tankers made "
        "up 31.5% of the ships calling.\n"))
    assert found == [("9%", "8.6%")]


def test_a_headline_whose_rounding_slipped_is_tied_to_the_change_all_the_same(
        tmp_path: Path) -> None:
    """The headline's "9%" over a quarter that rose 6.2%: the words tie the two, and the
    check, not the reader, finds that they disagree."""
    found = restated(tmp_path, (
        "Portsea container loads climb 9% as trade recovers\n\n"
        "The harbour at Portsea handled 4,210 container loads in the first quarter, up 6.2% "
        "from 3,964 in the same three months of 2024, the port authority said.\n"))
    assert found == [("9%", "6.2%")]


def test_a_definite_count_is_tied_to_the_earlier_count_of_its_noun(tmp_path: Path) -> None:
    """"the 1,240 fitted flats" refers back to the flats fitted with windows, not the
    1,186 that kept their frames: "fitted" stands by the first count only."""
    found = restated(tmp_path, (
        "Retrofits in the Dunmore estate\n\n"
        "We compared 1,240 flats fitted with new windows by the Dunmore trust with 1,186 "
        "flats that kept their old frames. Heating bills fell by £212 a year on average.\n\n"
        "Carbon emissions fell by 2.3 tonnes per home, or 2,852 tonnes across the 1,240 "
        "fitted flats.\n"))
    assert found == [("1,240", "1,240")]


def test_a_definite_count_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    """"the 1,420 fitted flats" after "1,240 flats fitted": the words tie the two, and the
    check finds that the digits disagree."""
    found = restated(tmp_path, (
        "Retrofits in the Dunmore estate\n\n"
        "We compared 1,240 flats fitted with new windows by the Dunmore trust with 1,186 "
        "flats that kept their old frames.\n\n"
        "Carbon emissions fell by 2,852 tonnes across the 1,420 fitted flats.\n"))
    assert found == [("1,240", "1,420")]


def test_a_definite_count_is_tied_only_where_its_words_tell_one_earlier_count(
        tmp_path: Path) -> None:
    """"the 1,240 flats" adds no word: the fitted flats and those that kept their frames are
    both counts of flats, and which one it means the words do not say; "those 38 sites"
    has one count of sites before it."""
    found = restated(tmp_path, (
        "Retrofits in the Dunmore estate\n\n"
        "We compared 1,240 flats fitted with new windows by the Dunmore trust with 1,186 "
        "flats that kept their old frames. Surveyors visited 38 sites on the estate.\n\n"
        "Carbon emissions fell by 2,852 tonnes across the 1,240 flats. Of those 38 sites, "
        "9 needed new drains.\n"))
    assert found == [("38", "38")]


def test_the_months_of_a_period_are_no_count_said_again(tmp_path: Path) -> None:
    """"the 12 months to June" names a span of time, not the months an earlier sentence
    counted; "the 640 stations" is the count of stations said before."""
    found = restated(tmp_path, (
        "Rail punctuality\n\n"
        "Trains ran late in 12 months of the last two years, at 640 stations.\n\n"
        "Over the 12 months to June, 91.2% of trains arrived on time at the 640 stations.\n"))
    assert found == [("640", "640")]


def test_all_of_a_count_is_tied_to_the_earlier_count_of_its_noun(tmp_path: Path) -> None:
    """"across all 640 moorings" takes up the whole the text counted before ("looks after
    640 moorings"), as "the 640 moorings" would; "all 12 staff" has no earlier count of
    staff to refer to."""
    found = restated(tmp_path, (
        "Harbour trust plan\n\n"
        "The trust looks after 640 moorings in three harbours for the county council.\n\n"
        "Fees will rise by £40 a year, so across all 640 moorings the fee averages £910. "
        "All 12 staff will get a pay rise.\n"))
    assert found == [("640", "640")]


def test_a_definite_count_whose_words_run_on_into_its_clause_is_tied_by_its_noun(
        tmp_path: Path) -> None:
    """"across all 870 pitches ground rent comes to" runs from the count's noun straight on
    into its clause: the noun phrase ends at "pitches", where the earlier count's does
    ("870 pitches at six parks")."""
    found = restated(tmp_path, (
        "Caravan club accounts\n\n"
        "The club leases 870 pitches at six parks from the national trust.\n\n"
        "Winter pitches pay half, so across all 870 pitches ground rent comes to an average "
        "of £340 a pitch.\n"))
    assert found == [("870", "870")]


def test_a_definite_count_run_on_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    """"all 780 pitches ground rent" after "870 pitches": the words tie the two, for the
    check to find the slip."""
    found = restated(tmp_path, (
        "Caravan club accounts\n\n"
        "The club leases 870 pitches at six parks from the national trust.\n\n"
        "Winter pitches pay half, so across all 780 pitches ground rent comes to an average "
        "of £340 a pitch.\n"))
    assert found == [("870", "780")]


def test_a_run_on_count_is_not_tied_to_a_count_whose_noun_ends_elsewhere(
        tmp_path: Path) -> None:
    """"the 45 warden posts budget": no earlier count of posts; "45 warden vans" is a count of
    vans, whose noun phrase does not end at "warden", so the phrase is not cut there."""
    found = restated(tmp_path, (
        "Park service budget\n\n"
        "The service runs 45 warden vans across the district.\n\n"
        "Next year across the 45 warden posts budget lines fall by 2%.\n"))
    assert found == []


def test_a_definite_count_that_a_participle_qualifies_is_not_cut_to_its_noun(
        tmp_path: Path) -> None:
    """"the 96,000 people aged over 70" are some of the people, not the "1.2 million people"
    counted before: a participle after the noun says which, so the phrase runs on."""
    found = restated(tmp_path, (
        "County health survey\n\n"
        "Some 1.2 million people were registered with a doctor in the county.\n\n"
        "Of the 96,000 people aged over 70, a third had a flu jab.\n"))
    assert found == []


#: a summary's key point giving the level a move reached, and the body setting off the move's
#: two ends after a comma in other words for the way
BAKERY = ("Half-year results of the Tolbury Bakery\n\nHighlights\n\n"
          "- Net borrowing cut to {}\n\n"
          "Review\n\nCash flow was strong. Net borrowing fell over the half, from £22.9m at "
          "31 March to £18.4m at 30 September, after new ovens were bought.\n")


def test_a_key_point_s_level_reached_is_the_end_a_set_off_move_went_to(tmp_path: Path) -> None:
    """"cut to £18.4m" and "fell …, from £22.9m … to £18.4m": one way of moving in two
    words, and the level reached is the "to" end, not the "from"."""
    assert restated(tmp_path, BAKERY.format("£18.4m")) == [("£18.4m", "£18.4m")]


def test_a_key_point_s_level_reached_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    assert restated(tmp_path, BAKERY.format("£18.9m")) == [("£18.9m", "£18.4m")]


def test_a_key_point_s_level_reached_is_not_the_amount_a_move_went_by(tmp_path: Path) -> None:
    """"fell by £4.5m over the half" names net borrowing as the level does, but is the amount
    it moved: the key point's "cut to" level is the "to £18.4m"."""
    text = BAKERY.format("£18.4m").replace("Net borrowing fell over", "Net borrowing fell by "
                                           "£4.5m over")
    assert restated(tmp_path, text) == [("£18.4m", "£18.4m")]


#: a box of amounts whose labels are one noun each, under prose placing each amount by it
TOLLS = ("Bridge tolls raised $31.8 million last year\n\n"
         "Cars were the largest source of money, at $19.2 million, followed by lorries at "
         "$8.1 million and fines at $4.5 million. The city spent $2.2 million on repairs.\n\n"
         "By the numbers\n\n"
         "- Cars: $19.2 million · Lorries: {} · Fines: $4.5 million\n")


def test_a_box_label_of_one_noun_is_tied_to_the_amount_prose_places_by_it(
        tmp_path: Path) -> None:
    """"Lorries: $8.1 million" and "lorries at $8.1 million"; "Cars: …" and the sentence that
    opens on cars, whose first amount it is."""
    assert restated(tmp_path, TOLLS.format("$8.1 million")) == [
        ("$19.2 million", "$19.2 million"), ("$8.1 million", "$8.1 million"),
        ("$4.5 million", "$4.5 million")]


def test_a_box_label_of_one_noun_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    assert restated(tmp_path, TOLLS.format("$8.7 million")) == [
        ("$19.2 million", "$19.2 million"), ("$8.1 million", "$8.7 million"),
        ("$4.5 million", "$4.5 million")]


def test_a_box_label_of_one_noun_ties_nothing_where_prose_places_two_amounts_by_it(
        tmp_path: Path) -> None:
    """"fines at $4.5 million" and "fines at $1.1 million": which one the box gives the words
    do not say."""
    text = TOLLS.format("$8.1 million").replace(
        "on repairs.", "on repairs and fines at $1.1 million on the ferry.")
    assert ("$4.5 million", "$4.5 million") not in restated(tmp_path, text)


#: a web page's box of figures whose labels are the nouns counted
CLUB_BOX = ("Harbour rowing club: our year\n\n"
            "At a glance\n\n"
            "- Boats: 14 | Members: 156\n\n")


def test_a_label_that_is_the_noun_counted_is_tied_to_the_text_s_count_of_it(
        tmp_path: Path) -> None:
    """"Members: 156" and "we welcomed 156 members": the label's one word is what the prose
    counts, though no other word of the two names it alike."""
    found = restated(tmp_path, CLUB_BOX + (
        "The coaches ran 340 sessions on the water in 2025, and we welcomed 156 members to "
        "the boathouse.\n"))
    assert found == [("156", "156")]


def test_a_label_that_is_the_noun_counted_and_slipped_is_tied_all_the_same(
        tmp_path: Path) -> None:
    found = restated(tmp_path, CLUB_BOX + (
        "The coaches ran 340 sessions on the water in 2025, and we welcomed 165 members to "
        "the boathouse.\n"))
    assert found == [("156", "165")]


def test_a_label_that_is_the_noun_counted_ties_nothing_where_the_text_counts_it_twice(
        tmp_path: Path) -> None:
    """Two counts of members in the prose: which one the label gives its word does not say."""
    found = restated(tmp_path, CLUB_BOX + (
        "The coaches ran 340 sessions on the water in 2025, and we welcomed 156 members to "
        "the boathouse, against 131 members a year before.\n"))
    assert found == []


#: a summary's key point giving a quantity of one stuff in its unit
CIDER_POINTS = ("Cider county harvest 2025\n\n"
                "- Cider makers turned out 3.4 million litres of juice this season.\n\n"
                "The harvest\n\n")


def test_a_key_point_s_quantity_is_tied_to_the_text_s_quantity_of_the_same_stuff(
        tmp_path: Path) -> None:
    """"3.4 million litres of juice" in both: the noun after the unit's "of" names what is
    measured, where the verbs around the two ("turned out", "yielded") differ."""
    found = restated(tmp_path, CIDER_POINTS + (
        "The presses took in 5,200 tonnes of apples, which yielded 3.4 million litres of "
        "juice.\n"))
    assert found == [("3.4 million litres", "3.4 million litres")]


def test_a_key_point_s_quantity_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    found = restated(tmp_path, CIDER_POINTS + (
        "The presses took in 5,200 tonnes of apples, which yielded 4.3 million litres of "
        "juice.\n"))
    assert found == [("3.4 million litres", "4.3 million litres")]


def test_a_key_point_s_quantity_ties_nothing_where_the_text_gives_two_of_its_stuff(
        tmp_path: Path) -> None:
    found = restated(tmp_path, CIDER_POINTS + (
        "The presses yielded 3.4 million litres of juice in the autumn and 0.6 million litres "
        "of juice in the spring.\n"))
    assert found == []


def test_a_label_whose_count_names_its_own_noun_is_not_tied_by_the_label(
        tmp_path: Path) -> None:
    """"Kennels: 38 dogs" counts dogs; the text's "12 kennels" counts kennels."""
    found = restated(tmp_path, (
        "Riverside animal shelter: our year\n\n"
        "At a glance\n\n"
        "- Kennels: 38 dogs\n\n"
        "The shelter rehomed 410 animals in 2025 and built 12 kennels in the new wing.\n"))
    assert found == []


def restated_in_markdown(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """As :func:`restated`, for ``text`` read as a Markdown file."""
    return restated(tmp_path, text, ".md")


SUMMARY = ("# Brookfield Orchards: 2025 season\n\n"
           "Published 3 November 2025\n\n"
           "## At a glance\n\n"
           "- Growers pressed {key} of juice this autumn.\n"
           "- Picking ran for six weeks.\n\n"
           "## The season\n\n"
           "A warm September helped the fruit ripen early. The presses turned out "
           "740,000 litres of juice from the valley's apples, and a further 96,000 litres "
           "of cider was bottled at the farm.\n")


def test_a_markdown_summary_s_bullet_is_a_key_point_its_body_restates(tmp_path: Path) -> None:
    """A bullet of a Markdown summary is a key point, as a web page's list item is: its
    quantity of juice is the one the body's sentence gives of juice (not the cider's)."""
    found = restated_in_markdown(tmp_path, SUMMARY.format(key="740,000 litres"))
    assert found == [("740,000 litres", "740,000 litres")]


def test_a_markdown_key_point_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    """"704,000 litres" in the summary over a body that says 740,000: the words name one
    quantity of juice, so the two are tied and the check can find the slip."""
    found = restated_in_markdown(tmp_path, SUMMARY.format(key="704,000 litres"))
    assert found == [("704,000 litres", "740,000 litres")]


#: a title whose amount the article gives again only in a later section, under a heading
#: of its own, past the paragraph under the title (whose sentences give counts and times,
#: no amount)
FAIR = ("Riverside Gazette\n\n"
        "Harvest fair draws 6,300 visitors and raises £48,000 for the lifeboat crew\n\n"
        "By Tom Ashby, Saturday 4 October 2025\n\n"
        "The harvest fair on the quay had its busiest weekend yet. Some 6,300 visitors came "
        "through the gates, and 140 stalls sold local food. The town's 3 car parks were "
        "full by noon on both days. A shuttle bus ran every 20 minutes from the station. "
        "Organisers thanked 85 volunteers.\n\n"
        "Lifeboat appeal\n\n"
        "Visitors gave {} to the lifeboat crew on the day. The crew will spend it on a "
        "new engine.\n")


def test_a_title_s_amount_is_tied_to_the_later_section_naming_it_again(
        tmp_path: Path) -> None:
    """"raises £48,000 for the lifeboat crew" and, two headings on, "gave £48,000 to the
    lifeboat crew": the title sums up the whole text, and "lifeboat" and "crew" name the
    amount alike."""
    found = restated(tmp_path, FAIR.format("£48,000"))
    assert ("£48,000", "£48,000") in found
    assert [pair for pair in found if pair[0].startswith("£")] == [("£48,000", "£48,000")]


def test_a_title_s_amount_that_slipped_in_a_later_section_is_tied_and_a_violation(
        tmp_path: Path) -> None:
    """"£48,000" in the title, "£84,000" in the section: the words tie the two, and the
    check, not the reader, finds that they disagree."""
    found = restated(tmp_path, FAIR.format("£84,000"))
    assert [pair for pair in found if pair[0].startswith("£")] == [("£48,000", "£84,000")]
    assert violations(tmp_path) == ["restatement"]


def test_a_title_s_amount_is_not_tied_to_a_later_amount_sharing_one_word(
        tmp_path: Path) -> None:
    """Past the title's paragraph one shared word is chance: "the lifeboat station's roof
    cost £48,000" names the roof, not what the fair raised for the crew."""
    found = restated(tmp_path, FAIR.replace(
        "Visitors gave {} to the lifeboat crew on the day",
        "Last year the lifeboat station's roof was mended at a cost of {}").format(
            "£48,000"))
    assert [pair for pair in found if pair[0].startswith("£")] == []


def test_a_key_point_written_again_word_for_word_is_tied_by_one_shared_word(
        tmp_path: Path) -> None:
    """The summary's "64.3%" and the body's "64.3%" share only "reservoirs" of what they
    measure, too few words to name the measure alike, but the text writes that figure
    twice only: once as a key point, once in its prose."""
    found = restated(tmp_path, (
        "Water resources, summer 2025\n\n"
        "* The reservoirs stood at 64.3% at the end of August.\n"
        "* Rainfall was 18 per cent below the long-term average.\n\n"
        "Storage\n\n"
        "After ten dry weeks the reservoirs held 64.3% of their capacity, the water board "
        "said.\n"))
    assert found == [("64.3%", "64.3%")]


def test_a_key_point_written_again_twice_in_the_prose_is_tied_to_neither(
        tmp_path: Path) -> None:
    """A third writing of the figure ("64.3%" of the samples that passed) leaves which of
    the prose's two the key point states untold: the values never choose."""
    found = restated(tmp_path, (
        "Water resources, summer 2025\n\n"
        "* The reservoirs stood at 64.3% at the end of August.\n\n"
        "Storage\n\n"
        "After ten dry weeks the reservoirs held 64.3% of their capacity, the water board "
        "said. Tests at the reservoirs found 64.3% of samples clear of algae.\n"))
    assert found == []


def test_a_key_point_s_count_written_again_is_not_tied_by_its_digits(tmp_path: Path) -> None:
    """"240 volunteers" and "240 bags" share the clean-up and the digits, and count two
    things: a count is named by its noun, never by its digits alone."""
    found = restated(tmp_path, (
        "Beach clean-up, spring 2025\n\n"
        "* 240 volunteers turned out for the clean-up.\n\n"
        "The day\n\n"
        "The clean-up filled 240 bags with litter from the dunes, the trust said.\n"))
    assert found == []
