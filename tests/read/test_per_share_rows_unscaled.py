"""A table in millions ("(in millions, except per share amounts)", or a caption's "$m") never
scales its amounts per share: "Diluted earnings per share $0.64" is 64 cents, not $640,000,
while the rest of the table keeps the caption's millions."""

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import RDF

from kg.build import build_document
from kg.corpus import read_document
from kg.namespaces import CG, QUDT
from kg.read import read

RESULTS = """Harbourline Foods annual results

Results for the year.

| (in millions, except per share amounts) | 2026 | 2025 |
|---|---|---|
| Net sales | $1,204.6 | $1,118.2 |
| Net earnings | $88.1 | $71.9 |
| Earnings per diluted share | $0.64 | $0.52 |
| Dividends per common share | $0.30 | $0.28 |
"""


def values(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    source = tmp_path / "results.md"
    source.write_text(text, encoding="utf-8")
    g = build_document(read_document(read(source, tmp_path / "c").folder)).graph
    return {str(g.value(f, CG.quote)): (str(g.value(f, QUDT.numericValue)),
                                        str(g.value(f, QUDT.unit)).rsplit("/", 1)[-1])
            for f in g.subjects(RDF.type, CG.Figure)}


def test_amounts_per_share_keep_their_written_value(tmp_path: Path) -> None:
    got = values(tmp_path, RESULTS)
    assert got["$0.64"] == ("0.64", "CCY_USD")
    assert got["$0.30"] == ("0.3", "CCY_USD") or got["$0.30"] == ("0.30", "CCY_USD")


def test_the_rest_of_the_table_keeps_the_caption_s_millions(tmp_path: Path) -> None:
    got = values(tmp_path, RESULTS)
    assert got["$88.1"] == ("88100000", "CCY_USD")
