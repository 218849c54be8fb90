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
    assert "note:" not in proc.stderr  # the fast engine holds the built corpus term for term
    found = Counter((r["focus"].removeprefix(str(DOC)), r["severity"], r["shape"])
                    for r in json.loads(proc.stdout))
    assert found == checked
    assert sum(checked.values()) == 11


def test_jena_reports_what_kg_check_does(built: Path, checked: Counter, tmp_path: Path,
                                         jena_classpath: str) -> None:
    """Apache Jena, a third SHACL-SPARQL engine, over the same shapes and built corpus.
    Compound growth needs no function of claimgraph's own (below)."""
    found = _jena(built, tmp_path, jena_classpath)
    assert found == checked


# --- compound growth on every engine -------------------------------------------------------

GROWTH = ROOT / "docs" / "examples" / "compound-growth"
#: the worked example (its first figure to a tenth of a million, so the implied rate is
#: 9.93% to 10.07%), and two of its kind that fail: a rate too high for the figures, and
#: a rate too low for a final figure open above ("more than": the implied rate has no
#: upper bound, so only its lower bound can fail)
PRECISE = {"from 100 million": "from 100.0 million",
           'quote "100 million dollars"': 'quote "100.0 million dollars"'}
GROWTH_VARIANTS = {
    "growth-holds": PRECISE,
    "growth-too-high": {**PRECISE, "rate of 10 percent": "rate of 14 percent",
                        'quote "10 percent"': 'quote "14 percent"',
                        "numericValue 10 ;": "numericValue 14 ;"},
    "growth-open-above": {**PRECISE, "to 161 million": "to more than 161 million",
                          'quote "161 million dollars"': 'quote "more than 161 million dollars"',
                          "rate of 10 percent": "rate of 8 percent",
                          'quote "10 percent"': 'quote "8 percent"',
                          "numericValue 10 ;": "numericValue 8 ;"},
}


@pytest.fixture(scope="module")
def growth_claims(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Claims of three compound-growth documents, written from the worked example."""
    import hashlib
    claims = tmp_path_factory.mktemp("growth") / "claims"
    for name, edits in GROWTH_VARIANTS.items():
        folder = claims / name
        folder.mkdir(parents=True)
        for file in ("source.txt", "claims.ttl", "document.ttl"):
            text = (GROWTH / file).read_text(encoding="utf-8")
            text = text.replace("example-compound-growth", name)
            for old, new in edits.items():
                text = text.replace(old, new)
            (folder / file).write_text(text, encoding="utf-8")
        document = folder / "document.ttl"
        digest = hashlib.sha256((folder / "source.txt").read_bytes()).hexdigest()
        text = document.read_text(encoding="utf-8")
        old = text.split('schema:sha256 "')[1].split('"')[0]
        document.write_text(text.replace(old, digest), encoding="utf-8")
    return claims


@pytest.fixture(scope="module")
def growth_built(growth_claims: Path) -> Path:
    out = growth_claims.parent / "growth.nt"
    proc = kg("build", "--claims", str(growth_claims), "--format", "ntriples", "-o", str(out),
              cwd=out.parent)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def growth_checked(growth_claims: Path) -> Counter:
    report = check_corpus(build_corpus(growth_claims), diagnose=False)
    return Counter((f.id.rsplit("/", 1)[0], f.severity, f.shape) for f in report.findings
                   if f.severity != "pass")


def test_kg_check_finds_both_compound_growth_violations(growth_checked: Counter) -> None:
    shape = "https://w3id.org/claimgraph/ns#CompoundGrowthShape"
    assert growth_checked == Counter({
        ("growth-too-high/r", "violation", shape): 1,
        ("growth-open-above/r", "violation", shape): 1})


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_compound_growth_through_kg_shacl_is_what_kg_check_reports(
        growth_built: Path, growth_checked: Counter, engine: str) -> None:
    proc = kg("shacl", *map(str, SHAPES), "--data", str(growth_built), "--format", "json",
              "--engine", engine, "--timeout", "600", cwd=growth_built.parent)
    assert proc.returncode == 1, proc.stderr
    found = Counter((r["focus"].removeprefix(str(DOC)), r["severity"], r["shape"])
                    for r in json.loads(proc.stdout))
    assert found == growth_checked


def test_jena_finds_the_compound_growth_violations_kg_check_does(
        growth_built: Path, growth_checked: Counter, tmp_path: Path,
        jena_classpath: str) -> None:
    """Jena has no claimgraph function: the shape compares the rate the build wrote
    (cg:impliedRate) in standard SPARQL, so a third engine finds the same violations."""
    found = _jena(growth_built, tmp_path, jena_classpath)
    assert found == growth_checked


def _jena(built: Path, tmp_path: Path, cp: str) -> Counter:
    """Jena's findings over ``built``, on the run's classpath (``jena_classpath``, which skips
    saying why where Jena cannot run), so that its JVM maps the run's class-data archive."""
    from tests.check import jena
    shapes = Graph()
    saved, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
    try:
        for path in SHAPES:
            shapes.parse(path)
    finally:
        rdflib.NORMALIZE_LITERALS = saved
    merged = tmp_path / "shapes.nt"
    merged.write_text(shapes.serialize(format="nt"))
    code, report, err = jena.validate(cp, merged, built)
    assert code == 0 and report is not None, err
    severity = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
    return Counter((str(report.value(r, SH.focusNode)).removeprefix(str(DOC)),
                    severity[report.value(r, SH.resultSeverity)],
                    str(report.value(r, SH.sourceShape)))
                   for r in report.objects(None, SH.result))
