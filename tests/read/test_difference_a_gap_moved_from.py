"""kg read: a gap's own earlier size ("a deficit of £41,300, down from £52,800 the year
before") is no end of the gap: the deficit is not read as what lies between the costs the
clause names and that earlier deficit."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_the_gap_s_earlier_size_is_no_end_of_it(tmp_path: Path) -> None:
    labels = relation_labels(
        tmp_path, "Ferncliffe lido season report, 30 September 2025",
        "Ticket sales brought the lido £268,400. Running the pool came to £309,700, so the "
        "town met a deficit of £41,300, down from £52,800 the year before.",
        "DifferenceRelation")
    assert "£309,700 - £52,800 = £41,300" not in labels


def test_two_ends_before_the_gap_are_read_as_before(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Ferncliffe lido season report, 30 September 2025",
        "Running the pool cost £309,700 while tickets brought in £268,400, leaving a deficit "
        "of £41,300, down from £52,800 the year before.", "DifferenceRelation") == [
        "£309,700 - £268,400 = £41,300"]
