"""kg read: a table's row the text restates, where the words name it in another way than
by its label in the same sentence. "… and represents a fall of 4.5 per cent" is a change
(what it represents is the change the noun names), so the row's change column; a
sentence that opens by pointing back ("That is …", "This represents …") names no row of its
own and is of the row the sentence before named: its change ties to that row's one change
column, and a level to a column only where the words date it (never the latest one by
default)."""

from __future__ import annotations

from pathlib import Path

from tests.read import cell_ties

TABLE = """Table 2  Ferry crossings by route

  Route              2024      2025    % change
  ---------------------------------------------
  Northern link     8,210     8,630       +5.1
  Southern link     6,400     6,112       -4.5
  ---------------------------------------------
"""


def _ties(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return cell_ties(tmp_path, "note.txt", text)


def test_a_change_a_clause_represents_is_the_change_column(tmp_path: Path) -> None:
    text = ("Harbour operations review 2025\n\n"
            "Southern link crossings fell to 6,112 in 2025 and represent a fall of 4.5 per "
            "cent on the year before.\n\n" + TABLE)
    assert ("f-t1-r2-c3", "4.5 per cent") in _ties(tmp_path, text)


def test_a_sentence_pointing_back_takes_the_row_named_before(tmp_path: Path) -> None:
    text = ("Harbour operations review 2025\n\n"
            "The Northern link carried 8,630 crossings in 2025. This represents an "
            "increase of 5.1 per cent.\n\n" + TABLE)
    ties = _ties(tmp_path, text)
    assert ("f-t1-r1-c2", "8,630") in ties
    assert ("f-t1-r1-c3", "5.1 per cent") in ties


def test_a_sentence_pointing_back_ties_its_change_not_an_undated_level(
        tmp_path: Path) -> None:
    # the level's year is given only as the base of a comparison: the words do not say
    # which column the 8,210 is, so it is tied to none (never the latest by default); the
    # change is the row's one change column
    text = ("Harbour operations review 2025\n\n"
            "The Northern link carried 8,630 crossings in 2025. That is 420 more than in "
            "2024, when 8,210 were made, and represents a rise of 5.1 per cent.\n\n" + TABLE)
    ties = _ties(tmp_path, text)
    assert ("f-t1-r1-c3", "5.1 per cent") in ties
    assert "f-t1-r1-c2" not in [cell for cell, quote in ties if quote == "8,210"]
