"""kg read: "Over the 365 days of the year this comes to 3.1 million litres a day" spreads
the amount the sentence before states over the span of days the sentence opens on ("this"
takes it up, no comma needed); the same amount restated in other words there ("…, or 11.3
billion litres") is one level, the first as written."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Waterworks annual note, 2025", text, "AverageRelation")


def test_a_span_of_days_opening_the_sentence_spreads_the_amount_before(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The reservoir supplied 1,131.5 million litres of water in "
                               "2025. Over the 365 days of the year this works out to 3.1 "
                               "million litres a day.") == [
        "1,131.5 million litres ÷ 365 days = 3.1 million litres each"]


def test_an_amount_restated_in_other_words_is_one_level(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The plant treated 73,000 million litres of water in 2025, or 73 "
                               "billion litres. Over the 365 days of the year this comes to "
                               "200 million litres a day.") == [
        "73,000 million litres ÷ 365 days = 200 million litres each"]
