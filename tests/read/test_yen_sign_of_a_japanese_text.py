"""A "¥" is the yuan's sign as much as the yen's: kg read takes it as the yen where the text
names the yen or Japan and never China's currency (in its sentences and its table cells),
kg check accepts the note that says so, and a text that names the yuan keeps "¥" the yuan."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rdflib.namespace import RDF

from kg.build import build_document
from kg.corpus import read_document
from kg.namespaces import CG, QUDT
from kg.read import read

RYOKAN = """# Inn association figures

Sendai, 3 March 2026. Guests at the prefecture's Japanese inns spent ¥18.6 billion in
2025, against ¥16.9 billion a year before.

| Area | Spending |
|---|---|
| Coast | ¥10.2 billion |
| Mountains | ¥8.4 billion |
"""


def units(tmp_path: Path, text: str) -> dict[str, str]:
    source = tmp_path / "note.md"
    source.write_text(text, encoding="utf-8")
    g = build_document(read_document(read(source, tmp_path / "c").folder)).graph
    return {str(g.value(f, CG.quote)): str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1]
            for f in g.subjects(RDF.type, CG.Figure)}


def test_yen_in_a_text_that_names_japan(tmp_path: Path) -> None:
    got = units(tmp_path, RYOKAN)
    assert got["¥18.6 billion"] == got["¥16.9 billion"] == "CCY_JPY"
    assert got["¥10.2 billion"] == got["¥8.4 billion"] == "CCY_JPY"


def test_kg_check_accepts_the_yen_it_was_told(tmp_path: Path) -> None:
    source = tmp_path / "note.md"
    source.write_text(RYOKAN, encoding="utf-8")
    folder = read(source, tmp_path / "c").folder
    assert "unit:CCY_JPY" in (folder / "claims.ttl").read_text(encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg.cli", "check", "--claims",
                           str(tmp_path / "c"), "--no-cache"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_yuan_where_the_text_names_it(tmp_path: Path) -> None:
    got = units(tmp_path, RYOKAN.replace("Japanese inns", "inns, priced in yuan,"))
    assert got["¥18.6 billion"] == "CCY_CNY"


def test_no_yen_without_a_word_for_it() -> None:
    from kg.authoring.new import local_yen
    assert local_yen("Exports rose to ¥2.1 trillion in the year.") is None
    assert local_yen("The yen weakened; the firm booked ¥2.1 trillion.") == "JPY"


#: the yen named only in a table's caption: the prose's "¥" is of the same money
BUS_FARES = """# Hillside town bus fares from October

The adult single fare rises from ¥210 to ¥230, and a monthly commuter pass to ¥8,400.

Fares (yen)

| Ticket | Now | From October |
|---|---|---|
| Adult single | 210 | 230 |
| Monthly pass | 7,900 | 8,400 |
"""


def test_yen_named_by_a_table_s_caption_is_the_prose_s_too(tmp_path: Path) -> None:
    got = units(tmp_path, BUS_FARES)
    assert got["¥210"] == got["¥230"] == got["¥8,400"] == "CCY_JPY"
    assert got["230"] == "CCY_JPY"
