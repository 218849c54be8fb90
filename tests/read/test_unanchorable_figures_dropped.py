"""kg read never writes a figure whose quote kg check cannot place inside its claim's
quote: such a figure (and what uses it) is dropped, and the folder still checks."""

from __future__ import annotations

import re
from pathlib import Path

import kg.read as reading
from kg.build import build_document
from kg.corpus import read_document
from kg.read import read


def _problems(folder: Path) -> list[str]:
    source = read_document(folder)
    build_document(source)
    return [str(p) for p in source.problems]


def test_a_figure_read_out_of_a_longer_number_is_not_written(tmp_path: Path,
                                                               monkeypatch) -> None:
    """A reading that takes "4" out of "4.5 tonnes" (kg check's anchoring never finds a
    number inside a longer one) loses that figure and the relation resting on it, rather
    than writing a folder kg check refuses."""
    written = reading._as_read

    def misread(claims, date, path, got):
        text = written(claims, date, path, got)
        claim = re.search(r"^(:c-\d+) a cg:Claim ;[^\n]*\n    cg:quote \"[^\"]*4\.5 tonnes",
                          text, re.M).group(1)
        return text + (f"\n:f-99 a cg:Figure ; cg:readBy :reading ;\n    cg:claim {claim} ;\n"
                       f"    cg:quote \"4\" ;\n    qudt:numericValue 4 ;\n"
                       f"    qudt:unit unit:NUM .\n\n"
                       f":f-98 a cg:Figure ; cg:readBy :reading ;\n    cg:claim {claim} ;\n"
                       f"    cg:quote \"4.5 tonnes\" ;\n    qudt:numericValue 4.5 ;\n"
                       f"    qudt:unit unit:TONNE ;\n    cg:restatedAs :f-99 .\n")

    monkeypatch.setattr(reading, "_as_read", misread)
    source = tmp_path / "harbour.txt"
    source.write_text("Harbour note\n\nThe crane lifted 4.5 tonnes of timber on Monday.\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert ":f-99 " not in claims
    assert ":f-98 " not in claims  # it named the dropped figure
    assert 'cg:quote "4.5 tonnes"' in claims  # kg read's own reading of it stays
    assert _problems(made.folder) == []
