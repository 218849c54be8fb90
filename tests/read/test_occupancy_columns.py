"""kg read: an "Occupancy" (or "Fill rate", "Utilisation") column beside a column of what was
on offer and one of what was taken up ("Rooms available", "Rooms let") is, in each row, what
was taken up as a share of what was on offer, though its head writes no percent word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.read import read
from tests.read import figure_quotes, relation_blocks

INNS = """# Coaching inns, summer 2026

| Inn | Rooms | Room-nights available | Room-nights let | {head} |
|---|---:|---:|---:|---:|
| The Swan | 20 | 1,840 | {a} |
| The Bell | 12 | 1,104 | {b} |
| All inns | 32 | 2,944 | {c} |

Bookings held up well through August.
"""


def _shares(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    (tmp_path / "inns.md").write_text(text, encoding="utf-8")
    read(tmp_path / "inns.md", tmp_path / "c")
    folder = next((tmp_path / "c").iterdir())
    quotes = figure_quotes(folder)
    out = []
    for block in relation_blocks(folder, "ShareRelation"):
        roles = dict(re.findall(r"cg:(portion|whole|share) :(f-[\w-]+)", block))
        out.append(tuple(quotes[roles[k]] for k in ("portion", "whole", "share")))
    return sorted(out)


@pytest.mark.parametrize("head", ["Occupancy", "Fill rate"])
def test_occupancy_is_what_was_let_over_what_was_available(tmp_path: Path, head: str) -> None:
    text = INNS.format(head=head, a="1,472 | 80.0%", b="828 | 75.0%", c="2,300 | 78.1%")
    assert _shares(tmp_path, text) == [("1,472", "1,840", "80.0%"), ("2,300", "2,944", "78.1%"),
                                       ("828", "1,104", "75.0%")]


def test_an_occupancy_of_people_per_room_is_no_share(tmp_path: Path) -> None:
    text = INNS.format(head="Occupancy (guests per room)", a="1,472 | 1.8", b="828 | 1.6",
                       c="2,300 | 1.7")
    assert _shares(tmp_path, text) == []
