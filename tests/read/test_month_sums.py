"""A list whose lines the months of a quarter label in turn ("- April: 17,100 vehicles")
adds up to the figure the text before gives for that quarter: the months name the span."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read

_HEAD = ("# Harbour car park: usage, April to June 2025\n\n"
         "The Quayside car park took **54,300 vehicles** in the second quarter of 2025 "
         "(April to June), against 49,800 a year before.\n\n## Month by month\n\n")


def _sums(tmp_path: Path, items: str) -> list[str]:
    (tmp_path / "parking.md").write_text(_HEAD + items, encoding="utf-8")
    made = read(tmp_path / "parking.md", tmp_path / "c")
    path = made.folder / "relations.ttl"  # (written only where a relation is read)
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'a cg:SumRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_the_months_of_a_quarter_listed_add_up_to_the_quarters_figure(
        tmp_path: Path) -> None:
    assert _sums(tmp_path, "- April: 17,100 vehicles\n- May: 18,200 vehicles\n"
                           "- June: 19,900 vehicles\n") == ["17,100 + 18,200 + 19,900 = 54,300"]
    # the months make 55,200, not 54,300: a slip the sum now finds
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["sum"]
    # two months are no quarter: the words do not say what they add up to
    (tmp_path / "two").mkdir()
    assert _sums(tmp_path / "two", "- May: 18,200 vehicles\n- June: 19,900 vehicles\n") == []
