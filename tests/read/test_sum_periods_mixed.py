"""A row under its columns' heads, "of which: Retail 41.2 38.7", sets one part down for two
periods: the reader never adds this year's part and last year's into this year's total."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def test_a_part_row_s_two_periods_are_no_two_parts(tmp_path: Path) -> None:
    source = tmp_path / "grocer.txt"
    source.write_text(
        'MARLOW GROCERS PLC\n\nINTERIM STATEMENT FOR THE HALF YEAR ENDED 30 JUNE 2025\n\nHighlights of H1 2025\n  * Sales grew 9.0% to GBP 96.0 million\n  * Operating profit rose 10.6% to GBP 7.3 million\n\nSummary of results                                          (GBP million)\n-------------------------------------------------------------------------\n                                  H1 2025      H1 2024     Change (%)\n-------------------------------------------------------------------------\nSales                                96.0         88.1          9.0\n  of which: Retail                   41.2         38.7          6.5\n            Wholesale                54.8         49.4         10.9\nOperating profit                      7.3          6.6         10.6\n-------------------------------------------------------------------------\n',
        encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    labels = re.findall(r'rdfs:label "([^"]*)"', relations)
    assert "41.2 + 38.7 = 96.0" not in labels, labels
    assert not any(re.match(r"41\.2 \+ 38\.7", label) for label in labels), labels


def test_parts_written_as_a_list_of_periods_still_add_up(tmp_path: Path) -> None:
    source = tmp_path / "ferries.txt"
    source.write_text(
        "Northsound Ferries - third quarter 2025\n\nRevenue for the nine months ended "
        "September 30 totaled $912.0 million, made up of $300.0 million in the first quarter, "
        "$302.0 million in the second quarter and $310.0 million in the third quarter.\n",
        encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert re.search(r'rdfs:label "\$300\.0 million \+ \$302\.0 million \+ \$310\.0 million = '
                     r'\$912\.0 million"', relations), relations
