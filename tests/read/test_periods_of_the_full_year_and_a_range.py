"""In a half's or a quarter's report, "for the full year" names the year that part is of,
and a range "9% to 11%" before it is that year's at both ends; a move "from 9% to 11%" is
no range."""

from __future__ import annotations

from kg.read.periods import mentions, sentence_periods


def _dated(sentence: str, quotes: dict[str, str], kinds: dict[str, str],
           current: str) -> dict[str, str]:
    spans = []
    for local, quote in quotes.items():
        at = sentence.index(quote)
        spans.append((at, at + len(quote), local))
    return sentence_periods(sentence, spans, kinds, current)


def test_the_full_year_is_the_year_of_the_report_s_part() -> None:
    assert [m.key for m in mentions("We expect sales of €80 million for the full year.",
                                    "2027")] == ["2027"]
    # a year written after it is its own: "full-year 2026"
    assert [m.key for m in mentions("Full-year 2026 sales were €75 million.", "2027")] == \
        ["2026"]


def test_both_ends_of_a_range_take_the_period_after_it() -> None:
    got = _dated("The board expects a margin of 9% to 11% for the full year.",
                 {"a": "9%", "b": "11%"}, {"a": "change", "b": "change"}, "2027-H1")
    assert got == {"a": "2027", "b": "2027"}


def test_a_move_from_one_figure_to_another_is_no_range() -> None:
    got = _dated("The margin rose from 9% to 11% in 2027.",
                 {"a": "9%", "b": "11%"}, {"a": "change", "b": "change"}, "2027-H1")
    assert got["b"] == "2027"
