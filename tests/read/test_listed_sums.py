"""kg read: a sentence that counts the sources of an amount and ends on a colon ("paid for
from three sources:"), the list set out below it an item a bullet, and a sentence after it
opening on "Total": the items' amounts add up to that total."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read

REPORT = """Harbour trust: accounts for donors, 2024

The new slipway was paid for from three sources:

    - port dues: $412,000
    - a lottery grant: $250,000
    - the district council: NZD 150,000 (${council} at the rate of the day)

Total funding therefore came to $752,000, and the slipway opened on time.
"""


def _sums(tmp_path: Path, council: str) -> list[str]:
    (tmp_path / "trust.txt").write_text(REPORT.format(council=council), encoding="utf-8")
    made = read(tmp_path / "trust.txt", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:SumRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_a_bulleted_list_of_counted_sources_adds_up_to_the_total_below(
        tmp_path: Path) -> None:
    assert _sums(tmp_path, "90,000") == ["$412,000 + $250,000 + $90,000 = $752,000"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.check == "sum" and f.severity == "violation"]


def test_a_slip_in_a_bulleted_source_is_a_violation_of_the_sum(tmp_path: Path) -> None:
    assert _sums(tmp_path, "99,000") == ["$412,000 + $250,000 + $99,000 = $752,000"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"
            and f.check == "sum"] == ["sum"]


def test_a_markdown_list_of_counted_sources_adds_up_to_the_total_below(
        tmp_path: Path) -> None:
    (tmp_path / "trust.md").write_text(
        "# Harbour trust 2024\n\nThe new slipway was paid for from three sources:\n\n"
        "- port dues: $412,000\n- a lottery grant: $250,000\n- the district council: "
        "$90,000\n\nTotal funding therefore came to $752,000.\n", encoding="utf-8")
    made = read(tmp_path / "trust.md", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert re.findall(r'a cg:SumRelation ;.*?rdfs:label "([^"]+)"', relations, re.S) == [
        "$412,000 + $250,000 + $90,000 = $752,000"]
