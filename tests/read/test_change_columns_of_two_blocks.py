"""A table's change column is between the values just before it: in "Q2 2026 | Q2 2025 |
Change | H1 2026 | H1 2025 | Change" the first change is the quarter's, not the half's; and a
period only the caption names ("Q2 2025 and Q2 2026") dates no change column."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _periods(tmp_path: Path, text: str) -> dict[str, str]:
    source = tmp_path / "note.txt"
    source.write_text(text, encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    return dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                           r'([^ ;]+)', claims))


def test_each_change_column_is_dated_by_its_own_block(tmp_path: Path) -> None:
    got = _periods(tmp_path, (
        "Tollbridge Ferries: second quarter 2026 trading update\n\n"
        "Crossings rose in the quarter.\n\n"
        "KEY FIGURES (thousands)\n\n"
        "                    Q2 2026   Q2 2025   Change    H1 2026   H1 2025   Change\n"
        "Passengers            412.5     388.1    +6.3%      701.2     676.0    +3.7%\n"
        "Cars                   96.4      90.2    +6.9%      160.3     155.8    +2.9%\n"))
    assert got["+6.3%"] == got["+6.9%"] == "ent:period-2026-Q2"
    assert got["+3.7%"] == "ent:period-2026-H1"


def test_a_caption_s_period_dates_no_change_column(tmp_path: Path) -> None:
    got = _periods(tmp_path, (
        "Lakeland boat hire, third quarter 2026\n\n"
        "Hires rose in most harbours.\n\n"
        "Table 1: Hires by harbour, Q3 2025 and Q3 2026\n\n"
        "  Harbour            Q3 2025     Q3 2026    Change (%)\n"
        "  North Bay            210.4       226.9        +7.8\n"
        "  Elm Quay             118.2       113.0        -4.4\n"
        "  Stone Pier            95.6       101.3        +6.0\n"))
    assert got["+7.8"] == got["+6.0"] == "ent:period-2026-Q3"
