"""kg read: a comparative said of a subject before a colon ("hedgerows were shorter: 1.8
metres against 2.6 metres on the older farms", "turnout was higher in rural wards: 64.2%
against 51.7% in the town") orders the two figures after the colon, the first the subject's.
An adjective that only names which things ("the larger farms reported: …") orders nothing."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_comparative_before_a_colon_orders_the_figures_after_it(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Farm survey", "Where grazing continued, hedgerows were "
                           "shorter: the mean height was 1.8 metres against 2.6 metres on "
                           "ungrazed land.", "ComparisonRelation") == ["2.6 metres > 1.8 metres"]
    assert relation_labels(tmp_path / "b", "Ballot note", "Turnout was much higher in rural "
                           "wards: 64.2% against 51.7% in the town.",
                           "ComparisonRelation") == ["64.2% > 51.7%"]
    # an adjective naming which things says no order of the figures
    assert relation_labels(tmp_path / "c", "Farm survey", "The larger farms reported: 4,100 "
                           "lambs against 3,900 ewes.", "ComparisonRelation") == []
