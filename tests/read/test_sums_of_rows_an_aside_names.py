"""A total whose items an aside between dashes names, each naming one row of a table:
"Field work – wells, latrines and schooling – takes £5,530": the named rows' cells in the
column of the total's unit and period are its parts (never a row the aside does not name,
never when an item names no row or two)."""

from __future__ import annotations

from tests.read import sum_labels

_TABLE = ("| Income | 2025 (£) |\n|---|---|\n| Grants | 4,100 |\n| Adult schooling fees | 2,070 |\n"
          "| Total | 6,170 |\n\n"
          "| Area | 2025 (£) |\n|---|---|\n| Village wells | 2,410 |\n| Latrines and washing "
          "blocks | 1,870 |\n| Adult schooling | 1,250 |\n| Administration | 640 |\n"
          "| Total | 6,170 |\n")


def _sums(tmp_path, text: str) -> list[str]:
    return [s for s in sum_labels(tmp_path, "budget.md", "# Spending plan 2025\n\n" + _TABLE +
                                  "\n" + text + "\n") if "rows add up" not in s]


def test_the_rows_an_aside_names_add_up_to_its_total(tmp_path) -> None:
    assert _sums(tmp_path, "Field work – wells, latrines and schooling – takes £5,530 in "
                           "2025, the rest going on administration.") == \
        ["2,410 + 1,870 + 1,250 = £5,530"]


def test_an_item_naming_no_row_makes_no_sum(tmp_path) -> None:
    assert _sums(tmp_path, "Field work – wells, latrines and clinics – takes £5,530 in "
                           "2025, the rest going on administration.") == []


def test_a_count_of_the_items_and_a_word_naming_rows_of_two_tables(tmp_path) -> None:
    # "schooling" names a row of the income table too: the table every item names a row of
    # is the one; the comma before "and" joins no item
    assert _sums(tmp_path, "Our three field activities – wells, latrines, and schooling – "
                           "take £5,530 in 2025.") == ["2,410 + 1,870 + 1,250 = £5,530"]
