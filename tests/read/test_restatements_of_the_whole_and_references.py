"""Prose restatements the words tie: a label's "Total" and the prose's "overall" or
"combined" name one whole; a definite count refers back to the count that brought its noun
in, not to an earlier reference's subset; "our" and "its" make a count as definite as "the"."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_prose_restatements import restated


def test_a_box_s_total_is_the_prose_s_overall_measure(tmp_path: Path) -> None:
    """"Total bus fleet: 418" names the fleet the prose calls "the overall bus fleet"."""
    found = restated(tmp_path, (
        "Transit authority annual update\n\n"
        "The overall bus fleet now stands at 418 vehicles after the spring deliveries, the "
        "authority said on Monday.\n\n"
        "At a glance\n\n"
        "Total bus fleet: 418\n"))
    assert found == [("418", "418")]


def test_a_box_s_total_that_slipped_is_tied_all_the_same(tmp_path: Path) -> None:
    found = restated(tmp_path, (
        "Transit authority annual update\n\n"
        "The overall bus fleet now stands at 418 vehicles after the spring deliveries, the "
        "authority said on Monday.\n\n"
        "At a glance\n\n"
        "Total bus fleet: 481\n"))
    assert found == [("418", "481")]


def test_a_definite_count_refers_back_past_a_reference_to_a_subset(tmp_path: Path) -> None:
    """"the 9 members who resigned" is a subset named by its own clause; "Of the 54
    members" takes up the 54 the text brought in."""
    found = restated(tmp_path, (
        "Choir society report\n\n"
        "The society had 54 members in its first season under the new director. Subscriptions "
        "from the 9 members who resigned were refunded in full.\n\n"
        "Of the 54 members, 31 sang at the winter concert.\n"))
    assert found == [("54", "54")]


def test_a_count_after_our_refers_back_to_the_count_of_its_noun(tmp_path: Path) -> None:
    found = restated(tmp_path, (
        "Community garden update\n\n"
        "Volunteers now tend 86 raised beds across the two plots behind the library.\n\n"
        "Only 20 of our 86 beds are wheelchair accessible, which we hope to change.\n"))
    assert found == [("86", "86")]


def test_a_definite_count_a_relative_clause_qualifies_is_tied_where_the_clause_fits(
        tmp_path: Path) -> None:
    """"the 312 lamps that were replaced" takes up the lamps replaced before; "the 40 lamps
    that failed" is a subset its clause names, no count said again."""
    found = restated(tmp_path, (
        "Street lighting review\n\n"
        "Contractors replaced 312 lamps on the seafront during the winter works.\n\n"
        "The 40 lamps that failed in the first month were covered by the warranty. Energy "
        "use fell by 18% across the 312 lamps that were replaced.\n"))
    assert found == [("312", "312")]


def test_a_key_point_s_past_verb_names_the_measure_its_noun_names(tmp_path: Path) -> None:
    """"visitors spent £42.5 million" and "spending by visitors of £42.5 million": "spent"
    is a form of "spend", though its letters part from "spending" early."""
    found = restated(tmp_path, (
        "Tourism in the county, 2025\n\n"
        "Key points\n\n"
        "* Overseas visitors spent £42.5 million in the county.\n\n"
        "Spending\n\n"
        "Total spending by overseas visitors came to £42.5 million, a record for the "
        "county.\n"))
    assert found == [("£42.5 million", "£42.5 million")]
