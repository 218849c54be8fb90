"""Findings are RDF too: SPARQL answers "which claims take part in violations"."""

from __future__ import annotations

from rdflib import Dataset

from kg.build import build_corpus
from kg.check import check_corpus
from kg.check.graph import add_findings
from kg.namespaces import sparql_prefixes
from tests.conftest import PAPER_DIR, PAPER_ID

P = f"https://w3id.org/claimgraph/doc/{PAPER_ID}/"


def paper_dataset() -> Dataset:
    result = build_corpus(PAPER_DIR)
    return add_findings(result.dataset(), result, check_corpus(result))


def test_claims_in_violations() -> None:
    ds = paper_dataset()
    rows = ds.query(sparql_prefixes() + """
        SELECT DISTINCT ?claim ?kind WHERE {
          GRAPH ?g { ?finding cg:status cg:Violation ; cg:concernsClaim ?claim ;
                              cg:checkKind ?kind . }
        } ORDER BY ?claim""")
    assert [(str(c).removeprefix(P), str(k)) for c, k in rows] == [
        ("c-bf-channels", "sum"), ("c-malls-gap", "difference")]


def test_failing_findings_are_shacl_results_linked_to_shapes() -> None:
    ds = paper_dataset()
    rows = ds.query(sparql_prefixes() + """
        SELECT ?focus ?shape WHERE {
          GRAPH ?g { ?report a sh:ValidationReport ; sh:conforms false ; sh:result ?r .
                     ?r sh:resultSeverity sh:Violation ; sh:focusNode ?focus ;
                        sh:sourceShape ?shape . }
        } ORDER BY ?focus""")
    assert [(str(f).removeprefix(P), str(s).rsplit("#")[-1]) for f, s in rows] == [
        ("r-bf-sum", "SumShape"), ("r-malls-gap", "DifferenceShape")]


def test_every_relation_has_a_finding_passes_included() -> None:
    ds = paper_dataset()
    [(n,)] = ds.query(sparql_prefixes() + """
        SELECT (COUNT(DISTINCT ?rel) AS ?n) WHERE {
          GRAPH ?g { ?f a cg:Finding ; sh:focusNode ?rel ; cg:status cg:Pass ;
                        cg:checkKind ?kind .
                     FILTER (?rel != <https://w3id.org/claimgraph/doc/china-us-ecommerce-2014>
                             && ?kind != "reference") }
        }""")
    assert int(n) == 11
    # and the figure checked against the World Bank's series that passes (a figure, no relation)
    figures = ds.query(sparql_prefixes() + """
        SELECT ?figure WHERE { GRAPH ?g { ?f cg:checkKind "reference" ; cg:status cg:Pass ;
                                             sh:focusNode ?figure } }""")
    assert [str(f).removeprefix(P) for f, in figures] == ["f-us-population"]
