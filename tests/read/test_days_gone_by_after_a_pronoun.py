"""kg read: a day its sentence tells as gone by with a regular verb of the past after its
subject's pronoun ("we launched", "they closed") is of the year before where it falls later
in the year than the text's date; a day ahead stays in the text's year."""

from __future__ import annotations

from pathlib import Path

from kg.read import read


def test_a_day_we_did_something_on_is_of_the_year_before(tmp_path: Path) -> None:
    source = tmp_path / "p.txt"
    source.write_text("Ice rink notes\n\nPosted 3 March 2025\n\nLast winter we launched the "
                      "outdoor rink on Saturday, 14 December, and 640 skaters came in its first "
                      "week. The rink will shut on Sunday, 30 March.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert 'cg:date "2024-12-14"^^xsd:date' in claims
    assert 'cg:date "2025-03-30"^^xsd:date' in claims
