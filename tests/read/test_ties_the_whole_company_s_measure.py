"""A sentence naming the whole company's measure ("Group sales climbed 4.6% to £212.8
million") names the table's row of that measure, as "total sales" would; a segment's row is
named by its own label."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import ties_in

RESULTS = """Harbourline Ferries plc: results for the year

Group sales climbed 4.6% to £212.8 million, while the freight arm carried more trailers.

Summary (£ million)

| | 2025 | 2024 | Change % |
|---|---|---|---|
| Sales | 212.8 | 203.4 | +4.6 |
| Passenger | 131.5 | 127.0 | +3.5 |
| Freight | 81.3 | 76.4 | +6.4 |
| Operating profit | 24.1 | 22.9 | +5.2 |
"""


def test_the_group_s_measure_names_the_row_of_that_measure(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(RESULTS, encoding="utf-8")
    from kg.read import read
    made = read(source, tmp_path / "c")
    checked = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert "Sales, 2025: the table and the text" in ties_in(checked)
    assert "Sales, Change %: the table and the text" in ties_in(checked)


def test_a_group_s_slipped_figure_is_tied_to_the_row_all_the_same(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(RESULTS.replace("to £212.8 million", "to £218.2 million"),
                      encoding="utf-8")
    from kg.read import read
    made = read(source, tmp_path / "c")
    checked = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert "Sales, 2025: the table and the text" in ties_in(checked)
