"""kg read: a sentence that opens on "That's" (the verb contracted onto the pronoun) compares
the level the sentence before gives with its own figure: "That's twice as many as in 2018
(48,000)" is a multiple of that figure, and "growth averaging 12.2% a year over those six
years" in its next clause the compound growth between the two."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read

PAGE = ("Gallery visits 2024\n\nThe gallery welcomed 96,000 visitors in 2024. That's twice "
        "as many visitors as in 2018, the year it opened (48,000), and works out to growth "
        "averaging {rate} a year over those six years.\n")


def _labels(tmp_path: Path, rate: str) -> list[tuple[str, str]]:
    (tmp_path / "page.txt").write_text(PAGE.format(rate=rate), encoding="utf-8")
    made = read(tmp_path / "page.txt", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:(\w+) ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_that_s_n_times_as_many_as_a_bracketed_figure_is_a_multiple(tmp_path: Path) -> None:
    assert ("MultipleRelation", "48,000 × 2 = 96,000 (twice)") in _labels(tmp_path, "12.2%")


def test_growth_over_those_years_runs_from_the_compared_figure(tmp_path: Path) -> None:
    assert ("CompoundGrowthRelation", "48,000 to 96,000 (2024): 12.2% a year") in _labels(
        tmp_path, "12.2%")
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]


def test_a_slip_in_the_growth_over_those_years_is_a_violation(tmp_path: Path) -> None:
    # doubling over six years is 12.2% a year, not 21.2%
    assert ("CompoundGrowthRelation", "48,000 to 96,000 (2024): 21.2% a year") in _labels(
        tmp_path, "21.2%")
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["growth"]
