"""A row or head in pence ("Interim dividend (pence per share)") holds pounds in hundredths:
the cell "4.2" is £0.042 (cg:scale -2), the same quantity as the text's "4.2p", so the words
that name the row tie the two, and kg check reads the scale as it reads a caption's millions."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read.test_ties import relations, ties_in

RESULTS = """Tolland Ropes plc interim results

Published Tuesday 10 November 2026

The board has declared an interim dividend of 4.2p per share (2025: 3.9p).

Six months to 30 September
| | 2026 | 2025 |
| Revenue (£m) | 48.6 | 45.1 |
| Interim dividend (pence per share) | 4.2 | 3.9 |
"""


def test_a_cell_in_pence_is_pounds_in_hundredths_and_tied_to_the_text(tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, RESULTS)
    assert {"Interim dividend (pence per share), 2026: the table and the text",
            "Interim dividend (pence per share), 2025: the table and the text"} <= \
        set(ties_in(checked))
    claims = next((tmp_path / "c").glob("*/claims.ttl")).read_text(encoding="utf-8")
    cell = re.search(r"^:f-t1-r2-c1 a cg:Figure ;.*?\.\n", claims, re.M | re.S).group(0)
    assert "qudt:numericValue 0.042 ;" in cell and "qudt:unit unit:CCY_GBP ;" in cell
    assert "cg:scale -2 ;" in cell
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if "scale" in str(getattr(f, "message", ""))]
    assert not [f.check for f in report.findings if f.severity == "violation"]
