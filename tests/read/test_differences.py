"""kg read: differences whose words give their ends as a move: a span "faster" is shorter
("fell to 41 days from 63, or 22 days faster"); "That is 1,290 fewer claims" is the move the
sentence before states; "rose from A to B (D)" gives the move's size in brackets, and a move
past a semicolon is another clause's."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _differences(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "note.txt").write_text("Service note 2025\n\n" + text + "\n", encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:DifferenceRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_a_span_faster_is_the_shorter_span(tmp_path: Path) -> None:
    assert _differences(tmp_path, "The median wait for a hearing fell to 41 days from 63, or "
                                  "22 days faster.") == ["63 - 41 days = 22 days"]


def test_that_is_n_fewer_is_the_move_the_sentence_before_states(tmp_path: Path) -> None:
    assert _differences(tmp_path, "At the end of May, 9,120 claims were open, down 12.4% "
                                  "from 10,410 a year earlier. That is 1,290 fewer claims "
                                  "waiting.") == ["10,410 - 9,120 = 1,290"]


def test_a_move_s_size_in_brackets_and_each_clause_s_own_ends(tmp_path: Path) -> None:
    assert _differences(tmp_path, "In the treated wards, mean stay fell from 6.40 days to "
                                  "5.90 days, a fall of 0.50 days; in other wards it fell "
                                  "from 6.35 days to 6.30 days (0.05 days).") == [
        "6.40 days - 5.90 days = 0.50 days", "6.35 days - 6.30 days = 0.05 days"]


def test_a_move_s_size_in_brackets_past_unit_words_after_its_figures(tmp_path: Path) -> None:
    assert _differences(tmp_path, "Among night-shift nurses, mean sleep rose from 6.20 h to "
                                  "6.31 h (0.11 h).") == ["6.31 h - 6.20 h = 0.11 h"]
