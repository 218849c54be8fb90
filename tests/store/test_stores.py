"""memory, oxigraph:PATH and sparql:URL give the same findings and the same query rows."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from kg.serve import free_port, oxigraph_binary
from kg.sparql.named import bindings_for, named_queries
from kg.sparql.results import values
from kg.store import StoreError, open_store
from kg.store.corpus import load
from tests.cli.test_bad_input import kg
from tests.conftest import PAPER_DIR, PAPER_ID, wait_until_up

PARAMS = {"figures-about": {"entity": "alibaba"},
          "provenance": {"claim": f"https://w3id.org/claimgraph/doc/{PAPER_ID}/c-bf-channels"}}


@pytest.fixture(scope="module")
def remote(tmp_path_factory):
    """A real Oxigraph server (read-write) on a free loopback port."""
    location = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    wait_until_up(f"{url}/query?query=ASK%7B%7D")
    yield f"sparql:{url}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def specs(remote, tmp_path_factory):
    return {"memory": "memory",
            "oxigraph": f"oxigraph:{tmp_path_factory.mktemp('disk') / 'store'}",
            "sparql": remote}


def check_json(spec: str, cwd: Path) -> dict:
    proc = kg("check", "--claims", str(PAPER_DIR), "--store", spec, "--format", "json", cwd=cwd)
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)


def test_kg_check_gives_the_same_report_on_every_store(specs, tmp_path: Path) -> None:
    reports = {name: check_json(spec, tmp_path) for name, spec in specs.items()}
    assert reports["memory"]["summary"]["violations"] == 2
    assert reports["memory"] == reports["oxigraph"] == reports["sparql"]


def test_named_queries_give_the_same_rows_on_every_store(specs) -> None:
    from kg.build import build_corpus
    from kg.check import check_corpus
    result = build_corpus(PAPER_DIR)
    report = check_corpus(result)
    rows: dict[str, dict[str, list]] = {}
    for name, spec in specs.items():
        store = open_store(spec)
        load(store, result, report)
        rows[name] = {}
        for qname, q in named_queries().items():
            got = values(store.query(q.text, bindings_for(q, PARAMS.get(qname, {}))))
            rows[name][qname] = got
    assert rows["memory"]["figures-about"] and rows["memory"]["claims-in-violations"]
    assert rows["memory"] == rows["oxigraph"] == rows["sparql"]


def test_kg_build_loads_a_store_that_kg_query_reads(specs, tmp_path: Path) -> None:
    spec = f"oxigraph:{tmp_path / 'built'}"
    assert kg("build", "--claims", str(PAPER_DIR), "--store", spec, "--findings", "-o",
              str(tmp_path / "g.trig"), cwd=tmp_path).returncode == 0
    proc = kg("query", "claims-in-violations", "--store", spec, "--format", "csv", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    import csv
    import io
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert [r[2] for r in rows[1:]] == ["sum", "difference"]


def test_an_unreachable_store_fails_fast_naming_the_url(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    started = time.monotonic()
    proc = kg("query", "relations-status", "--store", f"sparql:http://127.0.0.1:{port}",
              cwd=tmp_path)
    assert proc.returncode == 2 and time.monotonic() - started < 10
    assert f"cannot reach the SPARQL store at http://127.0.0.1:{port}/query" in proc.stderr
    assert "Traceback" not in proc.stderr
    with pytest.raises(StoreError):
        open_store(f"sparql:http://127.0.0.1:{port}").dump()


@pytest.mark.parametrize("kind", ["oxigraph", "sparql"])
def test_kg_query_after_kg_check_store_sees_the_findings(kind, specs, tmp_path: Path) -> None:
    """Issue 16: after kg check --store S, claims-in-violations on S returned 0 rows, not 2."""
    spec = specs[kind]
    check_json(spec, tmp_path)
    proc = kg("query", "claims-in-violations", "--store", spec, "--format", "json",
              cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    claims = {b["claim"]["value"] for b in json.loads(proc.stdout)["results"]["bindings"]}
    assert len(claims) == 2


def test_a_server_s_own_graphs_do_not_make_it_look_loaded(remote) -> None:
    """Issue 16: a fresh Virtuoso's system graphs made named queries answer no rows."""
    store = open_store(remote)
    store.replace(b"")
    store._http("PUT", store._graph_url("http://www.openlinksw.com/schemas/virtrdf#"),
                b"<http://a/> <http://b/> <http://c/> .\n",
                {"Content-Type": "application/n-triples"})
    assert store.is_empty()
