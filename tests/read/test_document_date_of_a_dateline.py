"""The document's date is the one its head's dateline gives: a word of publishing counts as a
dateline only right before its date, never as a sentence's verb far back in the line."""

from __future__ import annotations

import pytest

from kg.read import _stated_date


def test_a_verb_of_release_far_back_in_a_sentence_makes_no_dateline() -> None:
    text = ("# Ferry crossings recover\n\n"
            "**Turku, 3 June 2025** - Staff report\n\n"
            "The last winter timetable was released to travellers across the archipelago in "
            "good time before it began on Monday 4 November 2024 and ran 170 days.\n")
    assert _stated_date(text) == "2025-06-03"


@pytest.mark.parametrize("line, day", [
    ("Statistical note · the year to March 2025 · published October 2, 2025", "2025-10-02"),
    ("Approved by the council on Monday 8 September 2025. Issued 10 September 2025.",
     "2025-09-10"),
    ("Report No. 12/2025, dated 3 November 2025", "2025-11-03"),
])
def test_a_dateline_word_right_before_its_date_still_dates_the_text(line: str, day: str) -> None:
    assert _stated_date(f"Harbour statistics\n\n{line}\n") == day
