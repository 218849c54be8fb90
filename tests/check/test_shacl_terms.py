"""SHACL validates RDF terms, not values: two literals of one value but different lexical
forms or datatypes are two terms (RDF 1.1, 3.3), counted, compared and matched as two.
One probe per constraint the issue measured; the expected counts are the spec's (and
Jena's and pySHACL's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.check.test_shacl_report import PREFIXES, shacl
from kg.namespaces import SH

ENGINES = ["oxigraph", "pyshacl"]

PROBES = {
    "maxCount-1.0-1.00": (
        "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:maxCount 1 ] .",
        'ex:a ex:p 1.0, 1.00 .', 1),
    "in-byte": (
        "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:in ( 1 ) ] .",
        'ex:a ex:p "1"^^xsd:byte .', 1),
    "hasValue-01": (
        "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:hasValue 1 ] .",
        'ex:a ex:p "01"^^xsd:integer .', 1),
    "disjoint-1.0-1.00": (
        "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:disjoint ex:q ] .",
        "ex:a ex:p 1.0 ; ex:q 1.00 .", 0),
    "targetNode-4.0-4.00": (
        "ex:S sh:targetNode 4.0, 4.00 ; sh:datatype xsd:integer .", "", 2),
    "pattern-minLength-10.50": (
        'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern "^10[.]50$" ; '
        "sh:minLength 5 ] .", "ex:a ex:p 10.50 .", 0),
    "maxCount-int-integer-long": (
        "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:maxCount 2 ] .",
        'ex:a ex:p "1"^^xsd:int, "1"^^xsd:integer, "1"^^xsd:long .', 1),
}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("probe", sorted(PROBES))
def test_distinct_terms_stay_distinct(tmp_path: Path, probe: str, engine: str) -> None:
    shapes, data, expected = PROBES[probe]
    code, report, err = shacl(tmp_path, shapes, data, engine)
    assert code in (0, 1), err
    assert len(list(report.objects(None, SH.result))) == expected, report.serialize()




@pytest.mark.parametrize("probe", sorted(PROBES))
def test_jena_gives_each_probe_the_answer_kg_shacl_gives(jena_classpath: str, tmp_path: Path,
                                                         probe: str) -> None:
    """Apache Jena, which keeps every term as written, counts what both engines count."""
    from tests.check import jena
    shapes, data, expected = PROBES[probe]
    (tmp_path / "shapes.ttl").write_text(PREFIXES + shapes)
    (tmp_path / "data.ttl").write_text(PREFIXES + data)
    code, report, err = jena.validate(jena_classpath, tmp_path / "shapes.ttl",
                                      tmp_path / "data.ttl")
    assert code == 0 and report is not None, err
    assert len(list(report.objects(None, SH.result))) == expected, report.serialize()

def test_the_fast_engine_says_when_pyshacl_keeps_the_terms_it_would_merge(tmp_path: Path) -> None:
    """pyoxigraph canonicalises a literal as it loads it ("1.00" becomes "1", "01" becomes
    "1", xsd:byte becomes xsd:integer): where the shapes can tell the terms apart, kg shacl
    validates with pySHACL instead and says so in one note."""
    shapes, data, _ = PROBES["maxCount-1.0-1.00"]
    _, _, err = shacl(tmp_path, shapes, data, "oxigraph")
    notes = [line for line in err.splitlines() if line.startswith("note:")]
    assert notes == ['note: the fast engine\'s store would hold "1.0"^^xsd:decimal as '
                     '"1"^^xsd:decimal, "1.00"^^xsd:decimal as "1"^^xsd:decimal, which these '
                     "shapes can tell apart: validated with pySHACL, which keeps every term "
                     "as written"]


@pytest.mark.parametrize("data", ['ex:a ex:p 1.0 . ex:b ex:p 1.00 .',   # two nodes' values
                                  'ex:a ex:p 10.50 ; ex:q "x" .'])     # no term compared
def test_terms_the_shapes_cannot_tell_apart_stay_on_the_fast_engine(tmp_path: Path,
                                                                     data: str) -> None:
    shapes = ("ex:S sh:targetNode ex:a, ex:b ; sh:property [ sh:path ex:p ; sh:maxCount 1 ] ; "
              'sh:property [ sh:path ex:q ; sh:pattern "^x$" ] .')
    code, _, err = shacl(tmp_path, shapes, data, "oxigraph")
    assert code == 0, err
    assert "note:" not in err


def test_the_w3c_suite_runs_wholly_on_the_fast_engine() -> None:
    """No test of the suite holds terms the fast engine's store would merge or rewrite
    where its shapes can tell (a language tag's case is no difference: RDF compares tags
    case-insensitively), so its 120 results on the fast engine are the fast engine's."""
    import logging

    from kg.check.shacl import rewritten_literals
    from tests.check.test_w3c_kg_shacl import _files
    from tests.check.w3c_manifest import read_file, suite_tests
    logging.disable(logging.CRITICAL)  # rdflib logs the suite's ill-typed literals
    try:
        handed_over = [name for name, manifest, test in suite_tests()
                       if rewritten_literals(*(read_file(p) for p in
                                               _files(manifest, test)[:2]))]
    finally:
        logging.disable(logging.NOTSET)
    assert handed_over == []
