"""memory, oxigraph:PATH and sparql:URL give the same findings and the same query rows."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from kg.serve import free_port, oxigraph_binary
from kg.sparql.named import bindings_for, named_queries
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
    rows = {name: named_query_answers(spec, result, report) for name, spec in specs.items()}
    assert rows["memory"]["figures-about"] and rows["memory"]["claims-in-violations"]
    # the embedded stores substitute the claim; the server gets a VALUES block
    assert {r["claim"]["value"] for r in rows["memory"]["provenance"]} == \
        {PARAMS["provenance"]["claim"]}
    assert rows["memory"] == rows["oxigraph"] == rows["sparql"]


def named_query_answers(spec: str, result, report) -> dict[str, list[dict]]:
    """Every named query's SPARQL Results JSON bindings (terms, datatypes and all)."""
    store = open_store(spec)
    load(store, result, report)
    return {qname: json.loads(store.query(q.text, bindings_for(q, PARAMS.get(qname, {})))
                              .payload)["results"]["bindings"]
            for qname, q in named_queries().items()}


def test_kg_build_loads_a_store_that_kg_query_reads(specs, tmp_path: Path) -> None:
    spec = f"oxigraph:{tmp_path / 'built'}"
    assert kg("build", "--claims", str(PAPER_DIR), "--store", spec, "--findings", "-o",
              str(tmp_path / "g.trig"), cwd=tmp_path).returncode == 0
    proc = kg("query", "claims-in-violations", "--store", spec, "--claims", str(PAPER_DIR),
              "--format", "csv", cwd=tmp_path)
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
    proc = kg("query", "claims-in-violations", "--store", spec, "--claims", str(PAPER_DIR),
              "--format", "json", cwd=tmp_path)
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


# --- Virtuoso 7 (Debian's virtuoso-opensource), started by tests/store/conftest.py -------

def test_virtuoso_gives_the_same_kg_check_json_as_the_embedded_store(virtuoso,
                                                                       tmp_path: Path) -> None:
    assert check_json(virtuoso, tmp_path) == check_json("memory", tmp_path)


def test_virtuoso_gives_the_same_named_query_answers_term_for_term(virtuoso) -> None:
    """Issue 16: parameters failed ("No column entity"), integers beyond 2^31 came back as
    xsd:decimal, offsets as xsd:nonNegativeInteger where the embedded store says integer."""
    from kg.build import build_corpus
    from kg.check import check_corpus
    result = build_corpus(PAPER_DIR)
    report = check_corpus(result)
    on_virtuoso = named_query_answers(virtuoso, result, report)
    assert on_virtuoso == named_query_answers("memory", result, report)
    values = {b["value"]["value"]: b["value"]["datatype"] for b in on_virtuoso["figures-about"]}
    assert values["57100000000"].endswith("#integer")


def test_a_fresh_virtuoso_is_an_error_not_an_empty_answer(virtuoso, tmp_path: Path) -> None:
    """Issue 16: its three system graphs made a fresh Virtuoso look loaded (0 rows, exit 0)."""
    store = open_store(virtuoso)
    store.replace(b"")
    assert store.is_empty() and store.graphs()  # the server's own graphs are still there
    proc = kg("query", "claims-in-violations", "--store", virtuoso, "--claims", str(PAPER_DIR),
              "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"error: {store.spec}:0: the store holds nothing of "
                                  "claimgraph's")
    assert f"kg check --claims {PAPER_DIR} --store {virtuoso}" in proc.stderr
    check_json(virtuoso, tmp_path)
    proc = kg("query", "claims-in-violations", "--store", virtuoso, "--claims", str(PAPER_DIR),
              "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["results"]["bindings"]) == 2


def test_kg_query_after_kg_check_on_virtuoso_sees_the_findings(virtuoso, tmp_path: Path) -> None:
    check_json(virtuoso, tmp_path)
    proc = kg("query", "figures-about", "--entity", "alibaba", "--store", virtuoso,
              "--claims", str(PAPER_DIR), "--format", "csv", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "57.1 billion yuan" in proc.stdout


# --- what a store holds (kg.store.state) ----------------------------------------------------

def _query(spec: str, claims: Path, cwd: Path, *extra: str):
    return kg("query", "claims-in-violations", "--store", spec, "--claims", str(claims),
              "--format", "csv", *extra, cwd=cwd)


@pytest.fixture
def loaded(tmp_path: Path) -> str:
    spec = f"oxigraph:{tmp_path / 'store'}"
    check_json(spec, tmp_path)
    return spec


def test_the_store_records_what_it_holds(loaded: str) -> None:
    from kg.store.state import corpus_digest, read_state
    state = read_state(open_store(loaded))
    assert state is not None and state.findings and state.documents == 1
    assert state.corpus == corpus_digest(PAPER_DIR)


def test_a_store_of_other_claims_is_an_error_not_a_stale_answer(loaded: str,
                                                                   tmp_path: Path) -> None:
    changed = tmp_path / "claims"
    shutil.copytree(PAPER_DIR, changed)
    source = next(changed.glob("*/source.txt"))
    source.write_text(source.read_text() + "\n")
    proc = _query(loaded, changed, tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"the store holds other claims than {changed}" in proc.stderr
    assert f"kg check --claims {changed} --store {loaded}" in proc.stderr
    as_is = _query(loaded, changed, tmp_path, "--as-is")
    assert as_is.returncode == 0 and len(as_is.stdout.splitlines()) > 1


def test_a_load_cut_short_is_an_error_naming_the_store(loaded: str, tmp_path: Path) -> None:
    from kg.store.state import STATE_GRAPH
    store = open_store(loaded)
    kept = store.dump().decode()
    store.replace("".join(line + "\n" for line in kept.splitlines()
                          if f"<{STATE_GRAPH}> ." not in line).encode())
    del store  # closes the database for the command below
    proc = _query(loaded, PAPER_DIR, tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"error: {loaded}")
    assert "no record of a finished load" in proc.stderr


def test_a_store_without_findings_is_an_error_for_a_query_of_findings(tmp_path: Path) -> None:
    spec = f"oxigraph:{tmp_path / 'built'}"
    assert kg("build", "--claims", str(PAPER_DIR), "--store", spec, "-o",
              str(tmp_path / "g.trig"), cwd=tmp_path).returncode == 0
    proc = _query(spec, PAPER_DIR, tmp_path)
    assert proc.returncode == 2 and "not their findings" in proc.stderr
    other = kg("query", "figures-about", "--entity", "alibaba", "--store", spec, "--claims",
               str(PAPER_DIR), "--format", "csv", cwd=tmp_path)
    assert other.returncode == 0 and "57.1 billion yuan" in other.stdout


def test_a_remote_load_drops_the_old_record_first(remote) -> None:
    """A load cut short on a server leaves no record: the old one goes before any graph."""
    from kg.build import build_corpus
    from kg.store.state import read_state
    store = open_store(remote)
    load(store, build_corpus(PAPER_DIR), corpus="sha256:before")
    assert read_state(store).corpus == "sha256:before"
    calls = []
    store._http, http = (lambda *a, **k: calls.append(a[:2]) or http(*a, **k)), store._http
    load(store, build_corpus(PAPER_DIR), corpus="sha256:after")
    writes = [c for c in calls if c[0] in ("PUT", "POST") and c[1] != store.query_url]
    assert writes[0][0] == "POST"  # DROP SILENT GRAPH <state>
    assert writes[-1] == ("PUT", store._graph_url("https://w3id.org/claimgraph/state"))
    assert read_state(store).corpus == "sha256:after"


@pytest.mark.parametrize("kind", ["oxigraph", "sparql"])
def test_a_streamed_build_loads_graph_by_graph_what_the_whole_build_loads(
        kind: str, specs, tmp_path: Path) -> None:
    import pyoxigraph as ox

    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.serialize import serialize
    from kg.store.corpus import dataset_for
    from kg.store.state import read_state

    spec = specs[kind] if kind == "sparql" else f"oxigraph:{tmp_path / 'streamed'}"
    proc = kg("build", "--claims", str(PAPER_DIR), "--format", "nquads", "--findings",
              "--store", spec, "-o", "g.nq", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    result = build_corpus(PAPER_DIR)
    whole = serialize(dataset_for(result, check_corpus(result)), "nquads")

    # a shared server may hold other users' graphs, which a load leaves alone
    ours = {q.graph_name for q in ox.parse(whole.encode(), format=ox.RdfFormat.N_QUADS)}

    def quads(data: bytes) -> set:
        # a store keeps literals in canonical form ("1.0" is held as "1"), so the whole
        # build goes through one too; blank nodes get fresh labels on every parse, so
        # the datasets are compared canonicalised
        loaded = ox.Store()
        loaded.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        dataset = ox.Dataset(q for q in loaded if q.graph_name in ours)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        return set(dataset)
    store = open_store(spec)
    assert quads(store.dump()) == quads(whole.encode())
    state = read_state(store)
    assert state is not None and state.findings and state.documents == 1
    # and kg query takes it as current: the same rows as a query of the claims themselves
    proc = kg("query", "claims-in-violations", "--store", spec, "--claims", str(PAPER_DIR),
              "--format", "csv", cwd=tmp_path)
    direct = kg("query", "claims-in-violations", "--claims", str(PAPER_DIR), "--format", "csv",
                cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert len(rows) > 1 and rows == list(csv.reader(io.StringIO(direct.stdout)))
