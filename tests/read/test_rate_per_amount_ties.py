"""A figure written as a rate per an amount of something ("0.52 lynx per 100 km²") restates
no cell of a row of counts ("Lynx identified"), however the row's label shares its noun."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def test_a_rate_per_area_is_no_count_of_its_row(tmp_path: Path) -> None:
    source = tmp_path / "lynx.md"
    source.write_text(
        "# Lynx survey, Upper Vallee\n\n"
        "Camera traps recorded 15 lynx in 2024. The 2019 estimate for the same forest was "
        "0.52 lynx per 100 km², so the population appears to have grown.\n\n"
        "| Measure | 2019 | 2024 |\n|---|---|---|\n| Trap-nights | 2,140 | 2,960 |\n"
        "| Lynx identified | 12 | 15 |\n| Density (per 100 km²) | 0.52 | 0.65 |\n",
        encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    tied = re.findall(r'rdfs:label "([^"]*: the table and the text)"', relations)
    assert "Lynx identified, 2019: the table and the text" not in tied, tied
