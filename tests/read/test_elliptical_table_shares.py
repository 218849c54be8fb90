"""A share left elliptical after a share of a named whole: "Wardens took 67.5% of spending,
and governance 6.3 per cent", "…, with governance at 6.3%". The second clause borrows the
first's verb and whole, so its percent is the share of the row it names in the table's
total (the row the words name, whatever the arithmetic)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import relation_labels

TABLE = """| Item | 2025 |
| Wardens | 540 |
| Boardwalks | 210 |
| Governance | 50 |
| Total spending | 800 |"""


def _shares(tmp_path: Path, sentence: str) -> list[str]:
    text = f"Table 2. Spending, 2025 (£ thousand)\n\n{TABLE}\n\n{sentence}"
    labels = relation_labels(tmp_path, "Marsh Trust accounts 2025", text, "ShareRelation")
    return sorted(re.sub(r" of the total \(the table\)$", "", label) for label in labels)


def test_a_bare_percent_after_and_takes_the_first_clause_s_whole(tmp_path: Path) -> None:
    assert _shares(tmp_path, "Wardens took 67.5% of spending, and governance 6.3 per cent.") \
        == ["Governance: 6.3 per cent", "Wardens: 67.5%"]


def test_with_a_row_at_a_percent_is_a_share_of_the_same_whole(tmp_path: Path) -> None:
    assert _shares(tmp_path, "The boardwalks cost 26.3 per cent of the total, with "
                   "governance at 6.3%.") == ["Boardwalks: 26.3 per cent", "Governance: 6.3%"]


def test_a_slip_in_the_elliptical_share_is_still_tied(tmp_path: Path) -> None:
    """The words tie it: a percent that does not hold (9.3% of 800 is not 50) is read all
    the same, for the check to flag."""
    assert "Governance: 9.3%" in _shares(
        tmp_path, "Wardens took 67.5% of spending, and governance 9.3%.")


def test_a_change_after_and_is_no_elliptical_share(tmp_path: Path) -> None:
    """"and governance rose by 6.3%": a verb of change in the clause, no share."""
    assert _shares(tmp_path, "Wardens took 67.5% of spending, and governance rose by 6.3%.") \
        == ["Wardens: 67.5%"]


def test_a_share_of_two_rows_together_is_no_share_of_the_second(tmp_path: Path) -> None:
    """"and together with governance for 73.8%": the share is of wardens and governance
    together, so no row of the table is its portion."""
    assert _shares(tmp_path, "Wardens take 67.5% of spending, and together with governance "
                   "for 73.8%.") == ["Wardens: 67.5%"]
