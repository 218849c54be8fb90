"""kg read: a sentence's share of a row a table gives, its whole named by a noun writers
swap for the table's ("of national output" over a table of production), or its row named by
the label's head noun alone ("rents make up 40% of the budget" for "Office rents")."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

OUTPUT = """Table 1
Cider production by county
thousands of litres

County           2024    2025
-----------------------------
Appleby         5,200   7,000
Pearmain        2,900   3,900
Russet          1,100   1,600
-----------------------------
Total           9,200  12,500

Appleby, the largest maker, accounted for over half of national output (56.0%).
"""


def test_a_share_of_output_is_of_a_table_of_production(tmp_path: Path) -> None:
    found = relation_labels(tmp_path, "Cider bulletin 2025", OUTPUT, "ShareRelation")
    assert "Appleby: 56.0% of the total (the table)" in found, found


BUDGET = """| Line | 2026 budget | 2025 actual |
|:---|---:|---:|
| Office rents | 3,120 | 2,900 |
| Volunteer training | 1,450 | 1,300 |
| Printing & post | 780 | 820 |
| **Total** | **5,350** | **5,020** |

**Rents.** We lease two floors on short terms; rents make up 58.3% of the budget.
"""


def test_a_row_named_by_its_labels_last_word_alone(tmp_path: Path) -> None:
    """"rents make up 58.3% of the budget": the bare subject is "Office rents"'s head noun,
    which no other row's label ends on; the budget's column holds its portion and whole."""
    found = relation_labels(tmp_path, "# Charity budget 2026", BUDGET, "ShareRelation",
                            name="budget.md")
    assert "Office rents: 58.3% of the total (the table)" in found, found
