"""kg read: a day told as gone by, later in the year than the text's date, is of the year
before, also where a weekday stands before it with its comma ("came on Sunday, 29 December"):
the weekday is the date's own, not the end of the clause whose verb says it is past."""

from __future__ import annotations

from pathlib import Path

from kg.read import read


def test_a_past_day_with_its_weekday_is_of_the_year_before(tmp_path: Path) -> None:
    source = tmp_path / "w.txt"
    source.write_text("Our year at the lido\n\nPosted 9 February 2025\n\nThe busiest day came "
                      "on Sunday, 29 December, when 910 swimmers turned up. The lido reopens on "
                      "Friday, 14 March.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert 'cg:date "2024-12-29"^^xsd:date' in claims
    assert 'cg:date "2025-03-14"^^xsd:date' in claims
