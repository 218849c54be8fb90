"""kg read: "Grain's share of the total slipped from 30.0% to 28.0%" over a table of cargo
by kind and year states two shares, each of the row the possessive names over the total
row: the level it moved to of the latest year's column, the one it moved from of the year
before's. The possessive may take the apostrophe alone ("the Baltic States' share"), and
the whole may be "the total" alone, which names the table's total row."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read import read_labels

CARGO = """| Cargo | 2024 | 2025 |
|---|---:|---:|
| Containers | 4,200 | 4,800 |
| Grain | 3,000 | 2,800 |
| Timber | 1,800 | 1,700 |
| Fuel | 1,000 | 700 |
| **Total** | **10,000** | **10,000** |

{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Grain's share of the total slipped from 30.0% to 28.0%, as harvests were poor.",
    "Grain's share of all cargo slipped from 30.0 per cent to 28.0 per cent.",
    "Grain's share of the total slipped to 28.0% from 30.0%."])
def test_both_ends_of_a_share_s_move_are_shares_of_their_own_year(
        tmp_path: Path, sentence: str) -> None:
    found = read_labels(tmp_path, "port.md", "# Harbour cargo 2025\n\n" +
                        CARGO.format(sentence=sentence), "ShareRelation")
    percent = "%" if "%" in sentence else " per cent"
    assert f"2,800 is 28.0{percent} of 10,000" in found, found
    assert f"3,000 is 30.0{percent} of 10,000" in found, found


def test_a_possessive_written_with_the_apostrophe_alone(tmp_path: Path) -> None:
    text = CARGO.replace("Containers", "Baltic States").format(
        sentence="The Baltic States' share of the total rose from 42.0% to 48.0%.")
    found = read_labels(tmp_path, "port.md", "# Harbour cargo 2025\n\n" + text,
                        "ShareRelation")
    assert "4,200 is 42.0% of 10,000" in found and "4,800 is 48.0% of 10,000" in found, found
