"""A table the extraction left as lines of text ("Parks 1,240" under a heading): each row
is a sentence of its own, so the sentence after the rows does not take their figures."""

from __future__ import annotations

from pathlib import Path

from kg.authoring.new import _sentences
from tests.authoring.suggest.test_kinds import suggested

ROWS = ("Spending by service, 2025\nParks 1,240\nLibraries (all branches) 860\n"
        "Total spending 2,100\nParks take up 59.0% of spending.")


def test_each_row_of_a_table_left_as_lines_is_its_own_sentence() -> None:
    assert [sentence for sentence, _ in _sentences(ROWS)] == [
        "Spending by service, 2025", "Parks 1,240", "Libraries (all branches) 860",
        "Total spending 2,100", "Parks take up 59.0% of spending."]
    # a wrapped line of prose may end with a number: alone, it is no table row
    text = "Visits to the museum rose to 41,200\nThis year the shop sold 3,100 guides."
    assert [sentence for sentence, _ in _sentences(text)] == [
        "Visits to the museum rose to 41,200 This year the shop sold 3,100 guides."]


def test_a_share_after_rows_takes_no_row_as_its_portion(tmp_path: Path) -> None:
    assert [roles for kind, roles, _ in suggested(tmp_path, ROWS)
            if kind == "ShareRelation"] == []

