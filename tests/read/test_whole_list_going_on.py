"""kg read: a list of shares the words say goes on from the sentence before ("Meat added
…", "… also took …") is one list with that sentence's share, its rest the rest of the whole
list; where the sentence before begins no list, no whole is drawn from the sentence's part
of it alone."""

from __future__ import annotations

import json
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read
from kg.report.json_report import to_json

CO_OP = """Hillfarm Co-operative, annual note 2025

{first} Meat added $19.0 million (28.0%) and the bakery, which opened in
March, the balance of $6.8 million (10.0%).
"""


def read_and_check(tmp_path: Path, first: str) -> tuple[str, dict]:
    source = tmp_path / "coop.txt"
    source.write_text(CO_OP.format(first=first), encoding="utf-8")
    made = read(source, tmp_path / "c")
    drawn = made.folder / "relations.ttl"  # (none where no relation is drawn)
    relations = drawn.read_text(encoding="utf-8") if drawn.exists() else ""
    report = json.loads(to_json(check_corpus(build_corpus(tmp_path / "c"))))
    return relations, report


def test_a_list_going_on_from_the_sentence_before_is_one_whole(tmp_path: Path) -> None:
    relations, report = read_and_check(
        tmp_path, "Dairy remains the largest trade, bringing in $42.1 million of sales, or "
                  "62.0%.")
    assert relations.count("a cg:WholeRelation ;") == 1
    wholes = [f for f in report["findings"] if f["check"] == "whole"]
    assert [len(f["figures"]) for f in wholes] == [3]
    assert {f["severity"] for f in report["findings"]} <= {"pass", "info"}


def test_a_list_going_on_from_no_list_draws_no_whole(tmp_path: Path) -> None:
    relations, report = read_and_check(tmp_path, "Dairy had another strong year.")
    assert "a cg:WholeRelation ;" not in relations
    assert not [f for f in report["findings"] if f["severity"] == "violation"]
