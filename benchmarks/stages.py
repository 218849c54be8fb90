"""Where a cold check's time goes: milliseconds a document, by stage, on one core.

    python benchmarks/stages.py                      # 100 generated documents, seed 0
    python benchmarks/stages.py --documents 300 --seed 1

Writes a corpus with `kg synth` into a temporary folder and runs each stage of
`kg.check.pipeline.check_one` on every document in turn, the way a worker does
(the cycle collector paused while a document is checked, its garbage collected
after). Not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from collections import Counter
from pathlib import Path

from kg.build import BuildResult, build_document
from kg.check import run as check_run
from kg.check.agreement import summarise
from kg.check.oxigraph import let_go
from kg.check.pipeline import _warm_up
from kg.corpus import read_document
from kg.diagnose import diagnose
from kg.diagnose import run as diagnose_run
from kg.summary import summarise_document
from kg.synth import write_corpus

STAGES = ("read Turtle", "build", "validate", "assemble findings", "diagnose",
          "  of which what-if verification", "summarise (agreement, listings)",
          "collect cycles")


def profile(folders: list[Path]) -> Counter[str]:
    spent: Counter[str] = Counter()
    # the diagnosis asks its what-ifs through all_hold (quick_verdicts is no longer called
    # from kg.diagnose.run)
    verdicts = diagnose_run.all_hold

    def timed_verdicts(*args, **kwargs):
        t = time.perf_counter()
        try:
            return verdicts(*args, **kwargs)
        finally:
            spent["  of which what-if verification"] += time.perf_counter() - t

    diagnose_run.all_hold = timed_verdicts
    try:
        for folder in folders:
            gc.disable()
            t = time.perf_counter()
            source = read_document(folder)
            spent["read Turtle"] += (t1 := time.perf_counter()) - t
            built = build_document(source)
            spent["build"] += (t2 := time.perf_counter()) - t1
            assert built is not None, f"{folder} did not build"
            results, explained = check_run.validate([built])
            spent["validate"] += (t3 := time.perf_counter()) - t2
            one = BuildResult([built], [], [])
            report = check_run.assemble(one, built.graph, results, explained)
            spent["assemble findings"] += (t4 := time.perf_counter()) - t3
            if any(s == "violation" for s in report.relations.values()):
                diagnose(one, report)
            spent["diagnose"] += (t5 := time.perf_counter()) - t4
            summarise(built), summarise_document(built)
            spent["summarise (agreement, listings)"] += (t6 := time.perf_counter()) - t5
            # as check_one: the document's graph let go of, its garbage collected before
            # the collector is on again
            del source, built, one, report, results, explained
            let_go()
            gc.collect(1)
            gc.enable()
            spent["collect cycles"] += time.perf_counter() - t6
    finally:
        diagnose_run.all_hold = verdicts
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    _warm_up()
    gc.freeze()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, documents=args.documents, seed=args.seed)
        folders = sorted(p for p in corpus.iterdir() if p.is_dir())
        start = time.perf_counter()
        spent = profile(folders)
        total = time.perf_counter() - start
    n = len(folders)
    print(f"| stage | ms a document ({n} generated documents, one core) |")
    print("|---|---|")
    for stage in STAGES:
        print(f"| {stage} | {1000 * spent[stage] / n:.1f} |")
    print(f"| **total** | **{1000 * total / n:.1f}** |")


if __name__ == "__main__":
    main()
