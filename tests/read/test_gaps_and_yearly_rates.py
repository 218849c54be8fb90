"""A percent said of a gap or as a rate a year is no share of, nor change between, the
amounts around it: "an overspend of £52,000, or 13 per cent" is the overspend's percent of
its budget (never the spending's share of the overspend), and "grew from A to B, an average
annual increase of 5 per cent" is a rate a year, never the change from A to B."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels
from tests.read.test_table_total_shares import shares


def test_a_percent_set_off_after_an_overspend_is_no_share_of_it(tmp_path: Path) -> None:
    """"Costs reached £452,000 against a budget of £400,000: an overspend of £52,000, or 13
    per cent": the 13 per cent is the overspend measured against the budget, so the costs
    are no share of the overspend (an "of" after a noun of a gap gives its size, not a
    whole)."""
    found = shares(tmp_path, "Library repairs\n\nCosts reached £452,000 against a budget of "
                             "£400,000: an overspend of £52,000, or 13 per cent.\n")
    assert found == {}


def test_an_average_annual_increase_is_no_change_between_its_two_ends(tmp_path: Path) -> None:
    """"Sales grew from €40.0 million in 2019 to €52.0 million this spring, an average
    annual increase of 5.4 per cent": a rate a year over years the words leave open, not
    the rise of 30 per cent from one end to the other."""
    labels = relation_labels(tmp_path, "Ferry company", "Sales grew from €40.0 million in 2019 "
                             "to €52.0 million this spring, an average annual increase of 5.4 "
                             "per cent.", "PercentChangeRelation")
    assert labels == []


def test_an_average_annual_amount_that_rose_still_has_its_change_read(tmp_path: Path) -> None:
    """"The average annual fee rose 4% to £520 from £500": "average annual" names the fee,
    and the 4% is its change from £500 to £520."""
    labels = relation_labels(tmp_path, "Club fees", "The average annual fee rose 4% to £520 "
                             "from £500.", "PercentChangeRelation")
    assert labels == ["£500 to £520: rose 4%"]


def test_a_count_sharing_only_the_first_word_of_the_per_phrase_is_not_its_count(
        tmp_path: Path) -> None:
    """"The depot runs 40 bus routes … an average of £3.10 per bus mile": the routes and the
    miles share the word "bus", but miles are what the average is per, not routes."""
    labels = relation_labels(tmp_path, "Depot costs", "The depot runs 40 bus routes and took "
                             "fares of £12.4 million. Dividing fare income by miles run gives "
                             "an average of £3.10 per bus mile.", "AverageRelation")
    assert labels == []


def test_a_count_of_the_whole_per_phrase_is_still_its_count(tmp_path: Path) -> None:
    """"The hall sold 2,000 ice hours for $420,000, an average of $210 per ice hour": the
    count names the same two words, so it is the count."""
    labels = relation_labels(tmp_path, "Rink", "The hall sold 2,000 ice hours for $420,000, "
                             "an average of $210 per ice hour.", "AverageRelation")
    assert labels == ["$420,000 ÷ 2,000 = $210 each"]


OUTFITTERS = """Harbour Outfitters sales, 2025

{sentence}

Table 1. Units sold
  Range                        2024      2025    Change (%)
  Rowing machines             3,100     3,250          4.8
  Camping equipment           5,000     5,150          3.0
  Tents                       1,900     2,005          5.5
  Total                      10,000    10,405          4.1
"""


def test_a_row_of_equipment_is_not_named_by_a_sentence_that_says_equipment(
        tmp_path: Path) -> None:
    """"Sales of outdoor equipment reached 10,405 units, 4.1% more than in 2024" speaks of all
    the ranges: "equipment" names things, not a doing, so it names no row "Camping
    equipment" (whose change would then be set against the 4.1%)."""
    from tests.read.test_ties import relations, ties_in

    checked, _ = relations(tmp_path, OUTFITTERS.format(
        sentence="Sales of outdoor equipment reached 10,405 units in 2025, 4.1% more than in "
                 "2024."))
    assert "Camping equipment, Change (%): the table and the text" not in ties_in(checked)


def test_the_number_of_a_priority_or_tier_is_its_name_not_a_figure(tmp_path: Path) -> None:
    """"Priority 2 roads cover 410 km" and "Tier 1 capital of €3.2 billion": the numbers
    say which priority and which tier, so they are no counts an average could be taken
    over."""
    from kg.read import read
    from tests.read import figure_quotes

    (tmp_path / "n.txt").write_text(
        "Roads and banks\n\nPriority 2 roads cover 410 km of the county. The bank held Tier 1 "
        "capital of €3.2 billion, and Stage 3 works start in May.\n", encoding="utf-8")
    made = read(tmp_path / "n.txt", tmp_path / "c")
    assert sorted(figure_quotes(made.folder).values()) == ["410 km", "€3.2 billion"]


SURGERIES = """Hillcrest Dental Group results

Key figures (£ million)            2026      2025
Revenue                            60.0      52.0
  NHS dentistry                    24.0      22.0
  Private dentistry                36.0      30.0
Operating profit                    9.0       7.5

{sentence}
"""


def test_an_average_said_of_a_segment_is_of_that_segment_s_row(tmp_path: Path) -> None:
    """"Private dentistry patients made 400,000 visits in 2026, an average of £90 of revenue
    per visit": the segment the words name has a row of its own under "Revenue", and that
    row's cell is what is spread over the visits, not the group's revenue."""
    labels = relation_labels(tmp_path, "Dental group", SURGERIES.format(
        sentence="Private dentistry patients made 400,000 visits in 2026, at an average of "
                 "£90 of revenue per visit."), "AverageRelation")
    assert labels == ["36.0 ÷ 400,000 = £90 each"]
