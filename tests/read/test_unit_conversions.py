"""A measure restated in another unit of its dimension ("14 miles (23 km)", "2.86 million
metres rowed — about 1,777 miles") is one quantity twice: kg read relates the two, and the
check converts one into the other by QUDT's multipliers."""

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import RDF

from kg.build import build_corpus, build_document
from kg.check import check_corpus
from kg.corpus import read_document
from kg.namespaces import CG
from kg.read import read


def conversions(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    source = tmp_path / "doc.txt"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    g = build_document(read_document(made.folder)).graph
    return sorted((str(g.value(g.value(r, CG.amount), CG.quote)),
                   str(g.value(g.value(r, CG.convertedAmount), CG.quote)))
                  for r in g.subjects(RDF.type, CG.ConversionRelation))


def verdicts(tmp_path: Path) -> list[str]:
    return sorted(f.severity for f in check_corpus(build_corpus(tmp_path / "c")).findings
                  if f.check in ("conversion", "structure") and f.severity != "pass")


def test_a_measure_restated_in_brackets_in_another_unit_is_converted(tmp_path: Path) -> None:
    # 9 miles is 14.5 km; 250 kg is 0.25 tonnes, not 0.4
    text = ("The ferry crossing is 9 miles (14.5 km) long. Each boat carries 250 kg "
            "(0.4 tonnes) of freight. The school term lasts 6 weeks (42 days).\n")
    assert conversions(tmp_path, text) == [("250 kg", "0.4 tonnes"),
                                           ("6 weeks", "42 days"),
                                           ("9 miles", "14.5 km")]
    conversion = [f for f in check_corpus(build_corpus(tmp_path / "c")).findings
                  if f.check == "conversion"]
    assert sorted(f.severity for f in conversion) == ["pass", "pass", "violation"]
    assert verdicts(tmp_path) == ["violation"]


def test_a_rounded_restatement_after_a_dash_is_converted(tmp_path: Path) -> None:
    text = "Volunteers walked 48,300 metres in the relay — about 30 miles.\n"
    assert conversions(tmp_path, text) == [("48,300 metres", "about 30 miles")]
    assert verdicts(tmp_path) == []


def test_only_units_of_one_dimension_and_even_length_convert(tmp_path: Path) -> None:
    """A distance and a time in brackets are two measures; a month has no one length in
    days; a second distance with no word that says it is the first is another distance, as
    is one said longer than it or one for each of something."""
    text = ("The lodge is 12 km (about 20 minutes) from the pier. The lease runs 3 months "
            "(90 days). We rowed 8 km, then 2 miles more. The loop was 10 km this spring, some "
            "400 metres longer than before. The line drew 2,400 MWh, or 1.85 kWh per seat-km. "
            "The dam holds 5,000 tonnes (5.5 million kg) of water.\n")
    assert conversions(tmp_path, text) == [("5,000 tonnes", "5.5 million kg")]
