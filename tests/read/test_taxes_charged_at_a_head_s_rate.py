"""A table's column (or row) of a tax its head charges at a rate ("VAT at 20%") beside one
of the amounts before tax ("Hire ex VAT"): each tax cell is the rate's share of the amount
before tax in its row (or column), the head's rate a figure of its own, so a cell that slipped
is found."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, violations

_COLUMNS = """# Room hire

| Room | Hire ex VAT | VAT at 20% | Total |
|---|---|---|---|
| Main hall | £150.00 | {hall} | £180.00 |
| Studio | £80.00 | £16.00 | £96.00 |

Bookings are taken up to six months ahead.
"""

_ROWS = """# Heating oil price

Average price per litre, in pence.

| | January 2026 | January 2025 |
|---|---|---|
| Price excluding VAT | 60.00 | 56.40 |
| VAT at 5% | 3.00 | 2.82 |
| Price including VAT | 63.00 | 59.22 |
"""


def _shares(folder: Path, text: str) -> list[str]:
    return read_labels(folder, "hire.md", text, "ShareRelation")


def test_a_column_of_tax_at_its_head_s_rate(tmp_path: Path) -> None:
    assert _shares(tmp_path, _COLUMNS.format(hall="£30.00")) == [
        "Main hall: VAT at 20% of Hire ex VAT", "Studio: VAT at 20% of Hire ex VAT"]
    assert violations(tmp_path) == []


def test_a_tax_cell_the_rate_does_not_make_is_a_violation(tmp_path: Path) -> None:
    # 20% of £150.00 is £30.00, not £36.00
    assert len(_shares(tmp_path, _COLUMNS.format(hall="£36.00"))) == 2
    assert "share" in violations(tmp_path)


def test_a_row_of_tax_at_its_label_s_rate(tmp_path: Path) -> None:
    assert _shares(tmp_path, _ROWS) == [
        "VAT at 5%: VAT at 5% of Price excluding VAT",
        "VAT at 5%: VAT at 5% of Price excluding VAT"]
    assert violations(tmp_path) == []
