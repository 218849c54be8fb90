"""A row whose label wraps a proper name in common words ("Regional Arts Council grant",
"WX Harbour Trust levy") is named by that name alone: "The Regional Arts Council has
pledged GBP 3,417k" restates the row's cell, however the sentence leaves out the words
around the name; a sentence that says no such name ties nothing to it."""

from __future__ import annotations

from pathlib import Path

from tests.read import restatement_blocks

TABLE = """Table B: Income (GBP thousand)

                                      Actual     Budget
                                     2024/25    2025/26
  Regional Arts Council grant          3,305      3,417
  Box office                           2,210      2,388
  Bar and catering                       912        951
Total income                           6,427      6,756
"""


def _restated(tmp_path: Path, sentence: str) -> list[str]:
    return restatement_blocks(tmp_path, "note.txt", f"Theatre budget 2025/26\n\n{sentence}\n\n{TABLE}")


def test_the_proper_name_inside_a_label_names_its_row(tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "The Regional Arts Council has pledged GBP 3,417k for next "
                       "year.")
    assert any("f-t1-r1-c2" in b for b in blocks), blocks


def test_a_common_word_of_the_label_alone_names_no_row(tmp_path: Path) -> None:
    blocks = _restated(tmp_path, "The council has pledged GBP 3,417k for next year.")
    assert not any("f-t1-r1-c2" in b for b in blocks), blocks
