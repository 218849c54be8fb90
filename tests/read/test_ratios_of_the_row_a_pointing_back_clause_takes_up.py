"""kg read: a clause that points back ("…; the sport now accounts for one in five of all new
teams") speaks of the row the clause before names ("Youth football"), never of a row whose
label merely shares its noun ("Other sports")."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

NOTE = """# New club registrations

Youth football added 60 teams; the sport now accounts for one in five of all new teams registered in 2024. Cricket is still the largest single sport, with 1'300 teams.

## Table 1: New teams by sport

| Sport | 2023 | 2024 | Change |
|---|---:|---:|---:|
| Cricket | 1'250 | 1'300 | +50 |
| Youth football | 920 | 980 | +60 |
| Netball | 700 | 720 | +20 |
| Other sports | 1'900 | 1'900 | 0 |
| **Total** | 4'770 | 4'900 | +130 |
"""


def test_the_fraction_is_of_the_row_the_clause_before_names(tmp_path: Path) -> None:
    assert read_labels(tmp_path, "note.md", NOTE, "RatioRelation") == [
        "Youth football 980 is one in five of Total 4'900 (the table)"]


def test_a_row_named_by_its_head_alone_is_still_read(tmp_path: Path) -> None:
    note = NOTE.replace("Youth football added 60 teams; the sport now accounts for",
                        "Netball is growing fastest, and the other sports now account for")
    assert read_labels(tmp_path, "note.md", note, "RatioRelation") == [
        "Other sports 1'900 is one in five of Total 4'900 (the table)"]
