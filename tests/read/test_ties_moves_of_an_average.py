"""kg read: a move between two figures ("the average entry price rose to £6.40 from £5.95")
says both ends of one thing, so the words before the first ("average") say what the second
is too: neither restates a cell of a table of totals."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, restated

LIDO = """Lido trust results, 2025

Table 1. Income by stream (£ thousand)
  Stream                2025       2024
  Admissions           412.5      380.2
  Cafe                 120.4      101.9
  Total income         532.9      482.1

Admissions income grew on both counts: the average entry price rose to £6.40 from £5.95,
and visits were up.
"""


def test_the_figure_an_average_moved_from_restates_no_cell(tmp_path: Path) -> None:
    checked, proposed = relations(tmp_path, LIDO)
    assert not restated(tmp_path, "£5.95", checked + proposed)
    assert not restated(tmp_path, "£6.40", checked + proposed)
