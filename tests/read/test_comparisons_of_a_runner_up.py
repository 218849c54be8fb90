"""kg read: a superlative's figure and a runner-up the words name after it ("the busiest
week was the first, with 812 calls; the third came second with 640") orders the two, as
"followed by" does; "came second" with no rank set up before it in its sentence (no
superlative, or "most" counting rather than ranking) says no order."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_runner_up_after_a_superlative_is_below_it(tmp_path: Path) -> None:
    # (the regatta's second place follows no superlative: nothing is ranked there)
    assert relation_labels(tmp_path, "Helpline log", "The single busiest week of the winter was "
                           "the first of January, when 812 calls came in; the week after "
                           "came second with 640. At the regatta the home crew finished in "
                           "7 minutes 12 seconds; the visitors came second with 7 minutes 31 "
                           "seconds.", "ComparisonRelation") == ["812 > 640"]


def test_a_runner_up_after_the_lowest_is_above_it(tmp_path: Path) -> None:
    # ("most" counts members in the second sentence; it ranks nothing)
    assert relation_labels(tmp_path, "Branch audit", "Millford had the lowest spend per "
                           "member, at £14.20, and Caddon was second with £15.60. Most members "
                           "backed the lake route, with 412 votes, and the hill route was "
                           "second with 260.", "ComparisonRelation") == ["£15.60 > £14.20"]
