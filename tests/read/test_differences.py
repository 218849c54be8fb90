"""kg read: differences whose words give their ends as a move: a span "faster" is shorter
("fell to 41 days from 63, or 22 days faster"); "That is 1,290 fewer claims" is the move the
sentence before states; "rose from A to B (D)" gives the move's size in brackets, and a move
past a semicolon is another clause's."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read
from tests.read import relation_labels


def _differences(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "note.txt").write_text("Service note 2025\n\n" + text + "\n", encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:DifferenceRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_a_span_faster_is_the_shorter_span(tmp_path: Path) -> None:
    assert _differences(tmp_path, "The median wait for a hearing fell to 41 days from 63, or "
                                  "22 days faster.") == ["63 - 41 days = 22 days"]


def test_that_is_n_fewer_is_the_move_the_sentence_before_states(tmp_path: Path) -> None:
    assert _differences(tmp_path, "At the end of May, 9,120 claims were open, down 12.4% "
                                  "from 10,410 a year earlier. That is 1,290 fewer claims "
                                  "waiting.") == ["10,410 - 9,120 = 1,290"]


def test_a_move_s_size_in_brackets_and_each_clause_s_own_ends(tmp_path: Path) -> None:
    assert _differences(tmp_path, "In the treated wards, mean stay fell from 6.40 days to "
                                  "5.90 days, a fall of 0.50 days; in other wards it fell "
                                  "from 6.35 days to 6.30 days (0.05 days).") == [
        "6.40 days - 5.90 days = 0.50 days", "6.35 days - 6.30 days = 0.05 days"]


def test_a_move_s_size_in_brackets_past_unit_words_after_its_figures(tmp_path: Path) -> None:
    assert _differences(tmp_path, "Among night-shift nurses, mean sleep rose from 6.20 h to "
                                  "6.31 h (0.11 h).") == ["6.31 h - 6.20 h = 0.11 h"]


def test_a_move_s_size_after_its_ends_by_or_by(tmp_path: Path) -> None:
    assert _differences(tmp_path, "Average heating bills fell from €1,840 to €1,310, i.e. by "
                                  "€530, over the two winters.") == ["€1,840 - €1,310 = €530"]


def test_more_than_in_a_year_when_gives_the_earlier_level(tmp_path: Path) -> None:
    # (with no "when", the earlier level is nowhere in the words: nothing is read of it)
    assert _differences(tmp_path, "Some 3,950 members voted in the ballot, 240 more than in "
                                  "2023, when 3,710 voted. The fund paid out £1,204,000, some "
                                  "£38,000 less than a year earlier.") == [
        "Some 3,950 - 3,710 = 240"]


def test_a_saving_on_a_price_after_it_is_the_dearer_end(tmp_path: Path) -> None:
    assert _differences(tmp_path, "An adult season pass costs £96.50, a saving of £11.50 on "
                                  "the £108.00 you would pay per visit.") == [
        "£108.00 - £96.50 = £11.50"]


def test_leaving_a_net_inflow_is_the_gap_of_the_two_flows_before(tmp_path: Path) -> None:
    assert _differences(tmp_path, "Dues came to £4.2 million, while £3.9 million was paid in "
                                  "claims, leaving a net inflow of £0.3 million.") == [
        "£4.2 million - £3.9 million = £0.3 million"]


def test_income_exceeded_spending_takes_the_total_rows_so_labelled(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(
        "# Hillside Pantry review 2024\n\n## Where the money came from\n\n"
        "| Source | £ |\n|---|---:|\n| Donations | 120,500 |\n| Grants | 96,300 |\n"
        "| **Total income** | **216,800** |\n\n## How we spent it\n\n"
        "| Item | £ |\n|---|---:|\n| Food | 140,200 |\n| Rent | 52,100 |\n"
        "| **Total expenditure** | **192,300** |\n\n"
        "Income exceeded planned spending by £24,500, which the trustees put in reserve.\n",
        encoding="utf-8")
    made = read(tmp_path / "note.md", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert re.findall(r'a cg:DifferenceRelation ;.*?rdfs:label "([^"]+)"', relations,
                      re.S) == ["216,800 - 192,300 = £24,500"]


def _accounts(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    made = read(tmp_path / "note.md", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:DifferenceRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_a_surplus_said_alone_is_income_less_spending_of_the_total_rows(
        tmp_path: Path) -> None:
    # the balance stated before the tables that total its two flows
    assert _accounts(tmp_path, (
        "# Riverside choir accounts 2025\n\nThe season ended with a surplus of $3,700, "
        "which the committee will spend on new scores.\n\n## Money in\n\n"
        "| Source | $ |\n|---|---:|\n| Subscriptions | 18,400 |\n| Concerts | 9,600 |\n"
        "| **Total income** | **$28,000** |\n\n## Money out\n\n"
        "| Item | $ |\n|---|---:|\n| Hall hire | 14,100 |\n| Conductor | 10,200 |\n"
        "| **Total expenses** | **$24,300** |\n")) == ["$28,000 - $24,300 = $3,700"]


def test_a_deficit_said_alone_is_spending_less_income(tmp_path: Path) -> None:
    assert _accounts(tmp_path, (
        "# Riverside choir accounts 2025\n\n## Money in\n\n"
        "| Source | $ |\n|---|---:|\n| Subscriptions | 18,400 |\n| Concerts | 5,600 |\n"
        "| **Total income** | **$24,000** |\n\n## Money out\n\n"
        "| Item | $ |\n|---|---:|\n| Hall hire | 14,100 |\n| Conductor | 10,200 |\n"
        "| **Total expenses** | **$24,300** |\n\n"
        "The year closed with a deficit of $300, met from reserves.\n")) == [
        "$24,300 - $24,000 = $300"]


def test_a_surplus_row_is_each_period_s_income_less_its_spending(tmp_path: Path) -> None:
    assert _accounts(tmp_path, (
        "# Riverside choir accounts\n\n"
        "| | 2025 | 2024 |\n|---|---:|---:|\n| Subscriptions | 18,400 | 17,000 |\n"
        "| Concerts | 9,600 | 8,100 |\n| **Total income** | **28,000** | **25,100** |\n"
        "| Hall hire | 14,100 | 13,900 |\n| Conductor | 10,200 | 9,800 |\n"
        "| **Total expenses** | **24,300** | **23,700** |\n"
        "| Surplus for the year | 3,700 | 1,400 |\n")) == [
        "28,000 - 24,300 = 3,700", "25,100 - 23,700 = 1,400"]


def test_a_surplus_the_total_rows_do_not_leave_is_a_violation(tmp_path: Path) -> None:
    # 28,160 less 24,310 leaves 3,850, not 3,580
    assert _accounts(tmp_path, (
        "# Riverside choir accounts 2025\n\nThe season ended with a surplus of $3,580.\n\n"
        "| Source | $ |\n|---|---:|\n| Subscriptions | 18,560 |\n| Concerts | 9,600 |\n"
        "| **Total income** | **$28,160** |\n\n"
        "| Item | $ |\n|---|---:|\n| Hall hire | 14,110 |\n| Conductor | 10,200 |\n"
        "| **Total expenses** | **$24,310** |\n")) == ["$28,160 - $24,310 = $3,580"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["difference"]


def test_a_net_gain_after_a_flow_in_and_a_flow_out_is_their_difference(
        tmp_path: Path) -> None:
    """'a net gain of 26' nets the flows said before it (hired, lost), not the level's move
    ('taking the team to 340 from 314'), which a sum of the earlier level and the net is."""
    assert _differences(tmp_path, "The depot hired 41 drivers and lost 15, a net gain of 26, "
                                  "taking the team to 340 from 314.") == ["41 - 15 = 26"]


def test_a_net_loss_takes_the_flow_out_as_the_larger(tmp_path: Path) -> None:
    assert _differences(tmp_path, "Over the year 64 members joined the club and 92 left, a "
                                  "net loss of 28.") == ["92 - 64 = 28"]


def test_more_than_it_takes_the_figure_right_before_as_the_smaller(tmp_path: Path) -> None:
    """'more than it': "it" is what the figure right before names (the target), the level
    the one before that; no figure of an earlier sentence."""
    assert _differences(tmp_path, "Last winter the ward treated 512 patients a week. This "
                                  "winter it treated 468 patients a week, above the planned "
                                  "430 patients a week, and 38 patients more than it.") == [
        "468 - 430 = 38"]


def test_a_sentence_opening_on_the_shortfall_takes_the_two_amounts_before(
        tmp_path: Path) -> None:
    """'The shortfall of …' opens on a gap the sentence before just set out: between its two
    amounts of the unit."""
    assert _differences(tmp_path, "The parish plans to spend £84,200 next year against "
                                  "expected income of £79,900. The shortfall of £4,300 will "
                                  "come from reserves.") == ["£84,200 - £79,900 = £4,300"]


def test_an_amount_between_two_bounds_is_the_band_s_width(tmp_path: Path) -> None:
    """'the £9,500 between £20,500 and £30,000': the width of the band its bounds give, the
    upper bound less the lower."""
    assert _differences(tmp_path, "The grant covers 40% of the £9,500 between £20,500 and "
                                  "£30,000.") == ["£30,000 - £20,500 = £9,500"]


def test_a_saving_between_two_values_of_one_average_is_their_difference(
        tmp_path: Path) -> None:
    # an average is a rate, no end of a gap between totals; but the two values one mean
    # takes ("was £58 online and £87 by post") are the ends of the saving between them
    assert _differences(tmp_path, "The mean cost per renewal was £58 online and £87 by post, "
                                  "a saving of £29.") == ["£87 - £58 = £29"]
    # "… and a day ticket cost …": a price of another subject, not the mean's second value
    (tmp_path / "other").mkdir()
    assert relation_labels(tmp_path / "other", "Service note 2025",
                           "The mean fare was £3.40 and a day ticket cost £9.20, a saving of "
                           "£5.80.", "DifferenceRelation") == []


def test_a_saving_between_two_values_of_one_average_they_do_not_make_is_a_violation(
        tmp_path: Path) -> None:
    assert _differences(tmp_path, "The mean cost per renewal was £58 online and £91 by post, "
                                  "a saving of £29.") == ["£91 - £58 = £29"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["difference"]
