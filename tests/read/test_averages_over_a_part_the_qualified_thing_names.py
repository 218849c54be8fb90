"""kg read: an average per a kind of the things ("per upheld complaint") is spread over the
part its words name, even where that part is set off with its share of a whole ("1,500
complaints were upheld, or 46.9% of those closed"); an average per the bare thing ("per
complaint") still spreads over the whole."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_an_average_per_a_qualified_thing_is_over_the_part(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Ombudsman yearly review, 3 March 2025",
        "Residents lodged 3,650 complaints with the ombudsman in the year. The office has "
        "closed 3,200 of them. In all 1,500 complaints were upheld, or 46.9% of those closed. "
        "Those rulings returned a combined $42.0 million to households, an average refund of "
        "$28,000 per upheld complaint.", "AverageRelation") == [
            "$42.0 million ÷ 1,500 = $28,000 each"]


def test_an_average_per_the_bare_thing_is_still_over_the_whole(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Ombudsman yearly review, 3 March 2025",
        "Residents lodged 3,650 complaints with the ombudsman in the year. In all 1,500 "
        "complaints were upheld, or 41.1% of the total. The office spent $7.3 million, or "
        "$2,000 per complaint.", "AverageRelation") == ["$7.3 million ÷ 3,650 = $2,000 each"]
