"""kg read dates a comparison's base by the words around it: a figure in brackets right after
the base's period is that period's ("40 fewer than in the year before (1,215)"); a "when"
clause that says what a rate stood at dates that rate, though a percent, by the period it
follows; a period that opens a clause after a semicolon ("; a year earlier, with …, it had
been …") dates every figure of that clause."""

from __future__ import annotations

from kg.read.periods import sentence_periods


def _periods(sentence: str, quotes: dict[str, str], current: str) -> dict[str, str]:
    spans, at = [], 0
    for local, quote in quotes.items():
        start = sentence.index(quote, at)
        spans.append((start, start + len(quote), local))
        at = start + len(quote)
    kinds = {local: "change" if "%" in q else "amount" for local, q in quotes.items()}
    return sentence_periods(sentence, spans, kinds, current)


def test_a_bracketed_figure_after_a_relative_base_is_the_earlier_year_s() -> None:
    got = _periods("Members came to 1,175, which is 40 fewer than in the year before (1,215).",
                   {"now": "1,175", "gap": "40", "then": "1,215"}, "2027")
    assert got == {"now": "2027", "gap": "2027", "then": "2026"}


def test_a_bracketed_figure_after_a_named_base_year_is_that_year_s() -> None:
    got = _periods("The club fielded 64 teams, 5 more than in 2025 (59).",
                   {"now": "64", "gap": "5", "then": "59"}, "2026")
    assert got["then"] == "2025"
    assert got["now"] == "2026"


def test_a_when_clause_dates_the_rate_it_says_stood_at() -> None:
    got = _periods("The share of electric cars climbed by 3.1% compared with 2025, when it "
                   "stood at 18.4%.", {"change": "3.1%", "level": "18.4%"}, "2026")
    assert got == {"change": "2026", "level": "2025"}


def test_a_period_opening_a_clause_after_a_semicolon_dates_all_of_it() -> None:
    got = _periods("With 88,300 households on the roll, take-up reached 4.2%; a year "
                   "earlier, with 86,900 households, it had been 3.9%.",
                   {"a": "88,300", "b": "4.2%", "c": "86,900", "d": "3.9%"}, "2026")
    assert got == {"a": "2026", "b": "2026", "c": "2025", "d": "2025"}
