"""kg read: "The vacancy rate fell by 0.8 per cent, to 5.2 per cent" beside a table whose
row of that rate has a column of changes in points: the level restates the row's later
cell, and the move is said in per cent, so the words state a percent change from the row's
earlier cell to that level (per cent written for points is the slip the check then finds);
a guess across sentences that took the same figure (never checked) does not stop it."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_blocks, violations

KIND = "PercentChangeRelation"
TABLE = """
Table 1. Housing indicators (per cent)

| Indicator | Q1 2025 | Q1 2026 | Change (pp) |
|---|---|---|---|
| Vacancy rate | 6.0 | 5.2 | -0.8 |
| Tenants behind on at least one payment | 8.3 | 9.4 | +1.1 |
| Owner-occupied homes | 61.2 | 61.0 | -0.2 |
"""


def _read(tmp_path: Path, bullets: str) -> list[str]:
    from kg.read import read

    (tmp_path / "survey.md").write_text(
        "# Harbour district housing survey: first quarter 2026\n\n" + bullets + "\n" + TABLE,
        encoding="utf-8")
    read(tmp_path / "survey.md", tmp_path / "c")
    return relation_blocks(tmp_path / "c" / "survey", KIND)


def test_points_said_as_per_cent_are_a_percent_change_that_fails(tmp_path: Path) -> None:
    blocks = _read(tmp_path, "- The vacancy rate fell by 0.8 per cent, to 5.2 per cent, the "
                             "lowest in a decade.\n")
    assert len(blocks) == 1
    assert "cg:initial :f-t1-r1-c1 ;" in blocks[0] and "cg:direction cg:Decrease" in blocks[0]
    assert violations(tmp_path) == ["percent-change"]


def test_a_true_percent_change_of_the_rate_passes(tmp_path: Path) -> None:
    blocks = _read(tmp_path, "- The vacancy rate fell by 13.3 per cent, to 5.2 per cent, the "
                             "lowest in a decade.\n")
    assert len(blocks) == 1 and "cg:initial :f-t1-r1-c1 ;" in blocks[0]
    assert violations(tmp_path) == []


def test_an_unchecked_guess_does_not_hold_the_figure_back(tmp_path: Path) -> None:
    # ("behind on at least one payment": a guess across sentences takes "at least one" as
    # a baseline; it is only proposed, and the row's own change is read all the same)
    blocks = _read(tmp_path, "- The share of tenants behind on at least one payment rose by "
                             "1.1 percent to 9.4%.\n")
    assert len(blocks) == 1
    assert "cg:initial :f-t1-r2-c1 ;" in blocks[0] and "cg:direction cg:Increase" in blocks[0]
    assert violations(tmp_path) == ["percent-change"]


def test_points_said_as_points_stay_a_restatement(tmp_path: Path) -> None:
    assert _read(tmp_path, "- The vacancy rate fell by 0.8 percentage points, to 5.2 per "
                           "cent.\n") == []
    assert violations(tmp_path) == []
