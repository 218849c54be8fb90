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



def test_a_change_after_a_rate_and_the_rate_compared_with_runs_between_them(
        tmp_path: Path) -> None:
    # the change follows both rates: "compared with" names the start as "up from" does
    assert _changes(tmp_path, "About 31.5 per cent of the ponds were dry in August, compared "
                              "with 27.0 per cent the summer before, a rise of 4.5 per cent.") \
        == ["27.0 per cent to About 31.5 per cent: rise 4.5 per cent"]
    # 27.0 to 31.5 is 4.5 points but a rise of 16.7 per cent: the slip is found
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["percent-change"]


def test_a_rate_of_change_compared_with_another_stays_unread(tmp_path: Path) -> None:
    assert _changes(tmp_path, "Membership grew 6.5%, compared with only 2.1% at the "
                              "neighbouring club.") == []
