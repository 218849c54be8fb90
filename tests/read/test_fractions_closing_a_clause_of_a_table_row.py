"""kg read: a fraction that closes its clause ("Bequests make up a third.") is of the total
row of the table whose row the clause names, by the row's label, the label's own noun
phrase ("Ticket sales" of "Ticket sales from the box office") or its head ("Bequests" of
"Legacy bequests"); a fraction of a move ("fell by a third.") or a bare "half" after an
adjective (a period: "a busy half.") is none."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

_TABLE = ("# Orchard theatre finances, 2025\n\n| Source | Amount (£) |\n|---|---:|\n"
          "| Ticket sales from the box office | 90,000 |\n| Legacy bequests | 60,000 |\n"
          "| Sponsorship | 30,000 |\n| **Total income** | **180,000** |\n\n")


def _ratios(folder: Path, prose: str) -> list[str]:
    return read_labels(folder, "note.md", _TABLE + prose + "\n", "RatioRelation")


def test_a_fraction_closing_its_clause_is_of_the_named_row_s_table_total(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Ticket sales alone bring in half of income. Bequests make up "
                             "a third, and sponsorship the rest.") == [
        "Ticket sales from the box office 90,000 is half of Total income 180,000 (the table)",
        "Legacy bequests 60,000 is a third of Total income 180,000 (the table)"]
    # a fraction of a move, and a "half" that is a period, are no part of the total
    assert _ratios(tmp_path / "moved", "Bequests fell by a third. Sponsorship had a busy "
                                       "half.") == []
