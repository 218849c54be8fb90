"""An average over a number of periods ("in each of the six months") is read and checked."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read


def test_an_average_over_months_counts_the_months(tmp_path: Path) -> None:
    source = tmp_path / "port.txt"
    source.write_text("Port report, first half 2025\n\nThe port handled 2.4 million containers "
                      "in the first half. On average the port handled 480,000 containers in "
                      "each of the six months.\n", encoding="utf-8")
    read(source, tmp_path / "c")
    report = check_corpus(build_corpus(tmp_path / "c"))
    averages = [f for f in report.findings if f.check == "average"]
    structure = [f for f in report.findings if f.check == "structure"
                 and f.severity == "violation"]
    # 2.4 million over six months is 400,000 (391,667 to 408,333): 480,000 is a slip
    assert [f.severity for f in averages] == ["violation"] and not structure


def test_an_average_of_a_table_row_takes_the_cell_of_its_own_period(tmp_path: Path) -> None:
    import re

    source = tmp_path / "trading.md"
    source.write_text("# Winter trading\n\n| Six weeks to 4 January | 2025/26 £m | 2024/25 £m |\n"
                      "| --- | --- | --- |\n| Shops | 318.2 | 310.4 |\n| Web | 141.6 | 128.7 |\n\n"
                      "Sales in our 146 shops averaged £2.18m per shop.\n", encoding="utf-8")
    read(source, tmp_path / "c")
    relations = (tmp_path / "c" / "trading" / "relations.ttl").read_text(encoding="utf-8")
    averages = re.findall(r"a cg:AverageRelation ;.*?rdfs:label \"([^\"]+)\"", relations, re.S)
    # last year's 310.4 is named "Shops" too, but the average is this year's
    assert averages == ["318.2 ÷ 146 = £2.18m each"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]


def _average_labels(tmp_path: Path, text: str) -> list[str]:
    import re

    source = tmp_path / "note.txt"
    source.write_text("Programme note 2024\n\n" + text + "\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    path = made.folder / "relations.ttl"
    # (a document whose words state no relation has no relations file)
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r"a cg:AverageRelation ;.*?rdfs:label \"([^\"]+)\"", relations, re.S)


def test_what_one_thing_cost_put_another_way_is_the_total_over_the_things(
        tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The clinic vaccinated 8,000 dogs in 2024. The whole "
                                     "campaign cost $96,000. Put another way, protecting one "
                                     "dog for the season cost $14.") == [
        "$96,000 ÷ 8,000 = $14 each"]
    # $96,000 over 8,000 dogs is $12 a dog: $14 is a slip
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["average"]


def test_the_cost_of_one_thing_after_the_amount_is_an_average(tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The shelter housed 1,500 guests in 2024. Its running "
                                     "costs were £90,000, so it cost £60 to house one guest.") \
        == ["£90,000 ÷ 1,500 = £60 each"]



def test_an_amount_per_thing_counts_the_whole_not_a_part_named_nearer(tmp_path: Path) -> None:
    # the 42,000 school visits are one part of the year's visits: the grant is spread over
    # the 210,000 the zoos welcomed, named a sentence further back
    assert _average_labels(tmp_path, "Our zoos welcomed 210,000 visits in the year. School "
                                     "groups accounted for 42,000 visits - one in five of the "
                                     "total. The city's grant of £1.26 million works out at "
                                     "£6.00 per visit.") == ["£1.26 million ÷ 210,000 = £6.00 each"]



def test_a_bound_in_a_clause_on_the_things_counted_is_no_total(tmp_path: Path) -> None:
    # "at least one visit" says what makes a member, not the visits they made between them
    assert _average_labels(tmp_path, "Members made 17,680 visits to the gym in 2024. There "
                                     "were 5,200 members - people who made at least one visit "
                                     "- which works out at an average of 3.4 visits per "
                                     "member.") == ["17,680 ÷ 5,200 = 3.4 each"]


def test_an_average_named_like_a_whole_and_its_part_averages_the_whole(
        tmp_path: Path) -> None:
    # the 18,000 are set off as a share of the total: "books" alone names the 90,000
    assert _average_labels(tmp_path, "The library lent 90,000 books in 2024. Some 18,000 "
                                     "books - about one in five, or 20% of the total - were "
                                     "picture books. The library had 6,000 members. That "
                                     "works out to an average of 15 books per member.") == [
        "90,000 ÷ 6,000 = 15 each"]


def test_a_list_item_average_takes_the_amount_its_label_names(tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "Where the money goes ($ thousand)\n\n"
                                     "    Road repairs              840.0\n"
                                     "    Street lighting           210.0\n"
                                     "    Total spending          1,050.0\n\n"
                                     "What it buys\n\n"
                                     "- Road repairs: resurfacing of lanes serving 1,200 "
                                     "households, an average cost of $700 per household.\n"
                                     "- Street lighting: new lamps for 3,000 homes ($70 per "
                                     "home).") == ["840.0 ÷ 1,200 = $700 each",
                                                   "210.0 ÷ 3,000 = $70 each"]



def test_a_number_set_off_per_thing_averages_the_count_before_it(tmp_path: Path) -> None:
    # "about 300 per inspector" names no noun of its own: it is of the inspections counted
    # before it, spread over the 40 inspectors (not the 12,630 of the year compared with)
    assert _average_labels(tmp_path, "The city's 40 inspectors carried out 12,000 "
                                     "inspections, 5% fewer than the 12,630 made in 2023 - "
                                     "about 400 per inspector.") == [
        "12,000 ÷ 40 = about 400 each"]
    # 12,000 over 40 inspectors is 300 each: 400 is a slip
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["average"]



def test_a_footnote_mark_after_a_full_stop_ends_the_average_s_sentence(tmp_path: Path) -> None:
    # the share's amount under the next heading is no total of the trips' average
    assert _average_labels(tmp_path, "With 820 lorry trips in the year, each trip moved an "
                                     "average of 14 tonnes.2\nRecycling\nRecycling made up 30% "
                                     "of all tonnes moved, or about 3,400 tonnes.") == []


def test_what_each_one_thing_cost_is_no_total_of_another_average(tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The council wrote to 12,000 households. Each leaflet "
                                     "cost £0.05, or £0.20 per household for the set of "
                                     "four.") == []


def test_an_average_per_enrolled_thing_in_an_arm_counts_the_arm_as_enrolled(
        tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "A total of 2,400 pupils were enrolled: 1,190 in "
                                     "intervention classes and 1,210 in control classes. "
                                     "Follow-up data were available for 2,100 pupils (87.5 "
                                     "percent of those enrolled): 1,040 in the intervention arm "
                                     "and 1,060 in the control arm. The tutoring cost $59,500, "
                                     "or $50.00 per enrolled pupil in the intervention "
                                     "arm.") == ["$59,500 ÷ 1,190 = $50.00 each"]


def test_an_amount_per_thing_per_year_spreads_the_amount_per_thing_over_the_years(
        tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The school enrolled 2,000 pupils. The scheme cost $90,000 "
                                     "over three years, or $45.00 per pupil -- an average of "
                                     "$15.00 per pupil per year.") == [
        "$90,000 ÷ 2,000 = $45.00 each", "$45.00 ÷ three years = $15.00 each"]


def test_an_amount_each_restated_in_total_is_spread_over_the_things_counted(
        tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The council bought four gritting lorries at £120,000 "
                                     "each, or £480,000 in total, to join its fleet of "
                                     "15.") == ["£480,000 ÷ four = £120,000 each"]


def test_an_average_loan_amount_restated_as_total_lending(tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The bank made 1,200 small business loans in 2024, with an "
                                     "average loan amount of $15,000 — about $18.0 million in "
                                     "total lending.") == [
        "about $18.0 million ÷ 1,200 = $15,000 each"]


def test_a_change_over_years_averaged_a_year_spreads_the_change(tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The glacier shrank by 60 metres over the past 15 years, "
                                     "an average of 4 metres a year.") == [
        "60 metres ÷ 15 years = 4 metres each"]


def test_a_total_spread_over_monthly_instalments_is_that_amount_a_month(tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The yearly service charge on the flat is £1,440. Spread "
                                     "over twelve monthly instalments, that comes to £120 a "
                                     "month.") == ["£1,440 ÷ twelve = £120 each"]


def test_what_a_percent_is_of_is_not_the_total_a_spread_points_back_to(tmp_path: Path) -> None:
    # "that" is the bonus the sentence before works out, not the salary it is a share of
    assert _average_labels(tmp_path, "Her bonus is 10% of her £30,000 salary, which is £3,000. "
                                     "Spread over 12 monthly payslips, that works out at £250 a "
                                     "month.") == ["£3,000 ÷ 12 = £250 each"]


def test_a_total_over_things_then_an_average_shares_it_over_them(tmp_path: Path) -> None:
    # the average is "per event", the things "concerts": the clause spreads the one over the other
    assert _average_labels(tmp_path, "The orchestra sold 36,000 seats across 24 concerts, an "
                                     "average of 1,500 per event.") == [
        "36,000 ÷ 24 = 1,500 each"]


def test_a_share_set_off_between_the_things_and_the_average_is_passed_over(
        tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The main stage drew 18,000 people across nine sets - about "
                                     "a third of the crowd that weekend - and an average of "
                                     "2,000 a show.") == ["18,000 ÷ nine = 2,000 each"]


def test_a_bare_each_is_each_of_the_things_the_sentence_opens_on(tmp_path: Path) -> None:
    # "each" names no noun: the members the clause opens on, counted a sentence before
    assert _average_labels(tmp_path, "The choir has 40 members. Members sang 1,200 hours at "
                                     "concerts last year, an average of 30 hours each.") == [
        "1,200 hours ÷ 40 = 30 hours each"]


def test_the_things_a_passive_verb_is_done_by_are_counted_not_a_change(tmp_path: Path) -> None:
    assert _average_labels(tmp_path, "The dairy is owned by 150 farming families. Families "
                                     "graze 6,000 hectares between them - an average of 40 "
                                     "hectares each.") == [
        "6,000 hectares ÷ 150 = 40 hectares each"]

