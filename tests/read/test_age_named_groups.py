"""kg read: an age joined to "under" or "over" by a hyphen ("tickets for under-18s", "our
over-60 passes") names a group of people, not a number of anything: no figure is read from it,
so it is never tied to a count it is not."""

from __future__ import annotations

import re
from pathlib import Path

from kg.numbers import find_mentions
from kg.read import read


def test_an_age_named_group_is_no_number() -> None:
    assert [m.text for m in find_mentions(
        "We sold 4,150 seats, and our £4 seats for under-18s went fast; 620 over-60 passes "
        "were sold.")] == ["4,150", "£4", "620"]
    # a bound with no hyphen is a bound on a number: "under 18 minutes"
    assert [m.text for m in find_mentions("Trains arrived in under 18 minutes.")] == \
        ["under 18 minutes"]


def test_an_age_named_group_is_not_read_as_a_count(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(
        "Cinema note\n\nOver the year the cinema sold 4,150 seats. Those under-18 seats were "
        "a hit: 730 were sold.\n", encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert re.findall(r'a cg:Figure ;.*\n.*\n\s+cg:quote "([^"]+)"', claims) == ["4,150", "730"]
