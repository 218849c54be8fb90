"""kg read: "an improvement of 6%" judges a change without saying which way the values went
(less fuel a mile is an improvement, and so are more sales); with no verb of motion in its
clause, the order of the two levels the words name gives the direction, and the size of the
change is still what is checked."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read


def _changes(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    tmp_path.mkdir()
    (tmp_path / "note.txt").write_text("Depot note\n\n" + text + "\n", encoding="utf-8")
    made = read(tmp_path / "note.txt", tmp_path / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'a cg:PercentChangeRelation ;.*\n.*\n\s+rdfs:label "([^"]+)".*\n'
                      r'.*cg:direction cg:(\w+) \.', relations)


def test_an_improvement_to_a_lower_level_is_read_as_a_fall(tmp_path: Path) -> None:
    assert _changes(tmp_path / "lower", "The buses burned 31,500 litres of diesel over the "
                    "winter: 0.42 litres per mile, against 0.48 litres per mile the winter "
                    "before, an improvement of 12.5%.") == [
        ("0.48 litres to 0.42 litres: improvement 12.5%", "Decrease")]


def test_an_improvement_to_a_higher_level_stays_a_rise(tmp_path: Path) -> None:
    assert _changes(tmp_path / "higher", "Punctual departures reached 9,150 in March, "
                    "against 8,400 in February, an improvement of 8.9%.") == [
        ("8,400 to 9,150: improvement 8.9%", "Increase")]


def test_a_verb_of_motion_still_says_the_way_an_improvement_went(tmp_path: Path) -> None:
    assert _changes(tmp_path / "verb", "Late departures fell to 640 from 720, an improvement "
                    "of 11.1%.") == [("720 to 640: improvement 11.1%", "Decrease")]
