"""kg read says a day of every year as such ("every year on November 11": cg:monthDay with
schema:repeatFrequency "P1Y"), instead of giving it the year of the document's date."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.read import read


def test_a_day_of_every_year_gets_no_year(tmp_path: Path) -> None:
    source = tmp_path / "sd.txt"
    source.write_text("Singles' Day falls every year on November 11. It began on November 11, "
                      "2009.\n", encoding="utf-8")
    made = read(source, tmp_path / "c", date="2014-12-01")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert ('cg:quote "November 11" ;\n    cg:monthDay "--11-11"^^xsd:gMonthDay ;\n'
            '    schema:repeatFrequency "P1Y" .   # every year') in claims
    assert 'cg:date "2014-11-11"' not in claims and 'cg:date "2009-11-11"^^xsd:date' in claims
    assert build_corpus(tmp_path / "c").problems == []
