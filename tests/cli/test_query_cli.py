"""`kg query`: named or ad-hoc queries, every output format, clear errors."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph

from tests.cli.test_bad_input import kg
from tests.conftest import PAPER_DIR

FIGS = "SELECT ?f WHERE { GRAPH ?g { ?f a <https://w3id.org/claimgraph/ns#Figure> } } ORDER BY ?f"


def q(*args: str, cwd: Path):
    return kg("query", *args, "--claims", str(PAPER_DIR), cwd=cwd)


def test_named_query_with_a_parameter_as_an_option(tmp_path: Path) -> None:
    proc = q("figures-about", "--entity", "alibaba", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)  # SPARQL 1.1 Query Results JSON
    assert data["head"]["vars"][:3] == ["document", "figure", "quote"]
    assert len(data["results"]["bindings"]) == 5


@pytest.mark.parametrize("fmt", ["csv", "tsv", "xml", "table"])
def test_select_formats(tmp_path: Path, fmt: str) -> None:
    proc = q(FIGS, "--format", fmt, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(proc.stdout)))
        assert rows[0] == ["f"] and len(rows) == 25
    elif fmt == "tsv":
        assert proc.stdout.splitlines()[0] == "?f" and len(proc.stdout.splitlines()) == 25
    elif fmt == "xml":
        ns = "{http://www.w3.org/2005/sparql-results#}"
        assert len(ET.fromstring(proc.stdout).findall(f"{ns}results/{ns}result")) == 24
    else:
        assert "doc:china-us-ecommerce-2014/f-bf-malls" in proc.stdout


def test_construct_as_turtle(tmp_path: Path) -> None:
    proc = q("CONSTRUCT { ?f <http://qudt.org/schema/qudt/numericValue> ?v } WHERE { GRAPH ?g "
             "{ ?f <http://qudt.org/schema/qudt/numericValue> ?v } }", "--format", "turtle",
             cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    # 24 figures, the ECB reference rate of the paper's conversion, two derived figures, the
    # World Bank's populations of China and the United States in 2014
    assert len(Graph().parse(data=proc.stdout, format="turtle")) == 29


def test_ask(tmp_path: Path) -> None:
    proc = q("ASK { GRAPH ?g { ?f <https://w3id.org/claimgraph/ns#status> "
             "<https://w3id.org/claimgraph/ns#Violation> } }", "--format", "json", cwd=tmp_path)
    assert json.loads(proc.stdout) == {"head": {}, "boolean": True}


def test_query_from_a_file(tmp_path: Path) -> None:
    (tmp_path / "q.rq").write_text(FIGS)
    proc = q("--file", str(tmp_path / "q.rq"), "--format", "csv", cwd=tmp_path)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 25


@pytest.mark.parametrize("args,message", [
    (["SELECT * WHERE { ?s ?p }"], "error: SPARQL syntax error at line 1, column 18"),
    (["SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "--max-rows", "10"],
     "error: stopped: the result-size limit of 10 rows was exceeded"),
    (["SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "1"],
     "error: stopped: the time limit of 1 s was exceeded"),
    (["DELETE WHERE { ?s ?p ?o }"], "error: updates are refused"),
    (["no-such-query"], "error: query:0: no named query 'no-such-query'"),
])
def test_errors_exit_2_with_one_clear_line(tmp_path: Path, args: list[str], message: str) -> None:
    proc = q(*args, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].startswith(message), proc.stderr
    assert "Traceback" not in proc.stderr


def test_list(tmp_path: Path) -> None:
    proc = kg("query", "--list", "--format", "csv", cwd=tmp_path)
    names = [row[0] for row in csv.reader(io.StringIO(proc.stdout))][1:]
    assert names == ["claims-in-violations", "disagreements", "entities-together", "figures-about",
                     "figures-by-source", "provenance", "relations-status"]


def test_the_usual_prefixes_are_predeclared(tmp_path: Path) -> None:
    proc = q("SELECT ?claim WHERE { GRAPH ?g { ?f cg:status cg:Violation ; "
             "cg:concernsClaim ?claim } } ORDER BY ?claim", "--format", "csv", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [line.rsplit("/", 1)[-1] for line in proc.stdout.split()[1:]] == [
        "c-bf-channels", "c-malls-gap"]
