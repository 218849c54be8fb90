"""A month named without its year in a report on a fiscal year (named by the year it ends
in): October to December come before the year's end, in the calendar year before."""

from __future__ import annotations

from kg.read.periods import mentions


def test_december_of_fiscal_2026_is_december_2025() -> None:
    assert [m.key for m in mentions("By the end of December the list had shortened.",
                                    "FY2026")] == ["2025-12"]
    assert [m.key for m in mentions("between October and December", "FY2026")] == ["2025-Q4"]
    # January to March are of the year the fiscal year ends in; a month with its year is
    # its own
    assert [m.key for m in mentions("in February", "FY2026")] == ["2026-02"]
    assert [m.key for m in mentions("in November 2024", "FY2026")] == ["2024-11"]
