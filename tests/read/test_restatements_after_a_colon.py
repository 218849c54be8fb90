"""kg read: a figure after a colon in a sentence that states an amount before it ("1,240
pupils were randomised: 610 to mentoring …") lists what that amount splits into; it is no
label's value in a box of figures, so it restates no earlier figure its words share."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read import relation_blocks

TRIAL = ("Methods. Pupils who had missed at least ten days were randomly assigned to three "
         "mentoring sessions over a term or to no extra support. Results. In all, 1,240 pupils "
         "were randomised: 610 to mentoring sessions and 630 to no extra support.")


def test_a_split_after_a_colon_restates_no_earlier_figure(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(f"Mentoring trial abstract\n\n{TRIAL}\n", encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    assert relation_blocks(made.folder, "RestatementRelation") == []

