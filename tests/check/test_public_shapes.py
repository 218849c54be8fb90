"""Public shapes run by ``kg shacl`` as Apache Jena runs them: DCAT-AP 3.0.1 (CC BY 4.0)
over a generated catalogue, and SkoHub's SKOS shapes (Apache 2.0) over SkoHub's own test
vocabularies, both vendored in ``tests/check/public/``."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib import Graph

from kg.namespaces import SH
from tests.check.test_w3c_kg_shacl import kg, read

DCAT_AP = Path(__file__).parent / "public" / "dcat-ap-3.0.1"
SKOHUB = Path(__file__).parent / "public" / "skohub-vocabs"
SKOHUB_SHAPES = SKOHUB / "skohub.shacl.ttl"
VOCABULARIES = sorted(p.name for p in SKOHUB.glob("*.ttl") if p != SKOHUB_SHAPES)
#: distributions that state their size twice, "1024" and "01024": two terms of one value
TWICE = 5


def catalogue(datasets: int = 20) -> str:
    """A catalogue of ``datasets`` datasets, one distribution each; the first :data:`TWICE`
    distributions give dcat:byteSize as "1024" and "01024" (SHACL counts two values)."""
    lines = ["@prefix dcat: <http://www.w3.org/ns/dcat#> .",
             "@prefix dct: <http://purl.org/dc/terms/> .",
             "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
             "<urn:cat> a dcat:Catalog ; dct:title \"Open data\"@en ; "
             "dct:description \"A catalogue\"@en ; dct:publisher <urn:pub> ."]
    for i in range(datasets):
        size = '"1024"^^xsd:nonNegativeInteger, "01024"^^xsd:nonNegativeInteger' if i < TWICE \
            else '"2048"^^xsd:nonNegativeInteger'
        lines += [f"<urn:cat> dcat:dataset <urn:ds{i}> .",
                  f"<urn:ds{i}> a dcat:Dataset ; dct:title \"Dataset {i}\"@en ; "
                  f"dct:description \"Numbers\"@en ; dcat:distribution <urn:dist{i}> .",
                  f"<urn:dist{i}> a dcat:Distribution ; dcat:accessURL <urn:file{i}> ; "
                  f"dcat:byteSize {size} ."]
    return "\n".join(lines) + "\n"


def summary(report: Graph) -> Counter:
    """Each result's focus node, path, component and severity (what Jena and kg shacl must
    agree on; blank-node paths by their first predicate)."""
    return Counter((str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultPath)),
                    str(report.value(r, SH.sourceConstraintComponent)),
                    str(report.value(r, SH.resultSeverity)))
                   for r in report.objects(None, SH.result))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dcat") / "catalogue.ttl"
    path.write_text(catalogue())
    return path


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_dcat_ap_counts_1024_and_01024_as_two_byte_sizes(data: Path, engine: str) -> None:
    code, out, err = kg(["shacl", str(DCAT_AP / "shapes.ttl"), "--data", str(data),
                         "--format", "turtle", "--engine", engine])
    assert code == 1, err
    max_count = [k for k in summary(read(out)) if k[1].endswith("byteSize")
                 and k[2].endswith("MaxCountConstraintComponent")]
    assert sorted(k[0] for k in max_count) == [f"urn:dist{i}" for i in range(TWICE)]


def test_dcat_ap_release_shapes_are_refused_naming_a_property_without_a_path(
        data: Path) -> None:
    code, _, err = kg(["shacl", str(DCAT_AP / "dcat-ap-SHACL.ttl"), "--data", str(data)])
    assert code == 2
    [line] = [line for line in err.splitlines() if line.strip()]
    assert "has no sh:path; a property shape has exactly one" in line and "Shape" in line


def test_jena_reports_what_kg_shacl_reports_on_dcat_ap(data: Path, jena_classpath: str) -> None:
    from tests.check import jena
    code, report, err = jena.validate(jena_classpath, DCAT_AP / "shapes.ttl", data)
    assert code == 0 and report is not None, err
    kg_code, out, kg_err = kg(["shacl", str(DCAT_AP / "shapes.ttl"), "--data", str(data),
                               "--format", "turtle"])
    assert kg_code == 1, kg_err
    assert summary(read(out)) == summary(report)
    assert sum(1 for k in summary(report) if k[1].endswith("byteSize")) == TWICE


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
def test_skohub_shapes_run_with_their_misspelt_predicates_ignored_by_name(engine: str) -> None:
    """``sh:message:`` and ``sh:severity:`` (typos SkoHub ships) are no SHACL terms: each is
    named in one warning line with its file and line, in the file's order, and ignored;
    the shapes still run."""
    code, out, err = kg(["shacl", str(SKOHUB_SHAPES), "--data",
                         str(SKOHUB / "slashURIConceptScheme.ttl"), "--engine", engine])
    assert code == 0, err
    typos = [(n, typo) for n, line in enumerate(SKOHUB_SHAPES.read_text().splitlines(), 1)
             for typo in ("sh:message:", "sh:severity:") if typo in line]
    assert len(typos) == 4
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert [line.split("skohub.shacl.ttl:", 1)[1] for line in warnings] == \
        [f"{n}: {typo} is no SHACL term; ignored" for n, typo in typos]
    assert all(line.startswith("warning: ") and "skohub-vocabs" in line for line in warnings)
    assert "conforms: 0 violation(s)" in err and "Traceback" not in err


@pytest.mark.parametrize("engine", ["oxigraph", "pyshacl"])
@pytest.mark.parametrize("vocabulary, alternatives_unmet", [
    ("hashURIConceptScheme.ttl", 1),          # no description (the Warning alternatives)
    ("invalid_hashURIConceptScheme.ttl", 2),  # and a title without a language tag
])
def test_skohub_or_of_warning_alternatives_is_unmet_where_none_holds(
        engine: str, vocabulary: str, alternatives_unmet: int) -> None:
    """An ``sh:or`` whose alternatives each fail conforms to none of them, whatever their
    severity (SHACL 4.6.3): the scheme without a description violates it; the missing licence
    and namespace are the property shapes' own warnings."""
    code, out, err = kg(["shacl", str(SKOHUB_SHAPES), "--data", str(SKOHUB / vocabulary),
                         "--format", "turtle", "--engine", engine])
    assert code == 1, err
    scheme = "http://example.org/hashURIConceptScheme#scheme"
    found = summary(read(out))
    assert found == Counter({
        (scheme, "None", str(SH.OrConstraintComponent), str(SH.Violation)): alternatives_unmet,
        (scheme, "http://purl.org/dc/terms/license", str(SH.MinCountConstraintComponent),
         str(SH.Warning)): 1,
        (scheme, "http://purl.org/vocab/vann/preferredNamespaceUri",
         str(SH.MinCountConstraintComponent), str(SH.Warning)): 1})


@pytest.mark.parametrize("vocabulary", VOCABULARIES)
def test_jena_reports_what_kg_shacl_reports_on_skohubs_vocabularies(
        vocabulary: str, jena_classpath: str) -> None:
    from tests.check import jena
    code, report, err = jena.validate(jena_classpath, SKOHUB_SHAPES, SKOHUB / vocabulary)
    assert code == 0 and report is not None, err
    for engine in ("oxigraph", "pyshacl"):
        _, out, kg_err = kg(["shacl", str(SKOHUB_SHAPES), "--data", str(SKOHUB / vocabulary),
                             "--format", "turtle", "--engine", engine])
        assert summary(read(out)) == summary(report), (engine, kg_err)
