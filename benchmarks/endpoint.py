"""``kg serve`` under concurrent load, side by side with Oxigraph's own read-only server.

Both serve the same on-disk store: ``kg serve --store oxigraph:DIR`` builds a generated
corpus into DIR and serves it (guard, worker processes, limits), and ``oxigraph
serve-read-only --location DIR`` (the server binary of the ``oxigraph`` package, no
guard, no sandbox) serves the same directory.  Both listen on free loopback ports.  For
each query and number of concurrent clients, a load run on each server alternates with
one on the other, several times, so that both see the same noise of a shared machine.

A load run is bounded in count and time: N client threads, each on one kept-alive
connection (``http.client``; a failed one is opened again), send GET requests until
``--requests`` have been sent or ``--seconds`` have passed.  Every request counts:
an HTTP 200 is a success, anything else (another status, a reset, a timeout) a failure.
Reported per server: requests a second (median over the runs), failures, and the p50
and p99 latency of the runs pooled; and the ratio of kg serve's rate to Oxigraph's.

    python benchmarks/endpoint.py [--documents 100] [--clients 1 50 200] [--runs 3]

Writes ``benchmarks/endpoint-results.json``.  Loopback only.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.serve import free_port, oxigraph_binary  # noqa: E402
from kg.sparql.sandbox import network_isolation  # noqa: E402
from kg.synth import write_corpus  # noqa: E402

CG = "https://w3id.org/claimgraph/ns#"
QUERIES = {
    # ten figures by index look-up: the HTTP layer, the guard and the worker round trip
    "simple": f"SELECT ?f WHERE {{ GRAPH ?g {{ ?f a <{CG}Figure> }} }} LIMIT 10",
    # counts every figure of every document (about 11 ms in pyoxigraph on 100 documents)
    "heavy": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?f a <{CG}Figure> }} }}",
}


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server at {url} exited with {proc.returncode}")
        try:
            status, _ = request_once(url, "ASK { }")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server at {url} did not answer within {seconds:g} s")


def request_once(url: str, query: str) -> tuple[int, bytes]:
    split = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(split.hostname, split.port, timeout=30)
    try:
        conn.request("GET", split.path + "?" + urllib.parse.urlencode({"query": query}),
                     headers={"Accept": "application/sparql-results+json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def load(url: str, query: str, clients: int, requests: int, seconds: float) -> dict:
    """``clients`` threads sending ``query`` until ``requests`` are sent or ``seconds`` pass."""
    split = urllib.parse.urlsplit(url)
    target = split.path + "?" + urllib.parse.urlencode({"query": query})
    headers = {"Accept": "application/sparql-results+json"}
    lock = threading.Lock()
    sent = [0]
    latencies: list[float] = []
    failures: dict[str, int] = {}
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def take() -> bool:
        with lock:
            if sent[0] >= requests or time.monotonic() >= stop_at[0]:
                return False
            sent[0] += 1
            return True

    def client() -> None:
        mine: list[float] = []
        conn = None
        start.wait()
        while take():
            began = time.perf_counter()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(split.hostname, split.port, timeout=30)
                conn.request("GET", target, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
                reason = f"HTTP {response.status}"
                if response.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as exc:
                ok, reason = False, type(exc).__name__
                if conn is not None:
                    conn.close()
                conn = None
            if ok:
                mine.append(time.perf_counter() - began)
            else:
                with lock:
                    failures[reason] = failures.get(reason, 0) + 1
        if conn is not None:
            conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    began = time.monotonic()
    stop_at[0] = began + seconds
    start.wait()
    for thread in threads:
        thread.join(seconds + 60)
    elapsed = time.monotonic() - began
    return {"sent": sent[0], "ok": len(latencies), "failures": failures,
            "seconds": elapsed, "rps": len(latencies) / elapsed, "latencies": latencies}


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summarise(runs: list[dict]) -> dict:
    pooled = [x for run in runs for x in run["latencies"]]
    failures: dict[str, int] = {}
    for run in runs:
        for reason, n in run["failures"].items():
            failures[reason] = failures.get(reason, 0) + n
    p50, p99 = percentile(pooled, 50), percentile(pooled, 99)
    return {"rps_median": round(statistics.median(run["rps"] for run in runs), 1),
            "rps_runs": [round(run["rps"], 1) for run in runs],
            "requests": sum(run["sent"] for run in runs),
            "failures": sum(failures.values()), "failure_kinds": failures,
            "p50_ms": round(p50 * 1000, 2) if p50 is not None else None,
            "p99_ms": round(p99 * 1000, 2) if p99 is not None else None}


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 50, 200])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=3000,
                        help="most requests in one load run (default 3000)")
    parser.add_argument("--seconds", type=float, default=5.0,
                        help="longest load run, in seconds (default 5)")
    parser.add_argument("--queries", nargs="+", default=list(QUERIES), choices=list(QUERIES))
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "benchmarks" /
                        "endpoint-results.json")
    args = parser.parse_args()
    # a SIGTERM unwinds like Ctrl-C: both servers are stopped, the temporary folder removed
    signal.signal(signal.SIGTERM, _interrupt)

    with tempfile.TemporaryDirectory() as tmp:
        claims, store = Path(tmp) / "claims", Path(tmp) / "store"
        write_corpus(claims, args.documents, 0)
        (claims / "ground-truth.json").unlink()
        kg_port, ox_port = free_port(), free_port()
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        kg = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--claims", str(claims),
                               "--store", f"oxigraph:{store}", "--port", str(kg_port),
                               "--max-rows", "100000"],
                              cwd=tmp, env=env, stderr=subprocess.DEVNULL)
        servers = {"kg serve": (f"http://127.0.0.1:{kg_port}/sparql", kg)}
        try:
            wait_for(servers["kg serve"][0], kg)
            ox = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location",
                                   str(store), "--bind", f"127.0.0.1:{ox_port}",
                                   "--union-default-graph"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            servers["oxigraph"] = (f"http://127.0.0.1:{ox_port}/query", ox)
            wait_for(servers["oxigraph"][0], ox)
            for name, (url, _) in servers.items():  # same answers from both
                answers = {q: json.loads(request_once(url, text)[1]) for q, text in
                           QUERIES.items()}
                servers[name] = (url, servers[name][1], answers)
            assert servers["kg serve"][2] == servers["oxigraph"][2], "different answers"
            results = []
            for query in args.queries:
                for clients in args.clients:
                    runs: dict[str, list[dict]] = {name: [] for name in servers}
                    for name, (url, *_) in servers.items():  # warm: connections, caches
                        load(url, QUERIES[query], min(clients, 10), 50, 5)
                    for _ in range(args.runs):
                        for name, (url, *_) in servers.items():
                            runs[name].append(load(url, QUERIES[query], clients,
                                                   args.requests, args.seconds))
                    row = {"query": query, "clients": clients,
                           **{name: summarise(r) for name, r in runs.items()}}
                    theirs = row["oxigraph"]["rps_median"]
                    row["ratio"] = round(row["kg serve"]["rps_median"] / theirs, 3) \
                        if theirs else None
                    results.append(row)
                    print(f"{query:6} {clients:4} clients: kg serve "
                          f"{row['kg serve']['rps_median']:8.1f}/s "
                          f"(p50 {row['kg serve']['p50_ms']} ms, p99 {row['kg serve']['p99_ms']}"
                          f" ms, {row['kg serve']['failures']} failed), oxigraph "
                          f"{row['oxigraph']['rps_median']:8.1f}/s "
                          f"(p50 {row['oxigraph']['p50_ms']} ms, p99 {row['oxigraph']['p99_ms']}"
                          f" ms, {row['oxigraph']['failures']} failed), ratio {row['ratio']}",
                          flush=True)
        finally:
            for _, proc, *_ in servers.values():
                proc.send_signal(signal.SIGTERM)
            for _, proc, *_ in servers.values():
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
    report = {"command": "python benchmarks/endpoint.py " + " ".join(sys.argv[1:]),
              "documents": args.documents, "runs": args.runs, "requests": args.requests,
              "seconds": args.seconds, "cpus": os.cpu_count(),
              "python": platform.python_version(), "network_isolation": network_isolation(),
              "queries": {q: QUERIES[q] for q in args.queries}, "results": results}
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
