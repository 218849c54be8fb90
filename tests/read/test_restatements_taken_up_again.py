"""A figure a definite word takes up again ("Of the $2.35 billion, …", "512 of the 1,930",
"the city's £740,000"), written as an earlier figure of the text was, is that figure said
again, though the words around the two share nothing: the article says the quantity was
given before, its writing says which (a count that names its noun, only from a count the
text gave bare). Not a percent, not a
baseline set beside another ("more than the 3,968 units"), not a subset a relative clause
picks out ("the 12 wardens who retired"), and never an earlier figure written otherwise."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

TITLE = "Harbour district review"


def _ties(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, TITLE, text, "RestatementRelation")


def test_an_amount_taken_up_by_of_the_is_the_amount_said_before(tmp_path: Path) -> None:
    text = ("Receipts at the district's toll bridges climbed to $2.35 billion in the year, "
            "the board reported.\n\n"
            "Of the $2.35 billion, roughly half went on maintaining the crossings.\n")
    assert _ties(tmp_path, text) == ["$2.35 billion, then the $2.35 billion taken up again"]
    assert violations(tmp_path) == []


def test_a_count_taken_up_as_a_whole_of_a_part_is_the_count_said_before(
        tmp_path: Path) -> None:
    """"(n = 1,930)" … "512 of the 1,930 households": the article and the writing say it is
    the count the text gave bare before."""
    text = ("Tenants were surveyed across the district in the spring (n = 1,930).\n\n"
            "In all, 512 of the 1,930 households said their rent had risen.\n")
    assert _ties(tmp_path, text) == ["1,930, then the 1,930 taken up again"]


def test_a_possessive_takes_an_amount_up_again(tmp_path: Path) -> None:
    text = ("The mayor promised the ferry service £740,000 a year.\n\n"
            "Besides the city's £740,000, the port authority will add a further grant.\n")
    assert _ties(tmp_path, text) == ["£740,000, then the £740,000 taken up again"]


def test_a_percent_a_baseline_and_a_subset_are_not_taken_up(tmp_path: Path) -> None:
    """Of four definite figures written as earlier ones were, only the whole of a part is
    taken up: "the 81%" may be any measure's rate, "than the 3,968 units" is a baseline
    another count is set beside, "the 48 wardens who retired" a subset of the 48."""
    text = ("The harbour employs 48 wardens, and 3,968 units were inspected; occupancy "
            "reached 81%.\n\n"
            "This year 4,210 units were inspected, more than the 3,968 units of last year.\n\n"
            "Of the 81% of berths let, most were let to local boats.\n\n"
            "Pensions were paid to the 48 wardens who retired before 2020.\n\n"
            "Inspectors found faults in 305 of the 4,210.\n")
    assert _ties(tmp_path, text) == ["4,210, then the 4,210 taken up again"]


def test_the_whole_of_a_part_is_taken_up_without_an_article(tmp_path: Path) -> None:
    """"Soreness was reported by 217 of 1,436": the whole of a part, given before."""
    text = ("Older drivers from nine towns were enrolled in the trial (n = 1,436).\n\n"
            "Neck soreness was reported by 217 of 1,436 in the first week.\n")
    assert _ties(tmp_path, text) == ["1,436, then the 1,436 taken up again"]


def test_two_earlier_counts_written_alike_leave_the_reference_open(tmp_path: Path) -> None:
    """Two arms of 530 each: "the 530 coached walkers" may be either, and the writing does
    not say which; the later whole is taken up only where the earlier counts are one."""
    text = ("Walkers were assigned to coaching (n = 530) or to leaflets (n = 530).\n\n"
            "Of the 530 coached walkers, 402 finished the course.\n\n"
            "The library lent 2,640 books in May.\n\n"
            "Of the 2,640, most were novels.\n")
    assert _ties(tmp_path, text) == ["2,640, then the 2,640 taken up again"]
