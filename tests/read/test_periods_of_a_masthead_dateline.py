"""A newspaper's masthead line in capitals with its day after a dash ("FENWICK COURIER -
4 March 2027") is a story's dateline: the story reports on that year, as one after
"GENEVA," or a weekday does. A mixed-case line with a dash ("Working Paper - 4 March
2027") stays a publication's bare date."""

from __future__ import annotations

from kg.read.periods import document_period


def test_a_capitals_masthead_with_a_dash_dates_the_story_s_year() -> None:
    text = ("FENWICK COURIER - 4 March 2027\n\nAllotment waiting lists grow\n\n"
            "The society now has 412 plots, against 377 a decade ago.\n")
    assert document_period(text) == "2027"
    assert document_period(text.replace(" - ", " | ", 1)) == "2027"


def test_a_mixed_case_line_with_a_dash_dates_nothing() -> None:
    text = ("Working Paper - 4 March 2027\n\nAllotments and their tenants\n\n"
            "We surveyed 412 plot holders.\n")
    assert document_period(text) is None
