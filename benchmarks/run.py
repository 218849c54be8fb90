"""Scale benchmark: generated corpora of N documents, checked cold, warm and after one edit.

    python benchmarks/run.py                       # N = 10, 100, 1000, 10000
    python benchmarks/run.py --sizes 10 100        # a quick run

For each N it writes a corpus with `kg synth` (seed 0), then times, each in a new process:
`kg build` (the corpus streamed to N-Quads, up to --build-max documents), `kg check` cold
(empty cache), warm (nothing changed) and after editing one document (each the median of
--repeat runs, a different document edited before each), the same cold check as two
shards (`--shard 1/2`, `--shard 2/2`, one after the other) and `kg report merge`, and on a
Dask LocalCluster of two one-thread workers on loopback (`--executor dask:...`), both up to
--distributed-max documents, and `kg check --engine pyshacl` up to --pyshacl-max. It checks
every report against the corpus's ground-truth.json, and the merged, Dask and pySHACL
reports against the cold one byte for byte, and writes benchmarks/results.json and
benchmarks/results.md. Peak memory is the largest resident set of any one process of the
run (ru_maxrss of the children; with -j 2 two workers run beside the parent; a Dask
worker's own memory is not in it).
Not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
KG = [sys.executable, "-m", "kg"]


def measure(args: list[str], cwd: Path) -> dict:
    """Wall time and peak RSS of one command, run in a fresh wrapper process."""
    wrapper = ("import resource, subprocess, sys, time, json\n"
               "t = time.perf_counter()\n"
               "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
               " stderr=subprocess.PIPE)\n"
               "wall = time.perf_counter() - t\n"
               "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
               "print(json.dumps({'wall': wall, 'rss_mb': rss / 1024, 'exit': p.returncode,"
               " 'stderr': p.stderr.decode()[-2000:]}))\n")
    out = subprocess.run([sys.executable, "-c", wrapper, *args], cwd=cwd, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def median(runs: list[dict]) -> dict:
    """The median wall time of several runs of one command, and their largest peak memory."""
    return {"wall": round(statistics.median(r["wall"] for r in runs), 2),
            "rss_mb": round(max(r["rss_mb"] for r in runs)), "runs": len(runs)}


def recovered(report_path: Path, truth: dict) -> dict:
    report = json.loads(report_path.read_text(encoding="utf-8"))
    found = {f["relation"] for f in report["findings"] if f["severity"] == "violation"}
    expected = set(truth["violations"])
    return {"exact": found == expected, "planted": len(expected), "found": len(found & expected),
            "missed": len(expected - found), "extra": len(found - expected),
            "relations": report["summary"]["relations"]}


def synth(n: int, work: Path) -> tuple[Path, dict]:
    """A fresh corpus of n generated documents (seed 0) and its ground truth."""
    corpus = work / f"corpus-{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    subprocess.run([*KG, "synth", "--documents", str(n), "--seed", "0", "--output", str(corpus)],
                   check=True, stderr=subprocess.DEVNULL)
    return corpus, json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))


def ground_truth(n: int, work: Path) -> dict:
    """Write a corpus of n documents, check it cold, and count what it recovered, by check."""
    corpus, truth = synth(n, work)
    cold = measure([*KG, "check", "--claims", str(corpus), "--format", "json", "--no-cache",
                    "-o", str(work / f"cold-{n}.json")], work)
    planted: dict[str, int] = {}
    for p in truth["planted"]:
        planted[p["check"]] = planted.get(p["check"], 0) + 1
    return {"documents": n, "cold_s": round(cold["wall"], 2),
            "ground_truth": recovered(work / f"cold-{n}.json", truth),
            "planted_by_check": dict(sorted(planted.items()))}


def run_size(n: int, work: Path, args: argparse.Namespace) -> dict:
    cache = work / f"cache-{n}"
    shutil.rmtree(cache, ignore_errors=True)
    row: dict = {"documents": n}
    t = time.perf_counter()
    corpus, truth = synth(n, work)
    row["synth_s"] = round(time.perf_counter() - t, 2)
    row["figures"] = sum(1 for d in corpus.iterdir() if d.is_dir()
                         for line in (d / "claims.ttl").read_text().splitlines()
                         if " a cg:Figure" in line)
    check = [*KG, "check", "--claims", str(corpus), "--format", "json", "--cache-dir", str(cache)]
    if n <= args.build_max:
        m = measure([*KG, "build", "--claims", str(corpus), "--format", "nquads",
                     "-o", str(work / f"build-{n}.nq")], work)
        row["build"] = {"wall": round(m["wall"], 2), "rss_mb": round(m["rss_mb"])}
    cold = measure([*check, "-o", str(work / f"cold-{n}.json")], work)
    row["cold"] = {"wall": round(cold["wall"], 2), "rss_mb": round(cold["rss_mb"])}
    row["ground_truth"] = recovered(work / f"cold-{n}.json", truth)
    row["warm"] = median([measure([*check, "-o", str(work / f"warm-{n}.json")], work)
                          for _ in range(args.repeat)])
    row["warm_identical"] = (work / f"cold-{n}.json").read_bytes() == \
        (work / f"warm-{n}.json").read_bytes()
    folders = sorted(d for d in corpus.iterdir() if d.is_dir())
    ones = []
    for i in range(args.repeat):  # each run finds one document changed: another each time
        edited = folders[(n // 2 + i) % n] / "claims.ttl"
        edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        time.sleep(0.01)
        ones.append(measure([*check, "-o", str(work / f"one-{n}.json")], work))
    row["one_changed"] = median(ones)
    # a comment changes no finding: re-checking one document gives the cold report
    row["one_identical"] = (work / f"cold-{n}.json").read_bytes() == \
        (work / f"one-{n}.json").read_bytes()
    if n <= args.distributed_max:
        shards = []
        for k in (1, 2):
            out = work / f"shard-{n}-{k}.json"
            shards.append(measure([*KG, "check", "--claims", str(corpus), "--no-cache",
                                   "--shard", f"{k}/2", "--format", "json", "-o", str(out)],
                                  work))
        merged = measure([*KG, "report", "merge", str(work / f"shard-{n}-1.json"),
                          str(work / f"shard-{n}-2.json"), "--format", "json",
                          "-o", str(work / f"merged-{n}.json")], work)
        row["shards"] = [{"wall": round(m["wall"], 2), "rss_mb": round(m["rss_mb"])}
                         for m in shards]
        row["merge"] = {"wall": round(merged["wall"], 2), "rss_mb": round(merged["rss_mb"])}
        row["merge_identical"] = (work / f"merged-{n}.json").read_bytes() == \
            (work / f"one-{n}.json").read_bytes()
        try:
            from distributed import LocalCluster
        except ImportError:
            LocalCluster = None  # noqa: N806
            print("distributed is not installed: the Dask executor is not measured")
        if LocalCluster is not None:
            # started for this measurement only: an idle cluster's heartbeats and profiler
            # took a fifth of a core from everything else
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                              host="127.0.0.1", dashboard_address=":0") as cluster:
                dask = measure([*KG, "check", "--claims", str(corpus), "--no-cache",
                                "--format", "json", "--executor",
                                f"dask:{cluster.scheduler_address}",
                                "-o", str(work / f"dask-{n}.json")], work)
            row["dask"] = {"wall": round(dask["wall"], 2), "rss_mb": round(dask["rss_mb"])}
            row["dask_identical"] = (work / f"dask-{n}.json").read_bytes() == \
                (work / f"one-{n}.json").read_bytes()
    if n <= args.pyshacl_max:
        ref = measure([*KG, "check", "--claims", str(corpus), "--format", "json", "--no-cache",
                       "--engine", "pyshacl", "-o", str(work / f"pyshacl-{n}.json")], work)
        row["pyshacl"] = {"wall": round(ref["wall"], 2), "rss_mb": round(ref["rss_mb"])}
        row["pyshacl_same_report"] = (work / f"pyshacl-{n}.json").read_bytes() == \
            (work / f"one-{n}.json").read_bytes()
    return row


def markdown(rows: list[dict]) -> str:
    lines = ["| documents | figures | relations | `kg build` (N-Quads, streamed) | `kg check` cold "
             "| warm (no change) | one document changed | `--engine pyshacl` | ground truth |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        def cell(key: str, r: dict = r) -> str:
            m = r.get(key)
            return f"{m['wall']:.2f} s / {m['rss_mb']} MB" if m else "not run"
        def same_as_cold(key: str, r: dict = r) -> str:
            return {True: ", = cold", False: ", DIFFERENT", None: ""}[r.get(f"{key}_identical")]
        gt = r["ground_truth"]
        truth = (f"exact ({gt['found']} of {gt['planted']} planted, {gt['extra']} other)"
                 if gt["exact"] else f"MISSED {gt['missed']}, EXTRA {gt['extra']}")
        speedup = f" ({r['pyshacl']['wall'] / r['cold']['wall']:.0f}x slower)" \
            if r.get("pyshacl") else ""
        lines.append(f"| {r['documents']:,} | {r['figures']:,} | {gt['relations']:,} | "
                     f"{cell('build')} | {cell('cold')} | {cell('warm')}{same_as_cold('warm')} | "
                     f"{cell('one_changed')}{same_as_cold('one')} "
                     f"| {cell('pyshacl')}{speedup} | {truth} |")
    lines += ["", "| documents | shard 1/2 | shard 2/2 | `kg report merge` | merged = one run "
                  "| Dask, 2 local workers | Dask = one run |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        if "shards" not in r:
            continue
        s1, s2 = (f"{m['wall']:.2f} s / {m['rss_mb']} MB" for m in r["shards"])
        same = {True: "byte-identical", False: "DIFFERENT"}
        dask = r.get("dask")
        dask_wall = f"{dask['wall']:.2f} s" if dask else "not run"
        dask_same = same[r["dask_identical"]] if dask else ""
        lines.append(f"| {r['documents']:,} | {s1} | {s2} | {r['merge']['wall']:.2f} s / "
                     f"{r['merge']['rss_mb']} MB | {same[r['merge_identical']]} | {dask_wall} | "
                     f"{dask_same} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    parser.add_argument("--work", type=Path, default=HERE / ".work")
    parser.add_argument("--build-max", type=int, default=10000,
                        help="largest N to run `kg build` on")
    parser.add_argument("--distributed-max", type=int, default=1000,
                        help="largest N to run shard-and-merge and the Dask executor on")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the warm and one-changed checks (and of the paper "
                             "alone), of which the median is shown")
    parser.add_argument("--pyshacl-max", type=int, default=100,
                        help="largest N to run the pySHACL engine on (about 2 s a document "
                             "here, so 1,000 documents would take over half an hour)")
    parser.add_argument("--ground-truth-only", action="store_true",
                        help="only write each corpus, check it cold and compare the report "
                             "with its ground-truth.json (printed; results.json untouched)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.ground_truth_only:
        for n in args.sizes:
            print(json.dumps(ground_truth(n, args.work)), flush=True)
        return
    paper = median([measure([*KG, "check", "--no-cache", "--format", "text"], args.work)
                    for _ in range(args.repeat)])
    rows = []
    for n in args.sizes:
        rows.append(run_size(n, args.work, args))
        print(json.dumps(rows[-1]), flush=True)
    machine = {"python": platform.python_version(), "cpus": os.cpu_count(),
               "platform": platform.platform()}
    results = {"machine": machine, "paper": {"wall": round(paper["wall"], 2),
                                             "rss_mb": round(paper["rss_mb"])}, "sizes": rows}
    (HERE / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    text = (f"The paper alone, `kg check` (process start to printed report, no cache): "
            f"{paper['wall']:.2f} s, {round(paper['rss_mb'])} MB.\n\n" + markdown(rows))
    (HERE / "results.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
