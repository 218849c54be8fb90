"""kg shacl's validation report to the letter (SHACL 3.6), on both engines: every result
property, sh:conforms, path structure, and the data's own terms."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.namespaces import SH
from tests.cli.test_bad_input import error_lines, kg

ENGINES = ["oxigraph", "pyshacl"]
EX = "http://example.org/"
PREFIXES = f"""@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <{EX}> .
"""


def shacl(tmp_path: Path, shapes: str, data: str, engine: str,
          *extra: str) -> tuple[int, Graph, str]:
    """``kg shacl`` over the two Turtle texts: exit code, report (read as written), stderr."""
    (tmp_path / "shapes.ttl").write_text(PREFIXES + shapes)
    (tmp_path / "data.ttl").write_text(PREFIXES + data)
    proc = kg("shacl", "shapes.ttl", "--data", "data.ttl", "--format", "turtle", "--engine",
              engine, *extra, cwd=tmp_path)
    report = Graph()
    if proc.stdout:
        saved, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
        try:
            report.parse(data=proc.stdout, format="turtle")
        finally:
            rdflib.NORMALIZE_LITERALS = saved
    return proc.returncode, report, proc.stderr


SPARQL_SHAPE = """
ex:S a sh:NodeShape ; sh:targetNode ex:a ;
  sh:sparql ex:noLabel .
ex:noLabel sh:select '''SELECT $this ?path ?value WHERE {
  $this ?path ?value . FILTER (?path = <http://example.org/label>) }''' .
ex:P a sh:PropertyShape ; sh:targetNode ex:a ; sh:path ex:label ;
  sh:sparql [ sh:select "SELECT $this ?value WHERE { $this $PATH ?value }" ] .
"""


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sparql_result_names_its_source_constraint(tmp_path: Path, engine: str) -> None:
    code, report, err = shacl(tmp_path, SPARQL_SHAPE, 'ex:a ex:label "x" .', engine)
    assert code == 1, err
    constraints = {report.value(r, SH.sourceShape): report.value(r, SH.sourceConstraint)
                   for r in report.objects(None, SH.result)}
    assert constraints[URIRef(EX + "S")] == URIRef(EX + "noLabel")
    # a blank-node constraint comes with its description (its query), so it can be told
    blank = constraints[URIRef(EX + "P")]
    assert isinstance(blank, BNode) and report.value(blank, SH.select) is not None


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sparql_result_has_its_path(tmp_path: Path, engine: str) -> None:
    """5.3.2: ?path when the query binds it, else the property shape's sh:path."""
    code, report, err = shacl(tmp_path, SPARQL_SHAPE, 'ex:a ex:label "x" .', engine)
    assert code == 1, err
    paths = sorted(str(report.value(r, SH.resultPath)) for r in report.objects(None, SH.result))
    assert paths == [EX + "label"] * 2


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("severity", ["sh:Warning", "sh:Info", "ex:Custom"])
def test_conforms_is_false_whenever_there_is_a_result(tmp_path: Path, engine: str,
                                                      severity: str) -> None:
    """3.6.1.1: sh:conforms is true only when the report has no result of any severity."""
    code, report, err = shacl(
        tmp_path, "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ; "
                  f"sh:severity {severity} ] .", "ex:a ex:q 1 .", engine)
    assert code == 0, err  # the exit code still says: no violation
    assert len(list(report.objects(None, SH.result))) == 1
    assert list(report.objects(None, SH.conforms)) == [Literal(False)]


@pytest.mark.parametrize("engine", ENGINES)
def test_values_are_the_data_s_own_terms(tmp_path: Path, engine: str) -> None:
    """Read as written: rdflib would make "1"^^xsd:boolean true and "01" 1."""
    code, report, err = shacl(
        tmp_path, "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:in ( ex:z ) ] .",
        'ex:a ex:p "1"^^xsd:boolean, "01"^^xsd:integer, "1.50"^^xsd:decimal .', engine)
    assert code == 1, err
    values = {report.value(r, SH.value) for r in report.objects(None, SH.result)}
    assert {(str(v), v.datatype) for v in values} == {
        ("1", XSD.boolean), ("01", XSD.integer), ("1.50", XSD.decimal)}


@pytest.mark.parametrize("engine", ENGINES)
def test_each_result_has_its_path_structure_as_shacl_reads_it(tmp_path: Path,
                                                              engine: str) -> None:
    """A list is a sequence path whatever else its node says (path-strange-001), and each
    result has a path of its own, as the W3C suite's reports do."""
    code, report, err = shacl(
        tmp_path, "ex:S sh:targetNode ex:a, ex:b ; sh:property [ sh:minCount 1 ; "
                  "sh:path [ rdf:first ex:p ; rdf:rest ( ex:q ) ; sh:inversePath ex:p ] ] .",
        "", engine)
    assert code == 1, err
    paths = [report.value(r, SH.resultPath) for r in report.objects(None, SH.result)]
    assert len(paths) == 2 and len(set(paths)) == 2
    for path in paths:
        assert list(report.predicate_objects(path)) and \
            (path, SH.inversePath, None) not in report
        assert list(rdflib.collection.Collection(report, path)) == [URIRef(EX + "p"),
                                                                    URIRef(EX + "q")]


def test_shapes_graph_on_pyshacl_is_one_line_exit_2(tmp_path: Path) -> None:
    code, _, err = shacl(
        tmp_path, "ex:S sh:targetNode ex:a ; sh:sparql [ sh:select "
                  '"SELECT $this WHERE { GRAPH $shapesGraph { ?s ?p ?o } }" ] .',
        "ex:a ex:p 1 .", "pyshacl")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "shapes.ttl" in err and \
        "Traceback" not in err, err
    assert error_lines(type("P", (), {"stderr": err})())


@pytest.mark.parametrize("engine", ENGINES)
def test_a_property_shape_without_a_path_is_refused_naming_the_shape(tmp_path: Path,
                                                                      engine: str) -> None:
    """SHACL 2.3: a property shape has exactly one sh:path (DCAT-AP 3.0.1 has five
    without); pySHACL and Jena refuse the shapes, and so does each engine here."""
    code, _, err = shacl(tmp_path, "ex:S sh:targetNode ex:a ; "
                                   "sh:property [ sh:datatype xsd:string ] .",
                         "ex:a ex:p 1 .", engine)
    assert code == 2
    [line] = err.strip().splitlines()
    assert line.startswith("error: shapes.ttl") and f"shape {EX}S" in line and \
        "sh:path" in line


@pytest.mark.parametrize("engine", ENGINES)
def test_terms_no_engine_uses_are_ignored_with_a_warning(tmp_path: Path, engine: str) -> None:
    """A typo in SHACL's namespace (skohub's sh:message:) and a sh:rule (SHACL Advanced
    Features) are no constraints: ignored, each named in a warning, the rest validated."""
    code, report, err = shacl(
        tmp_path, 'ex:S sh:targetNode ex:a ; sh:message: "typo" ; sh:class ex:C ; '
                  'sh:rule [ a sh:SPARQLRule ; sh:construct "CONSTRUCT { $this ex:x 1 } '
                  'WHERE { }" ] .', "ex:a ex:p 1 .", engine)
    assert code == 1, err
    assert len(list(report.objects(None, SH.result))) == 1
    warnings = sorted(line for line in err.splitlines() if line.startswith("warning:"))
    assert len(warnings) == 2 and "sh:message:" in warnings[0] and "sh:rule" in warnings[1]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_warning_inside_sh_or_is_no_conformance(tmp_path: Path, engine: str) -> None:
    """A value conforms to a shape only when validating it gives no result of any severity
    (SHACL 3.4, 4.6.2): alternatives of Warning severity that both fail leave sh:or
    unmet (pySHACL's allow_warnings would let them conform; skohub's invalid tests)."""
    code, report, err = shacl(
        tmp_path, "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:or ( "
                  "[ sh:datatype xsd:string ; sh:severity sh:Warning ] "
                  "[ sh:datatype xsd:date ; sh:severity sh:Warning ] ) ] .",
        "ex:a ex:p 1 .", engine)
    assert code == 1, err
    [result] = report.objects(None, SH.result)
    assert report.value(result, SH.sourceConstraintComponent) == SH.OrConstraintComponent
