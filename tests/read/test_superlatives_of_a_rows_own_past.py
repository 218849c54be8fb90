"""kg read: a superlative set against the row's own past ("the busiest site since 2019", "its
highest takings for a decade", "the lowest in the trust's history") ranks the row against its
earlier years, not against the table's other rows, whose cells may stand above it: no
comparison with them is read. The superlative said outright ("the busiest site, with …")
still ranks the row above the others."""

from __future__ import annotations

from pathlib import Path

from tests.read import comparison_cells

_TABLE = ("Visitors by site, 2025\n\n| Site | Visitors |\n|---|---|\n"
          "| Quayside Museum | 41,200 |\n| Weaving Mill | 38,900 |\n"
          "| Castle Keep | 52,300 |\n| Town Gallery | 12,400 |\n\n")


def _ranked(folder: Path, text: str) -> list[tuple[str, str]]:
    """(greater, lesser) cell ids of each comparison kg read writes for the table and
    ``text``."""
    return comparison_cells(folder, _TABLE + text + "\n")


def test_a_superlative_since_a_year_ranks_no_other_row(tmp_path: Path) -> None:
    assert _ranked(tmp_path / "a", "The Quayside Museum was the busiest site since 2019, "
                   "with 41,200 visitors.") == []


def test_a_superlative_over_years_or_a_history_ranks_no_other_row(tmp_path: Path) -> None:
    assert _ranked(tmp_path / "a", "The Town Gallery had its highest attendance for a "
                   "decade, at 12,400.") == []
    assert _ranked(tmp_path / "b", "The Weaving Mill had the highest attendance in the "
                   "trust's 60-year history, at 38,900.") == []
    assert _ranked(tmp_path / "c", "The Weaving Mill had the highest attendance in 20 "
                   "years, at 38,900.") == []
    # said outright, the superlative still ranks its row above the next largest
    assert _ranked(tmp_path / "d", "Castle Keep was the busiest site, with 52,300 "
                   "visitors.") == [("f-t1-r3-c1", "f-t1-r1-c1")]
