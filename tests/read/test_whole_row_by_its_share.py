"""kg read: under rows that each carry a share ("Share of 2026 (%)"), a last row whose share
the table writes as 100 is the whole the rows above make up, though its label ("Nation",
"Everyone") says no "total": its amounts are the rows' sums and the shares are of it."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, sum_labels

PORTS = """Cargo handled, by port

    Port            2025      2026    Share of 2026 (%)
    Eastharbour    4,100     4,400         55.0
    Westquay       2,300     2,400         30.0
    Southmouth     1,100     1,200         15.0
    {last}         7,500     8,000         {whole}

Volumes rose at every port.
"""


def test_a_last_row_at_100_percent_is_the_rows_whole(tmp_path: Path) -> None:
    found = sum_labels(tmp_path, "ports.txt", "Port statistics 2026\n\n" +
                       PORTS.format(last="Nation", whole="100.0"))
    assert "2025: the rows add up to Nation" in found, found
    assert "2026: the rows add up to Nation" in found, found


def test_the_shares_are_of_the_row_at_100_percent(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Port statistics 2026",
                            PORTS.format(last="Nation", whole="100.0"), "ShareRelation")
    assert len(found) == 3, found


def test_a_last_row_below_100_percent_is_one_more_part(tmp_path: Path) -> None:
    found = sum_labels(tmp_path, "ports.txt", "Port statistics 2026\n\n" +
                       PORTS.format(last="Northbay", whole="48.5"))
    assert not [label for label in found if "Northbay" in label], found
