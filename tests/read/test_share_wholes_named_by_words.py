"""A share's whole is what its words name, never a figure the values or a stray word pick:

- "a bare "N of M (p%)" in a trial's arm: "11 of 56 (19.6%) in the placebo group" after
  "56 in the placebo group" is a share of that earlier count (the bracket does not end the
  words naming the group);
- "In 2019, ... the club counted 4,310 members" and then "made up 32.0% of all members":
  a whole whose own sentence writes an earlier year than the part's is that year's, no
  whole of the part's;
- "made up 40% of all parcels delivered" beside a table of columns "Delivered, 2025" and
  "Delivered, 2024": the participle names the Delivered column (of the latest year, where
  the sentence writes no other)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import read_labels, relation_blocks, figure_quotes


def _shares(folder: Path, name: str, text: str) -> list[str]:
    return read_labels(folder, name, text, "ShareRelation")


def test_a_bare_count_of_a_group_named_past_its_bracket_is_the_earlier_count(
        tmp_path: Path) -> None:
    text = ("Trial of a balance class\n\n"
            "We enrolled 120 residents of care homes. Follow-up data were available for 116: "
            "60 in the exercise group and 56 in the placebo group.\n\n"
            "A fall was recorded for 6 of 60 exercising residents (10.0%) in the exercise "
            "group against 11 of 56 (19.6%) in the placebo group.\n")
    _shares(tmp_path, "note.txt", text)
    folder = tmp_path / "c" / "note"
    quotes = figure_quotes(folder)
    blocks = [b for b in relation_blocks(folder, "ShareRelation") if "19.6%" in b]
    assert len(blocks) == 1
    whole = re.search(r"cg:whole :([\w-]+)", blocks[0]).group(1)
    # the whole is the 56 of the earlier sentence, the group's count as first stated
    assert [local for local, q in quotes.items() if q == "56"][0] == whole


def test_a_whole_its_sentence_dates_to_an_earlier_year_is_not_taken(tmp_path: Path) -> None:
    text = ("Rowing club membership, 2025\n\n"
            "The club now has 3,870 members. In 2019, before the floods, the club counted "
            "4,310 members.\n\n"
            "Juniors climbed to 1,240 and made up 32.0% of all members.\n")
    labels = _shares(tmp_path, "note.txt", text)
    assert not any("of 4,310" in label for label in labels), labels


def test_a_participle_names_the_column_of_its_noun(tmp_path: Path) -> None:
    text = ("Depot report\n\n"
            "| Depot | Received, 2025 | Delivered, 2025 | Delivered, 2024 |\n"
            "|---|---:|---:|---:|\n"
            "| North | 5,130 | 4,060 | 3,610 |\n"
            "| South | 2,870 | 2,540 | 2,390 |\n"
            "| Central | 2,000 | 1,520 | 1,300 |\n"
            "| Total | 10,000 | 8,120 | 7,300 |\n\n"
            "The North depot did best, and it made up 50% of all parcels delivered.\n")
    _shares(tmp_path, "note.md", text)
    folder = tmp_path / "c" / "note"
    quotes = figure_quotes(folder)
    blocks = relation_blocks(folder, "ShareRelation")
    pairs = [(quotes[re.search(r"cg:portion :([\w-]+)", b).group(1)],
              quotes[re.search(r"cg:whole :([\w-]+)", b).group(1)]) for b in blocks]
    assert pairs == [("4,060", "8,120")]
