"""Things counted one by one are whole numbers: "45" of them is 45, not 44.5 to 45.5, where
the figure is a count in a relation and no rounded average, rate or ratio."""

from __future__ import annotations

import pytest

from tests.check.conftest import fig, finding, rel


@pytest.mark.parametrize("total,severity", [("44", "pass"), ("45", "violation"),
                                            ("43", "violation")])
def test_a_running_total_one_off_its_counted_parts_is_a_violation(check, total: str,
                                                                   severity: str) -> None:
    """23 missions and 21 more make 44: a total of 45 (or 43) is a slip, which read as half a
    mission either side of each count (43 to 45) it was not."""
    report = check(f"By December the teams had flown 23 missions; 21 more followed, {total} in "
                   "all.",
                   fig("a", "23", "23"), fig("b", "21", "21"), fig("t", total, total),
                   rel("r", "SumRelation", "cg:total :t ; cg:part :a, :b"))
    f = finding(report, "r")
    assert f.severity == severity
    if severity == "violation":
        assert f.expected == "44 (exactly 44)"


def test_a_rounded_average_of_counts_keeps_its_rounding(check) -> None:
    """"an average of 19 visitors a day" is a rounded quotient (575 over 30 days is 19.17):
    its half unit either side stays, so the average holds."""
    report = check("The hut had 575 visitors over 30 days, an average of 19 visitors a day.",
                   fig("t", "575 visitors", "575"), fig("n", "30 days", "30", "unit:DAY"),
                   fig("a", "19 visitors", "19"),
                   rel("r", "AverageRelation", "cg:aggregate :t ; cg:count :n ; cg:average :a"))
    assert finding(report, "r").severity == "pass"


def test_a_hedged_or_scaled_count_is_as_loose_as_its_words(check) -> None:
    """"about 45" and "1.2 million" are rounded by their words: 23 and 21 (44) meet "about
    45", and 0.5 million and 0.68 million meet "1.2 million"."""
    report = check("The teams had flown 23 missions; 21 more followed, about 45 in all. "
                   "Buses carried 0.5 million, trams 0.68 million, 1.2 million together.",
                   fig("a", "23", "23"), fig("b", "21", "21"), fig("t", "about 45", "45"),
                   fig("x", "0.5 million", "500000"), fig("y", "0.68 million", "680000"),
                   fig("z", "1.2 million", "1200000"),
                   rel("r", "SumRelation", "cg:total :t ; cg:part :a, :b"),
                   rel("s", "SumRelation", "cg:total :z ; cg:part :x, :y"))
    assert finding(report, "r").severity == "pass"
    assert finding(report, "s").severity == "pass"


def test_a_share_of_counts_keeps_their_half_unit_for_a_percent_rounded_twice(check) -> None:
    """"201 of the 248 (81.1%)": 201 / 248 is 81.048%, which a writer rounding to 81.05 and
    then to 81.1 prints; the counts in a quotient keep half a unit either side, so a percent
    rounded twice is no violation (the same counts in a sum are exact)."""
    report = check("Of the 248 volunteers, 201 finished (81.1%).",
                   fig("w", "248", "248"), fig("p", "201", "201"),
                   fig("s", "81.1%", "81.1", "unit:PERCENT"),
                   rel("r", "ShareRelation", "cg:portion :p ; cg:whole :w ; cg:share :s"))
    assert finding(report, "r").severity == "pass"
