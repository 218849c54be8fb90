"""What running each query in its own child process costs.

Every user query (kg query, kg serve, the app) is checked by the guard and then
evaluated in a forked child that can be killed at the time limit, is bounded in
memory and has no network (kg/sparql/sandbox.py).  This measures, side by side
in one run, the median latency of three queries through ``Store.query`` (guard,
evaluation and serialization in a child) against exactly the same work in the
calling process (no child),
on the bundled paper and on a generated corpus; the two are alternated run by
run so that both see the same noise of a shared machine.

    python benchmarks/queries.py [--documents 100] [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.build import build_corpus  # noqa: E402
from kg.sparql.sandbox import network_isolation, run_isolated as isolated  # noqa: E402
from kg.store import embedded  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store.corpus import load  # noqa: E402
from kg.synth import write_corpus  # noqa: E402
from kg.vocab import bundled_claims_dir  # noqa: E402

QUERIES = {
    "ASK": "ASK { ?s ?p ?o }",
    "count figures": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a cg:Figure } }",
    "100 figures": "SELECT ?f ?v WHERE { GRAPH ?g { ?f a cg:Figure ; qudt:numericValue ?v } } "
                   "ORDER BY ?f LIMIT 100",
}


def median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def inline(work, *, timeout: float, memory_mb: int):
    """The same work, in the calling process: no fork, no limits, no isolation."""
    return work()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp) / "claims", args.documents, 0)
        (Path(tmp) / "claims" / "ground-truth.json").unlink()
        corpora = {"the paper": bundled_claims_dir(),
                   f"{args.documents} generated documents": Path(tmp) / "claims"}
        print(f"network isolation of query children: {network_isolation()}")
        print("| corpus | query | in the calling process | in a child (guard, fork, limits) "
              "| cost of the child |")
        print("|---|---|---|---|---|")
        for name, folder in corpora.items():
            store = open_store("memory")
            load(store, build_corpus(folder))
            for label, text in QUERIES.items():
                # alternated run by run, so that both see the same noise
                times: dict[str, list[float]] = {"inline": [], "child": []}
                for _ in range(args.runs):
                    for kind in times:
                        embedded.run_isolated = inline if kind == "inline" else isolated
                        times[kind].append(median_ms(lambda: store.query(text), 1))
                embedded.run_isolated = isolated
                a, b = (statistics.median(times[k]) for k in ("inline", "child"))
                print(f"| {name} | {label} | {a:.1f} ms | {b:.1f} ms | +{b - a:.1f} ms |")


if __name__ == "__main__":
    main()
