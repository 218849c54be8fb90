"""A stock counted "at the period end" (or "at quarter end", "at the end of the half", "by
the end of the quarter") in a report on a quarter or a half is of that period's last day,
and "a year earlier" beside it is the same day a year before."""

from __future__ import annotations

import pytest

from kg.read.periods import sentence_periods


def _dated(sentence: str, current: str, *quotes: str) -> dict[str, str]:
    spans = []
    for n, q in enumerate(quotes):
        at = sentence.index(q)
        spans.append((at, at + len(q), f"f{n}"))
    got = sentence_periods(sentence, spans, {f"f{n}": "amount" for n in range(len(quotes))},
                           current)
    return {q: got.get(f"f{n}") for n, q in enumerate(quotes)}


def test_a_count_at_the_period_end_is_the_period_s_last_day_and_a_year_earlier_its_year_s():
    got = _dated("The kennels housed 214 dogs at the period end, against 187 a year earlier.",
                 "2026-H1", "214", "187")
    assert got == {"214": "2026-06-30", "187": "2025-06-30"}


@pytest.mark.parametrize(("sentence", "current", "quote", "day"), [
    ("Cash held at quarter end was £6.1 million.", "2025-Q1", "£6.1 million", "2025-03-31"),
    ("Borrowings stood at €88 million at the end of the half.", "2024-H2", "€88 million",
     "2024-12-31"),
    ("Members had drawn 3,400 loans by the end of the quarter.", "2026-Q3", "3,400",
     "2026-09-30"),
])
def test_the_end_of_the_report_s_own_quarter_or_half_dates_its_stock(
        sentence: str, current: str, quote: str, day: str) -> None:
    assert _dated(sentence, current, quote) == {quote: day}


def test_the_end_of_a_period_of_another_grain_than_the_report_s_is_no_day_of_it() -> None:
    # a quarter's report that speaks of the half's end, or a year's report of "the period
    # end", says nothing here of a day (and a year's end is left to the year)
    assert _dated("Cash held at quarter end was £6.1 million.", "2025-Q1", "£6.1 million") == \
        {"£6.1 million": "2025-03-31"}
    assert _dated("Debt at the end of the half should be £40 million.", "2025-Q1",
                  "£40 million") == {"£40 million": "2025-Q1"}
    assert _dated("Staff numbered 412 at the period end.", "2025", "412") == {"412": "2025"}
