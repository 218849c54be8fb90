"""`kg read` of one document from process start, in CPU seconds: what a user waits for.

    python benchmarks/read_startup.py                              # this tree, 5 runs each
    python benchmarks/read_startup.py --runs 5 --against /path/to/tree-before

Reads one development document of each format (a text, a PDF with a table, a web page, a
Markdown file) with ``python -m kg read FILE --claims TMP``, each in a new process, and
reports the median CPU time (user and system of the child: on a shared machine less noisy
than wall time). Modules are imported from bytecode, as from an installed package (one
run first compiles them into a temporary ``PYTHONPYCACHEPREFIX`` per tree). With
``--against TREE`` the same reads run with TREE's code (``PYTHONPATH=TREE``), alternated run
by run so that both see the same load. Not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks" / "reading" / "dev"
DOCUMENTS = ("373-cattle-slaughterings.txt", "375-salmon-exports.pdf",
             "387-escape-room-prices.html", "97-glenmorrow-visitor-survey.md")


def cpu_of_read(tree: Path, document: Path, cache: Path) -> float:
    """CPU seconds of one `kg read` of ``document`` with ``tree``'s code, in a new process."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "kg", "read", str(document), "--claims", tmp],
                       check=True, capture_output=True, env=env, cwd=tmp)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another tree to time side by side")
    args = parser.parse_args(argv)
    trees = {"this": ROOT} | ({"against": args.against.resolve()} if args.against else {})
    documents = [DEV / name for name in DOCUMENTS if (DEV / name).is_file()]
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as caches:
        for name, tree in trees.items():  # bytecode first, untimed
            cpu_of_read(tree, documents[0], Path(caches) / name)
        for run in range(args.runs):
            for document in documents:
                order = list(trees.items())
                for name, tree in order if run % 2 == 0 else order[::-1]:
                    times.setdefault((document.name, name), []).append(
                        cpu_of_read(tree, document, Path(caches) / name))
    for document in documents:
        line = f"{document.name:40s}" + "".join(
            f"  {name} {statistics.median(times[(document.name, name)]):.2f} s"
            for name in trees)
        print(line + f"  (CPU, medians of {args.runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
