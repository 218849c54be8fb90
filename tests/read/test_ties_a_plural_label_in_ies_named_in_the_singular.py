"""A row whose label is a plural in "-ies" ("Subsidies", "Royalties") is named by the
singular a sentence writes as a modifier ("subsidy income", "royalty receipts"), as a
plural in "-s" is ("Investments" by "investment income"): the restatement is tied by the
words, whatever its value."""

from __future__ import annotations

from pathlib import Path

from tests.read import violations
from tests.read.test_ties import relations, ties_in

ACCOUNTS = """Marlow Folk Arts Society: accounts for 2025

Published: Monday 2 March 2026

{}

Table 1. Income (£000)

  Source                     2024       2025
  Members' fees                 212        219
  Subsidies                   1,318      1,465
  Royalties                     402        388
  Total income                1,932      2,072
"""


def test_a_plural_in_ies_is_named_by_its_singular(tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, ACCOUNTS.format(
        "Subsidy income rose to £1.47 million in 2025. Royalty receipts eased to £388,000 in "
        "2025."))
    assert ties_in(checked) == ["Royalties, 2025: the table and the text",
                                "Subsidies, 2025: the table and the text"]
    assert violations(tmp_path) == []


def test_a_plural_in_ies_named_by_its_singular_that_slipped_is_a_violation(
        tmp_path: Path) -> None:
    """"£1.56 million" for the table's 1,465 (thousand): the words name the subsidies' row,
    so the two are one quantity and the check finds that they disagree."""
    checked, _ = relations(tmp_path, ACCOUNTS.format(
        "Subsidy income rose to £1.56 million in 2025."))
    assert ties_in(checked) == ["Subsidies, 2025: the table and the text"]
    assert violations(tmp_path) == ["restatement"]
