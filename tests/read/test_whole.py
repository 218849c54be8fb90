"""kg read: shares of one whole are read and checked, their list reaching back over
sentences and bullets where the words name the rest; a slipped share is found."""

from __future__ import annotations

import json
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read
from kg.report.json_report import to_json

COMMUTE = """Commuting survey 2025

Released: 12 May 2025

Cars carried 58.4 percent of commuters and buses 25.3 percent. Cyclists and walkers made up
the remaining {rest} percent.

Trips by purpose:
- Work: 47.5%.
- Shopping: 30.5%.
- Everything else: the remaining 22.0%.
"""


def read_and_check(tmp_path: Path, rest: str) -> tuple[str, dict]:
    source = tmp_path / "commute.txt"
    source.write_text(COMMUTE.format(rest=rest), encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    report = json.loads(to_json(check_corpus(build_corpus(tmp_path / "c"))))
    return relations, report


def test_a_list_closed_a_sentence_later_is_read_and_checked(tmp_path: Path) -> None:
    relations, report = read_and_check(tmp_path, "16.3")
    # checked, not proposed: the words name the rest of the list the sentence before began
    assert relations.count("a cg:WholeRelation ;") == 2
    wholes = [f for f in report["findings"] if f["check"] == "whole"]
    assert sorted(len(f["figures"]) for f in wholes) == [3, 3]
    assert {f["severity"] for f in wholes} == {"pass"}


def test_a_slipped_share_is_a_violation_and_the_diagnosis_names_it(tmp_path: Path) -> None:
    _, report = read_and_check(tmp_path, "61.3")  # 16.3 with its digits swapped
    [violation] = [f for f in report["findings"] if f["severity"] == "violation"]
    assert violation["check"] == "whole"
    assert violation["observed"].startswith("145% (")  # 58.4 + 25.3 + 61.3
    [d] = report["diagnoses"]
    assert d["quote"] == "61.3 percent" and d["pattern"] == "transposed digits"
    assert d["suggested"] == 16.3
