"""Quarters and halves written short, as analysts and many Asian reports write them: "3Q24",
"1H 2025", "Q3'24", "H2'25" name a quarter or a half of a year, and the "24" after the
apostrophe is no figure; a column head's "9M 2025" (the first nine months) is no nine
million."""

from __future__ import annotations

from kg.numbers import find_mentions
from kg.read.periods import mentions


def keys(text: str) -> list[str]:
    return [m.key for m in mentions(text) if m.key]


def test_a_quarter_or_half_written_short() -> None:
    assert keys("Orders rose in 3Q24 and again in 1H 2025.") == ["2024-Q3", "2025-H1"]
    assert keys("Margins in Q3'24 beat those of H2'25.") == ["2024-Q3", "2025-H2"]
    # no third half
    assert "2025-H3" not in keys("Targets for 3H25 were dropped.")


def test_the_short_year_after_an_apostrophe_is_no_figure() -> None:
    assert [m.text for m in find_mentions("Sales of $2.1bn in Q3'24 and 18% margin")] == \
        ["$2.1bn", "18%"]


def test_nine_months_before_a_year_are_no_millions() -> None:
    got = [m.text for m in find_mentions("Net sales   Q3 2025   9M 2025   9M 2024")]
    assert not any(t.startswith("9M") for t in got)
    # money's "M" is still millions
    assert [m.value for m in find_mentions("a $9M 2024 grant")][:1] == [9000000]


def _periods(sentence: str, quotes: dict[str, str], current: str) -> dict[str, str]:
    from kg.read.periods import sentence_periods

    spans, at = [], 0
    for local, quote in quotes.items():
        start = sentence.index(quote, at)
        spans.append((start, start + len(quote), local))
        at = start + len(quote)
    return sentence_periods(sentence, spans, {k: "amount" for k in quotes}, current)


def test_a_period_after_and_in_dates_the_clause_it_opens() -> None:
    got = _periods("In 2Q25 the mill shipped 41,000 tonnes and in 3Q25 it shipped 44,500 "
                   "tonnes.", {"a": "41,000 tonnes", "b": "44,500 tonnes"}, "2025")
    assert got == {"a": "2025-Q2", "b": "2025-Q3"}
    got = _periods("Fares brought in €3.1m in 2023, while in 2024 they brought in €3.4m.",
                   {"a": "€3.1m", "b": "€3.4m"}, "2024")
    assert got == {"a": "2023", "b": "2024"}
