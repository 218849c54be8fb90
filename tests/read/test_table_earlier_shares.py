"""Shares of a table's rows and their earlier levels: "made up 25.0% of total sales, compared
with 22.0% a year ago" is the share of the same two rows in the table's earlier column, and
"Online's share of total sales rose to 25.0%" the row the possessive names over the row the
words after "of" name. The words say which rows and that a level is earlier; the table says
which column; no value chooses either."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_table_total_shares import shares

SALES = """Pellow & Dane: trading update for 2025

Table 1. Sales by channel (£ million)

| Channel | 2025  | 2024  |
| Stores  | 180.0 | 174.0 |
| Online  | 60.0  | 49.0  |
| Total   | 240.0 | 223.0 |

{sentence}
"""


def test_a_share_set_against_a_year_ago_is_of_the_same_rows_in_the_earlier_column(
        tmp_path: Path) -> None:
    """"… made up 25.0% of total sales, compared with 22.0% a year ago": Online's and the
    total's cells of 2024; "compared with 75.0% for stores" names another row, not an
    earlier year, and is no share of the online rows."""
    earlier = shares(tmp_path / "earlier", SALES.format(sentence=(
        "Online sales rose to £60.0 million and made up 25.0% of total sales, compared with "
        "22.0% a year ago.")))
    other = shares(tmp_path / "other", SALES.format(sentence=(
        "Online sales rose to £60.0 million and made up 25.0% of total sales, compared with "
        "75.0% for stores.")))
    assert (earlier.get("22.0%"), other.get("75.0%")) == (("f-t1-r2-c2", "f-t1-r3-c2"), None)


def test_a_possessive_share_only_a_table_states_is_of_the_rows_its_words_name(
        tmp_path: Path) -> None:
    """"Online's share of total sales rose to 25.0% from 22.0% last year": the Online row
    over the total row, 2025's cells for the level, 2024's for the one it rose from."""
    found = shares(tmp_path, SALES.format(sentence=(
        "Online's share of total sales rose to 25.0% from 22.0% last year.")))
    assert found == {"25.0%": ("f-t1-r2-c1", "f-t1-r3-c1"),
                     "22.0%": ("f-t1-r2-c2", "f-t1-r3-c2")}
