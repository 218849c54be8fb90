"""kg read: a share a sentence states of a table row ("the central branch made up 61% of all
items borrowed") is of the latest period's column; where two columns of different measures
share that period ("Visits, 2025" and "Loans, 2025"), of the one the clause's words name
("Loans rose 4.0%"), never simply the first; where the words name neither, of none."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import read_labels

TABLE = ("Table 1: Loans and visits by branch\n\n"
         "| Branch | Visits, 2025 | Loans, 2025 | Loans, 2024 |\n"
         "|---|---|---|---|\n"
         "| Central | 83,900 | 61,200 | 58,900 |\n"
         "| Riverside | 77,300 | 38,800 | 37,250 |\n"
         "| All branches | 161,200 | 100,000 | 96,150 |\n")


def _portions(tmp_path: Path, sentence: str) -> list[str]:
    text = f"Library loans and visits, 2025\n\n{sentence}\n\n{TABLE}"
    read_labels(tmp_path, "library.md", text, "ShareRelation")
    relations = next((tmp_path / "c").glob("*/relations.ttl")).read_text(encoding="utf-8")
    return re.findall(r"cg:portion :(\S+) ; cg:whole :(\S+) ;", relations)


def test_the_column_the_clause_names(tmp_path: Path) -> None:
    assert _portions(tmp_path, "Loans rose 4.0%, and the central branch made up 61% of all "
                               "items borrowed.") == [("f-t1-r1-c2", "f-t1-r3-c2")]


def test_no_column_where_the_words_name_neither(tmp_path: Path) -> None:
    assert _portions(tmp_path, "The central branch made up 61% of all the branches' "
                               "business.") == []
