"""kg read: a figure followed by the things it counts and "per" what ("2.6 swifts per
100 hectares") is a rate of them, which no table row counting those things ("Swifts ringed")
holds: no restatement ties it there."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

NOTE = """Meadow bird survey

The estimate for 2024 was 2.6 swifts per 100 hectares, so numbers appear to have risen.

Survey results
| Measure | 2019 | 2024 |
|---|---|---|
| Swifts ringed | 31 | 44 |
| Nest boxes occupied | 12 | 19 |
"""


def test_a_rate_of_things_restates_no_count_of_them(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(NOTE, encoding="utf-8")
    made = read(tmp_path / "note.md", tmp_path / "c")
    text = ""
    for name in ("relations.ttl", "suggestions.ttl"):
        path = made.folder / name
        text += path.read_text(encoding="utf-8") if path.exists() else ""
    assert not re.search(r"cg:first :f-t1-r1-c\d", text)
