"""The project's own shapes (ontology/shapes/) run by ``kg shacl`` over a corpus ``kg
build`` wrote, as any SHACL-SPARQL engine would run them: pre-binding $this keeps each
query valid SPARQL, and both engines report what ``kg check`` reports."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib import Graph
from rdflib.namespace import XSD

from kg.build import build_corpus
from kg.check import check_corpus
from kg.check.compile import prebind
from kg.namespaces import DOC, SH
from tests.cli.test_bad_input import kg
from tests.conftest import BUNDLED_DIR, ROOT

SHAPES = sorted((ROOT / "ontology" / "shapes").glob("*.ttl"))


def test_group_by_a_pre_bound_variable_stays_valid_sparql() -> None:
    """GROUP BY <iri> is not SPARQL (a group condition is a variable or a bracketed
    expression); GROUP BY (<iri>) is, and groups as the bound variable did."""
    import pyoxigraph as ox

    text = prebind("SELECT $this (SUM(?v) AS ?total) WHERE { $this <urn:p> ?v } "
                   "GROUP BY $this ORDER BY $this", {"this": "<urn:a>"})
    store = ox.Store()
    integer = ox.NamedNode(str(XSD.integer))
    store.extend([ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"),
                          ox.Literal(n, datatype=integer)) for n in ("1", "2")])
    [row] = list(store.query(text))
    assert row["total"].value == "3"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("built") / "claimgraph.nt"
    proc = kg("build", "--claims", str(BUNDLED_DIR), "--format", "ntriples", "-o", str(out),
              cwd=out.parent)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def checked() -> Counter:
    """What kg check reports: each finding's focus, severity and shape."""
    report = check_corpus(build_corpus(BUNDLED_DIR), diagnose=False)
    return Counter((f.id.rsplit("/", 1)[0], f.severity, f.shape) for f in report.findings
                   if f.severity != "pass")


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_the_project_s_shapes_through_kg_shacl_report_what_kg_check_does(
        built: Path, checked: Counter, engine: str) -> None:
    proc = kg("shacl", *map(str, SHAPES), "--data", str(built), "--format", "json",
              "--engine", engine, "--timeout", "600", cwd=built.parent)
    assert proc.returncode == 1, proc.stderr  # the bundled corpus has two violations
    found = Counter((r["focus"].removeprefix(str(DOC)), r["severity"], r["shape"])
                    for r in json.loads(proc.stdout))
    assert found == checked
    assert sum(checked.values()) == 11


def test_jena_reports_what_kg_check_does(built: Path, checked: Counter,
                                         tmp_path: Path) -> None:
    """Apache Jena, a third SHACL-SPARQL engine, over the same shapes and built corpus.
    Known difference, not met on the bundled corpus: Jena has no cg:power (growth.ttl's
    compound growth), so it would miss a compound-growth violation without a word."""
    from tests.check import jena
    reason = jena.missing()
    if reason is not None:
        pytest.skip(reason)
    shapes = Graph()
    saved, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
    try:
        for path in SHAPES:
            shapes.parse(path)
    finally:
        rdflib.NORMALIZE_LITERALS = saved
    merged = tmp_path / "shapes.nt"
    merged.write_text(shapes.serialize(format="nt"))
    code, report, err = jena.validate(jena.classpath(tmp_path), merged, built)
    assert code == 0 and report is not None, err
    severity = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
    found = Counter((str(report.value(r, SH.focusNode)).removeprefix(str(DOC)),
                     severity[report.value(r, SH.resultSeverity)],
                     str(report.value(r, SH.sourceShape)))
                    for r in report.objects(None, SH.result))
    assert found == checked
