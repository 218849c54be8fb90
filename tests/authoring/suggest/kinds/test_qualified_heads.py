""""of whom" and "of which" stand for the head of the noun phrase before them ("2,310
students from nine colleges, of whom …": the students), never for the figure a preposition
adds to that head; and a list a colon opens after one part breaks that part down."""

from __future__ import annotations

from pathlib import Path

from tests.authoring.suggest.test_kinds import suggested

TEXT = ("In the spring, 2,310 students from nine colleges applied, of whom 1,386 (60.0%) sat "
        "the entrance test and were placed: 700 in the morning stream, 400 in the afternoon "
        "stream and 286 in the evening stream.")


def test_of_whom_takes_the_head_not_the_figure_a_preposition_adds(tmp_path: Path) -> None:
    shares = [roles for kind, roles, _ in suggested(tmp_path, TEXT) if kind == "ShareRelation"]
    assert shares == [{"portion": ("1,386",), "whole": ("2,310",), "share": ("60.0%",)}]


def test_a_list_after_a_colon_is_no_part_of_the_of_whom_total(tmp_path: Path) -> None:
    sums = [roles for kind, roles, _ in suggested(tmp_path, TEXT) if kind == "SumRelation"]
    assert not any("nine" in roles["total"] or "2,310" in roles["total"] for roles in sums)
