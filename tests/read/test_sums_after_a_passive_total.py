"""kg read: a total that is the subject of a passive verb whose colon opens the parts ("So
far, 19.35 million crossings have been recorded: 6.12 million in …, 6.48 million in … and
6.75 million in …") adds up from the parts the colon lists."""

from __future__ import annotations

from pathlib import Path

from tests.read import sum_labels, violations

TOLLS = """Causeway tolls: third quarter

So far this year, 19.35 million crossings have been recorded: 6.12 million in January
to March, {q2} million in April to June and 6.75 million in the latest quarter.
"""


def test_the_parts_after_a_passive_totals_colon_add_up_to_it(tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "tolls.txt", TOLLS.format(q2="6.48")) == [
        "6.12 million + 6.48 million + 6.75 million = 19.35 million"]
    assert "sum" not in violations(tmp_path)


def test_claims_were_settled_then_listed_by_kind(tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "claims.txt", (
        "Insurer update\n\nIn 2025, 4,210 claims were settled: 2,900 for homes, 1,010 for cars "
        "and 300 for businesses.\n")) == ["2,900 + 1,010 + 300 = 4,210"]


def test_a_slip_in_a_listed_part_is_a_violation(tmp_path: Path) -> None:
    assert sum_labels(tmp_path, "tolls.txt", TOLLS.format(q2="6.84")) == [
        "6.12 million + 6.84 million + 6.75 million = 19.35 million"]
    assert "sum" in violations(tmp_path)
