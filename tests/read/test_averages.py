"""An average over a number of periods ("in each of the six months") is read and checked."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read


def test_an_average_over_months_counts_the_months(tmp_path: Path) -> None:
    source = tmp_path / "port.txt"
    source.write_text("Port report, first half 2025\n\nThe port handled 2.4 million containers "
                      "in the first half. On average the port handled 480,000 containers in "
                      "each of the six months.\n", encoding="utf-8")
    read(source, tmp_path / "c")
    report = check_corpus(build_corpus(tmp_path / "c"))
    averages = [f for f in report.findings if f.check == "average"]
    structure = [f for f in report.findings if f.check == "structure"
                 and f.severity == "violation"]
    # 2.4 million over six months is 400,000 (391,667 to 408,333): 480,000 is a slip
    assert [f.severity for f in averages] == ["violation"] and not structure
