""""X of the <whole> …; the other Y": the sentence's two parts split the whole between them,
whatever other breakdown (a table's rows, its total row) the text gave before; a whole
named by no noun ("of the 2025 total") is the level just said, not the headline's."""

from __future__ import annotations

from tests.read import sum_labels


def _sums(tmp_path, name: str, text: str) -> list[str]:
    return [s for s in sum_labels(tmp_path, name, text) if "rows add up" not in s]


def test_the_other_part_past_a_table_that_restates_the_whole(tmp_path) -> None:
    assert _sums(tmp_path, "note.md",
                 "# Patent note 2026\n\nApplications rose to 8,400 in 2026, from 8,100 the "
                 "year before.\n\n| Field | 2026 |\n|---|---|\n| Medical | 3,100 |\n"
                 "| Other | 5,300 |\n| Total | 8,400 |\n\nLocal firms filed 930 of the year's "
                 "applications, about a ninth of the total; the other 7,470 came from "
                 "abroad.\n") == ["930 + 7,470 = 8,400"]


def test_a_whole_named_by_no_noun_is_the_level_just_said(tmp_path) -> None:
    assert _sums(tmp_path, "loans.txt",
                 "Library loans 2025\n\nLoans of physical items reached 512,000 in 2025, up "
                 "from 498,000.\n\nThe 64,000 digital loans in 2025 compare with 50,000 the "
                 "year before. E-audio made up 24,300 of the 2025 total and e-books the "
                 "remaining 39,700.\n") == ["24,300 + 39,700 = 64,000"]
