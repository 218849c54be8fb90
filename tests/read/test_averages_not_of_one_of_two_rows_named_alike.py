"""An average whose words name two rows of a budget's column alike, each by another word
("in CPR and radio use" beside a "Marine radio sets" row and a "CPR courses" row), is of neither:
nothing says which row it spreads, and a guess makes a false violation."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, violations

LIFESAVERS = """Coastal Lifesavers Association - Budget 2026

How we will spend it
| Expenditure (NZ$) | Budget 2026 |
| Rescue boat fuel | 84,000 |
| Marine radio sets | 52,800 |
| CPR courses | 96,600 |
| Administration | 41,100 |
| Total expenditure | 274,500 |

Training. Our volunteers will train 2,300 people in CPR and radio use, an average cost of
NZ$42 per person.
"""


def test_an_average_of_two_rows_named_alike_is_left_out(tmp_path: Path) -> None:
    averages = read_labels(tmp_path, "lifesavers.txt", LIFESAVERS, "AverageRelation")
    assert averages == []
    assert violations(tmp_path) == []
