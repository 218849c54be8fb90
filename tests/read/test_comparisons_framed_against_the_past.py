"""kg read: a "more … than …" frame before two figures orders them only where "than" names
the other thing they stand for ("more passengers than buses, with 7.1 million trips against
6.4 million"). Where it names an earlier time or an expectation ("more passengers than a
year earlier, with 5.1 million trips against 6.4 million on buses", "higher than expected,
at £3.20 against £2.90 on the old line"), the frame sets the first thing against its own
past and says nothing of which of the two figures is larger: no order is read."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_frame_against_an_earlier_time_orders_no_figures(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Transport note", "Rail carried more passengers than a "
                           "year earlier, with 5.1 million trips against 6.4 million on "
                           "buses.", "ComparisonRelation") == []
    assert relation_labels(tmp_path / "b", "Transport note", "Ferries carried fewer people "
                           "than in 2022, with 0.9 million trips against 0.7 million on the "
                           "hovercraft.", "ComparisonRelation") == []
    # against the other thing it names, the frame still orders them
    assert relation_labels(tmp_path / "c", "Transport note", "Rail carried more passengers than "
                           "buses, with 7.1 million trips against 6.4 million.",
                           "ComparisonRelation") == ["7.1 million > 6.4 million"]
