"""kg read: a change in percent of a rate, written with the level it reached and then the
rate it is set "against" ("rose by 2.1% to 91.4%, against 89.5% a year earlier"), runs from
that rate to the level; the percent stays a percent change, so points written as percent is
the slip the check finds."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import relation_labels


def _changes(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Operations note", text, "PercentChangeRelation")


def test_a_rate_set_against_after_the_level_it_reached_is_the_start(tmp_path: Path) -> None:
    assert _changes(tmp_path, "On-time departures rose by 2.1% to 91.4%, against 89.5% in "
                              "the same quarter last year, thanks to new signals.") == [
        "89.5% to 91.4%: rose 2.1%"]
    # 89.5% to 91.4% is a rise of 1.9 points, 2.1 per cent: the percent holds
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]


def test_points_written_as_percent_against_an_earlier_rate_is_a_violation(
        tmp_path: Path) -> None:
    assert _changes(tmp_path, "Punctual arrivals improved by 4.0% to 76.0%, compared with "
                              "72.0% a year before.") == ["72.0% to 76.0%: improved 4.0%"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    # 72.0% to 76.0% is 4 points, a rise of 5.6 per cent
    assert [f.check for f in report.findings if f.severity == "violation"] == [
        "percent-change"]

