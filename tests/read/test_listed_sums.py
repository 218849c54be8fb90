"""kg read: a sentence that counts the sources of an amount and ends on a colon ("paid for
from three sources:"), the list set out below it an item a bullet, and a sentence after it
opening on "Total": the items' amounts add up to that total; and a sentence that states a
total and ends on a colon ("£2.8 million is budgeted:", "… broke down as follows:"), its
list below uncounted: the items' amounts add up to the total it leads in with."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import sum_labels

REPORT = """Harbour trust: accounts for donors, 2024

The new slipway was paid for from three sources:

    - port dues: $412,000
    - a lottery grant: $250,000
    - the district council: NZD 150,000 (${council} at the rate of the day)

Total funding therefore came to $752,000, and the slipway opened on time.
"""


def _sums(tmp_path: Path, council: str) -> list[str]:
    return sum_labels(tmp_path, "trust.txt", REPORT.format(council=council))


def test_a_bulleted_list_of_counted_sources_adds_up_to_the_total_below(
        tmp_path: Path) -> None:
    assert _sums(tmp_path, "90,000") == ["$412,000 + $250,000 + $90,000 = $752,000"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.check == "sum" and f.severity == "violation"]


def test_a_slip_in_a_bulleted_source_is_a_violation_of_the_sum(tmp_path: Path) -> None:
    assert _sums(tmp_path, "99,000") == ["$412,000 + $250,000 + $99,000 = $752,000"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"
            and f.check == "sum"] == ["sum"]


def test_a_markdown_list_of_counted_sources_adds_up_to_the_total_below(
        tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "trust.md", (
        "# Harbour trust 2024\n\nThe new slipway was paid for from three sources:\n\n"
        "- port dues: $412,000\n- a lottery grant: $250,000\n- the district council: "
        "$90,000\n\nTotal funding therefore came to $752,000.\n")) == [
        "$412,000 + $250,000 + $90,000 = $752,000"]


LEAD_IN = """# Canal trust: works plan

The canal trust expects a good year, with more boats on the water than ever.

A four-year dredging plan of £{plan} is budgeted:

- 2026: £1.20 million (upper locks)
- 2027: £0.90 million (basin)
- 2028: £0.70 million (aqueduct)

Volunteers will help with towpath repairs, as in past years.
"""


def _lead_in_sums(tmp_path: Path, plan: str) -> list[str]:
    return sum_labels(tmp_path, "canal.md", LEAD_IN.format(plan=plan))


def test_a_total_leading_into_an_uncounted_list_is_the_sum_of_its_items(
        tmp_path: Path) -> None:
    assert _lead_in_sums(tmp_path, "2.80 million") == [
        "£1.20 million + £0.90 million + £0.70 million = £2.80 million"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.check == "sum" and f.severity == "violation"]


def test_a_total_leading_into_a_list_that_slipped_is_still_tied(tmp_path: Path) -> None:
    assert _lead_in_sums(tmp_path, "2.60 million") == [
        "£1.20 million + £0.90 million + £0.70 million = £2.60 million"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"
            and f.check == "sum"] == ["sum"]


def test_a_count_said_to_break_down_as_follows_sums_its_numbered_items(
        tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "desk.md", (
        "# Help desk, spring\n\nThe desk answered calls all season. The 96 complaints "
        "broke down as follows:\n\n1. late deliveries: 51\n2. damaged goods (mostly glass): "
        "30\n3. billing: 15\n\nMost were settled within a week.\n")) == [
        "51 + 30 + 15 = 96"]


def test_the_list_below_a_total_ends_at_the_first_line_that_is_no_item(
        tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "fees.md", (
        "# Club fees\n\nMembership brought in £4,800 this year:\n\n- adults: £3,000\n"
        "- juniors: £1,800\n\nThe bar took a further £900 over the summer.\n")) == [
        "£3,000 + £1,800 = £4,800"]


def test_a_count_of_the_items_leading_into_a_list_is_not_their_total(tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "desk.md", (
        "# Help desk, spring\n\nComplaints this spring had three causes:\n\n"
        "- late deliveries: 51\n- damaged goods: 30\n- billing: 15\n\n"
        "Most were settled within a week.\n")) == []


def test_a_sentence_counting_the_list_above_it_gives_the_list_s_total(tmp_path: Path) -> None:
    text = ("# Rowing club: spending\n\nThe club spent its money on four things this year.\n\n"
            "- boat repairs: £6,200\n- coaching: £4,100\n- regatta fees: £1,300\n\n"
            "These three items came to £11,600, a little under budget.\n")
    assert sum_labels(tmp_path, "club.md", text) == ["£6,200 + £4,100 + £1,300 = £11,600"]
    # a count the list above does not match says nothing of which items it adds
    assert sum_labels(tmp_path, "club2.md", text.replace("These three", "These two")) == []
