"""kg read: "Vans added 31,240 units (12.4 per cent)" beside a table whose row for vans
gives 31,240 as this year's level: the verb's amount is the row's level itself, no gap
between the row's two years; "Vans added 2,560 units" is that gap."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

TABLE = """# Drumlin Valley new vehicle registrations, 2025

| Category | 2024 | 2025 | Change (%) |
|---|---:|---:|---:|
| Cars | 188,400 | 193,820 | 2.9 |
| Vans | 28,680 | 31,240 | 8.9 |
| Total | 217,080 | 225,060 | 3.7 |

"""


def test_the_row_s_level_is_no_gap(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "level.md", TABLE + "Vans added 31,240 units, a record.\n",
                         "DifferenceRelation")
    assert not any("31,240" in label.split(":")[-1] for label in labels), labels
    # (the gap between the row's two years, said so, is still read)
    labels = read_labels(tmp_path / "gap", "gap.md",
                         TABLE + "Vans added 2,560 units over the year.\n", "DifferenceRelation")
    assert any("2,560" in label for label in labels), labels
