"""kg shacl: shapes of one's own over the claims or any RDF, on either engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from kg.namespaces import SH
from tests.cli.test_bad_input import kg
from tests.conftest import PAPER_DIR

HOUSE_RULES = """\
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix cg: <https://w3id.org/claimgraph/ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix ex: <https://example.org/house#> .
ex:Documents a sh:NodeShape ; sh:targetClass cg:Document ;
  sh:property [ sh:path dcterms:publisher ; sh:minCount 1 ; sh:severity sh:Warning ;
                sh:message "name the publisher" ] ;
  sh:property [ sh:path dcterms:title ; sh:maxLength 40 ] .
"""


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    path = tmp_path / "house.ttl"
    path.write_text(HOUSE_RULES)
    return path


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_house_rules_over_the_claims(rules: Path, tmp_path: Path, engine: str) -> None:
    proc = kg("shacl", str(rules), "--claims", str(PAPER_DIR), "--format", "json",
              "--engine", engine, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    found = sorted((r["severity"], r["path"].rsplit("/", 1)[1], r["message"])
                   for r in json.loads(proc.stdout))
    assert found == [("violation", "title",
                      "a value on dcterms:title is longer than 40 characters"),
                     ("warning", "publisher", "name the publisher")]


def test_the_turtle_report_is_a_shacl_validation_report(rules: Path, tmp_path: Path) -> None:
    proc = kg("shacl", str(rules), "--claims", str(PAPER_DIR), "--format", "turtle",
              cwd=tmp_path)
    report = Graph().parse(data=proc.stdout, format="turtle")
    assert list(report.objects(None, SH.conforms)) == [Literal(False)]
    assert len(list(report.objects(None, SH.result))) == 2
    # a property shape that is a blank node comes with its path, so a reader can tell it
    shapes = [report.value(r, SH.sourceShape) for r in report.objects(None, SH.result)]
    assert all(report.value(s, SH.path) is not None for s in shapes)


def test_conforming_data_exits_0(tmp_path: Path) -> None:
    shapes = tmp_path / "s.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                      "<urn:S> sh:targetNode <urn:n> ; sh:property [ sh:path <urn:p> ; "
                      "sh:minCount 1 ] .\n")
    data = tmp_path / "d.nt"
    data.write_text("<urn:n> <urn:p> <urn:o> .\n")
    proc = kg("shacl", str(shapes), "--data", str(data), cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout == ""
    assert "conforms: 0 violation(s)" in proc.stderr


def test_ill_formed_data_is_a_finding_not_a_warning_on_the_terminal(tmp_path: Path) -> None:
    shapes = tmp_path / "s.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                      "<urn:S> sh:targetSubjectsOf <urn:p> ; sh:property [ sh:path <urn:p> ; "
                      "sh:datatype xsd:integer ] .\n")
    data = tmp_path / "d.ttl"
    data.write_text('<urn:n> <urn:p> "aldi"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
    proc = kg("shacl", str(shapes), "--data", str(data), cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == ("violation: urn:n urn:p: a value on urn:p is not of datatype "
                           "xsd:integer (value aldi)\n")
    assert "Traceback" not in proc.stderr and "Failed to convert" not in proc.stderr


def test_shapes_the_spec_refuses_are_exit_2_in_one_line(tmp_path: Path) -> None:
    shapes = tmp_path / "s.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                      '<urn:S> sh:targetNode <urn:n> ; sh:sparql [ sh:select """SELECT $this '
                      'WHERE { $this ?p ?o MINUS { $this ?p 1 } }""" ] .\n')
    proc = kg("shacl", str(shapes), "--data", str(shapes), cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("error: s.ttl:0: shape urn:S: SHACL does not allow MINUS in "
                                   "a SPARQL-based constraint")


def test_unreadable_shapes_name_the_file_and_line(tmp_path: Path) -> None:
    shapes = tmp_path / "s.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n\nex:S sh:minCount 1 .\n")
    proc = kg("shacl", str(shapes), "--claims", str(PAPER_DIR), cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == 'error: s.ttl:3: turtle syntax error: Prefix "ex:" not bound'
