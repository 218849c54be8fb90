"""kg read ties a sentence's amount to the row and column its words name ("total expenditure
… the €1,461,500 we expect to spend in 2026") though another table's total row, taken only
for want of a row named in that table, holds the same value: the words pick the table."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, relation_labels

_TEXT = """We plan total expenditure of €1,520,000 next year, up 4.0% on the €1,461,500 we expect \
to spend in 2026.

Table 1: Income (€'000)

                               Budget 2027    Forecast 2026
  Grants                           1,010.0            980.0
  Donations                          520.0            481.5
  Total income                     1,530.0          1,461.5

Table 2: Expenditure (€'000)

                               Budget 2027    Forecast 2026
  Staff                            1,120.0          1,080.0
  Premises                           400.0            381.5
  Total expenditure                1,520.0          1,461.5
"""


def test_the_named_table_s_row_is_taken_not_the_other_total(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Harlow Reach Trust: budget 2027", _TEXT,
                           "RestatementRelation") == [
        "Total expenditure, Budget 2027: the table and the text",
        "Total expenditure, Forecast 2026: the table and the text"]

    # an amount "each" is one item's, not the whole the named row holds
    each = read_labels(tmp_path / "each", "note.md", _EACH, "RestatementRelation")
    assert not any(label.startswith("Start-up grants") for label in each)


_EACH = """# Fenmoor shed network: budget 2027

We plan to open 13 new sheds in 2027 with start-up grants of €4,000 each.

Income (€)

| Source | 2027 budget | 2026 outturn |
|---|---:|---:|
| Council funding | 180,000 | 170,000 |
| Fees | 85,000 | 80,000 |
| Total income | 265,000 | 250,000 |

Expenditure (€)

| Item | 2027 budget |
|---|---:|
| Start-up grants for new sheds | 52,000 |
| Staff | 203,000 |
| Total expenditure | 255,000 |
"""
