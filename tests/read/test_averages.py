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


def test_an_average_of_a_table_row_takes_the_cell_of_its_own_period(tmp_path: Path) -> None:
    import re

    source = tmp_path / "trading.md"
    source.write_text("# Winter trading\n\n| Six weeks to 4 January | 2025/26 £m | 2024/25 £m |\n"
                      "| --- | --- | --- |\n| Shops | 318.2 | 310.4 |\n| Web | 141.6 | 128.7 |\n\n"
                      "Sales in our 146 shops averaged £2.18m per shop.\n", encoding="utf-8")
    read(source, tmp_path / "c")
    relations = (tmp_path / "c" / "trading" / "relations.ttl").read_text(encoding="utf-8")
    averages = re.findall(r"a cg:AverageRelation ;.*?rdfs:label \"([^\"]+)\"", relations, re.S)
    # last year's 310.4 is named "Shops" too, but the average is this year's
    assert averages == ["318.2 ÷ 146 = £2.18m each"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]
