"""Sums whose total a later sentence names back with "together" or "combined" over the parts
the sentence before sets out ("Redline is cutting 20, Blue Star 18 and Castle Ferries 14.
Together the 52 cuts …"; "Combined, the two months drew 2,290 visits"), one amount "together
with" the one said before making a total the words name ("total dividends"), a count "of us
altogether", and a cost "shared between" its payers."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

KIND = "SumRelation"
TITLE = "Harbour and ferry review 2024"


def _sums(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, TITLE, text, KIND)


def test_together_the_total_named_back_over_the_list_before(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Three ferry firms will cut sailings this winter. Redline is "
                           "cutting 20, Blue Star 18 and Castle Ferries 14, the firms said. "
                           "Together the 52 cuts are the deepest in years.") == [
        "20 + 18 + 14 = 52"]


def test_no_sum_over_two_levels_a_clause_sets_apart(tmp_path: Path) -> None:
    # a level then and one now are no list of parts
    assert _sums(tmp_path / "a", "In 2015 there were 412 berths; today there are 187. "
                                 "Together the 599 berths were never full.") == []


def test_combined_the_two_months_over_the_months_before(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Visits peaked in summer. July alone accounted for 1,420 visits, "
                           "27.5% of the annual count, and August for a further 870. "
                           "Combined, the two months produced 2,290 visits.") == [
        "1,420 + 870 = 2,290"]


def test_together_with_the_amount_said_before_makes_the_named_total(tmp_path: Path) -> None:
    assert _sums(tmp_path, "The board declared a final dividend of 8.5 cents per share. "
                           "Together with the 6.0 cent interim dividend, total dividends for "
                           "the year are 14.5 cents.") == ["8.5 cents + 6.0 cent = 14.5 cents"]
    # the sentence before speaks of another measure: no part of this total
    assert _sums(tmp_path / "b", "Ticket sales rose to £8.5 million. Together with the "
                                 "£6.0 million of grants, total income for the year was "
                                 "£14.5 million.") == []


def test_a_count_of_us_altogether(tmp_path: Path) -> None:
    assert _sums(tmp_path, "Next spring 18 of our rowers and three coaches, 21 of us "
                           "altogether, are travelling to the regatta.") == ["18 + three = 21"]


def test_a_cost_shared_between_two_payers(tmp_path: Path) -> None:
    assert _sums(tmp_path, "The final cost of £48.5 million was shared between the council, "
                           "which put in £29.1 million, and the trust, which found the rest, "
                           "£19.4 million.") == ["£29.1 million + £19.4 million = £48.5 million"]
