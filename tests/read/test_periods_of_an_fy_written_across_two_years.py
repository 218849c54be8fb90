"""A fiscal year written across two years after "FY" ("FY2026/27", "FY 2026-27", "FY26/27")
is that year, 2026/27, not the fiscal year that ends in 2026 ("FY2026") its first four
digits would name alone."""

from __future__ import annotations

from kg.read.periods import mentions


def test_fy_before_a_year_written_across_two_names_that_year() -> None:
    for text in ("Programme budget FY2026/27", "costs in FY2026–27 rose",
                 "FY 2026-27 outturn", "the FY26/27 plan"):
        assert [m.key for m in mentions(text)] == ["2026/27"], text


def test_fy_with_one_year_still_names_the_year_it_ends_in() -> None:
    assert [m.key for m in mentions("results for FY2026")] == ["FY2026"]
    assert [m.key for m in mentions("FY27 guidance")] == ["FY2027"]
    # two years that do not follow each other name no fiscal year
    assert "2026/29" not in [m.key for m in mentions("FY2026/29")]
