"""kg read: "Fare revenue per passenger journey came to £6.00" is an average though no
average word names it: the subject says its measure is per a thing, so the figure its verb
states is that measure spread over the things the document counts ("carried 2.4 million
passenger journeys"), of the total the measure's words name (the fares listed)."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Botanic gardens annual review, 2025", text,
                           "AverageRelation")


def test_a_measure_per_a_thing_stated_by_its_verb_is_an_average(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The line carried 2.4 million passenger journeys in 2025.\n\n"
                               "Revenue by line\nFares     £14.4 million\nCatering  £3.1 "
                               "million\n\nFare revenue per passenger journey came to "
                               "£6.00.") == ["£14.4 million ÷ 2.4 million = £6.00 each"]
    # a measure per a period is no average over things counted
    (tmp_path / "year").mkdir()
    assert _averages(tmp_path / "year", "The gardens welcomed 250,000 visitors in 2025. "
                                        "Ticket revenue reached £1.6 million. Spending per "
                                        "year was £1.2 million.") == []
