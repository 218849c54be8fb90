"""The app's SPARQL store at scale: how long it takes to fill, and each named query in it.

For N generated documents (``kg synth``, seed 0) this checks the corpus as the app does
(``check_folder`` into a cache), then fills the app's store (:meth:`kg.app.data.Corpus.store`,
in memory, from the graphs the check kept) and times it; then runs each named query in
``queries/`` through ``Store.query`` with the app's limits (its time limit, its row limit,
a child process a query), ``--runs`` times each, and prints the median, the rows and
whether the query answered within the limits.  A query that needs a parameter gets the
first entity or claim of the corpus.

    python benchmarks/named_queries.py --documents 1000 --runs 3

``--claims DIR --cache-dir DIR`` reuse a corpus already generated and checked.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--claims", type=Path, help="a generated corpus to reuse")
    parser.add_argument("--cache-dir", type=Path, help="kg check's cache for it")
    parser.add_argument("--json", type=Path, help="write the numbers here too")
    parser.add_argument("--compare-fill", type=int, default=0, metavar="RUNS",
                        help="also time, alternated run by run, the fill from kg check's "
                             "kept graphs against building the corpus again (as the app "
                             "did before), in memory")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="named-queries-"))
    claims = args.claims or tmp / "claims"
    cache = args.cache_dir or tmp / "cache"
    os.environ["KG_CACHE_DIR"] = str(cache)
    if args.claims is None:
        from kg.synth import write_corpus
        write_corpus(claims, args.documents, 0)
        (claims / "ground-truth.json").unlink()

    from kg.app import data
    from kg.sparql.named import bindings_for, named_queries
    from kg.sparql.guard import QueryError

    started = time.perf_counter()
    corpus = data._check(claims, None)
    checked = time.perf_counter() - started
    started = time.perf_counter()
    store = corpus.store()
    filled = time.perf_counter() - started
    print(f"{len(corpus.documents)} documents: checked (or read from the cache) in "
          f"{checked:.1f} s; the store filled in memory in {filled:.2f} s")
    if args.compare_fill:
        compare_fill(corpus, cache, args.compare_fill)
    doc = corpus.documents[0]
    summary = corpus.summaries[doc]
    given = {"entity": summary.entities[0].iri,
             "claim": _first_claim(corpus, doc)}
    results: dict[str, dict] = {}
    print(f"| named query | median of {args.runs} | rows | within the app's limits "
          f"({data.QUERY_TIMEOUT:g} s, {data.QUERY_MAX_ROWS} rows) |")
    print("|---|---|---|---|")
    for name, query in named_queries().items():
        bindings = bindings_for(query, {p.name: given[p.name] for p in query.params}) \
            if query.params else None
        times, rows, verdict = [], 0, "yes"
        for _ in range(args.runs):
            started = time.perf_counter()
            try:  # as the app asks: the first rows of a longer result, marked as cut
                result = store.query(query.text, bindings, timeout=data.QUERY_TIMEOUT,
                                     max_rows=data.QUERY_MAX_ROWS, truncate=True)
                rows = len(json.loads(result.payload)["results"]["bindings"])
                if result.truncated:
                    verdict = "yes (the first rows)"
            except QueryError as exc:
                verdict = f"no: {exc}"
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        results[name] = {"median_s": round(median, 3), "rows": rows, "within": verdict}
        print(f"| {name} | {median:.2f} s | {rows:,} | {verdict} |")
    if args.json:
        args.json.write_text(json.dumps({"documents": len(corpus.documents),
                                         "fill_s": round(filled, 2),
                                         "queries": results}, indent=1) + "\n")


def compare_fill(corpus, cache: Path, runs: int) -> None:
    """Median wall and CPU time (this process and its workers) of each way to fill."""
    import io
    import resource

    from kg.check.graph import findings_by_document
    from kg.check.pipeline import OutcomeCache
    from kg.store.corpus import fill_from_check
    from kg.store.embedded import EmbeddedStore
    from kg.store.state import StoreState, state_nquads
    from kg.stream import stream_build

    def cpu() -> float:
        own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF,
                                                       resource.RUSAGE_CHILDREN))
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    def built_again() -> None:
        store = EmbeddedStore(None)

        def load(graphs, names, documents):
            store.replace_graphs(graphs, names, state_nquads(
                StoreState("sha256:x", True, documents)).encode())
        stream_build(corpus.claims_dir, None, "nquads", io.StringIO(),
                     findings=findings_by_document(corpus.report), store=load)

    def kept() -> None:
        fill_from_check(EmbeddedStore(None), corpus.run,
                        OutcomeCache(cache).graphs_of(corpus.run), corpus="sha256:x")

    times: dict[str, list[tuple[float, float]]] = {"built again": [], "kept graphs": []}
    for _ in range(runs):
        for name, work in (("built again", built_again), ("kept graphs", kept)):
            wall, used = time.perf_counter(), cpu()
            work()
            times[name].append((time.perf_counter() - wall, cpu() - used))
    for name, pairs in times.items():
        print(f"fill, {name}: {statistics.median(w for w, _ in pairs):.2f} s wall, "
              f"{statistics.median(c for _, c in pairs):.2f} s CPU (median of {runs})")


def _first_claim(corpus, doc: str) -> str:
    from rdflib.namespace import RDF

    from kg.namespaces import CG
    return str(min(corpus.document(doc).graph.subjects(RDF.type, CG.Claim)))


if __name__ == "__main__":
    main()
