"""kg read: "The average backer put in £40" - a verb of giving with its particle after "the
average <thing>" - is the amount the document says the things pledged, donated or raised in
all, over the count of those things."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Campaign note, 2025", text, "AverageRelation")


def test_the_average_backer_put_in_is_of_what_the_backers_pledged(tmp_path: Path) -> None:
    assert _averages(tmp_path, "By the close of the campaign, 1,250 backers had pledged "
                               "£50,000 towards the new boathouse. The average backer put in "
                               "£40.") == ["£50,000 ÷ 1,250 = £40 each"]
    # what each member took out is no share of what the backers pledged
    assert _averages(tmp_path / "took", "By the close of the campaign, 1,250 backers had "
                                        "pledged £50,000. The average member took out "
                                        "£40.") == []


def test_the_average_donor_chipped_in_is_of_what_was_raised(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The appeal raised €31,500 from 900 donors. The average donor "
                               "chipped in €35.") == ["€31,500 ÷ 900 = €35 each"]

