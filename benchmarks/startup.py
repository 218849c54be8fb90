"""The paper alone, `kg check` from process start to printed report: cold and warm.

    python benchmarks/startup.py                          # this tree, 9 runs of each
    python benchmarks/startup.py --runs 15 --against /work/main   # before and after

Copies the bundled paper (claims/china-us-ecommerce-2014) alone into a temporary claims
folder and runs, each in a new process with its report written to a pipe as CI reads it:

* cold: ``kg check --claims PAPER --no-cache`` (nothing kept from an earlier run);
* warm: ``kg check --claims PAPER --cache-dir DIR`` after one run filled DIR.

Wall time is the median of ``--runs``, and so is CPU time (user and system: on a shared
machine less noisy than wall time); memory the largest peak resident set of any run
(``os.wait4``'s ru_maxrss of that process). Modules are imported from bytecode, as from
an installed package: one run first compiles them into a temporary ``PYTHONPYCACHEPREFIX``
(so neither tree is written to; without bytecode, compiling claimgraph's sources took
0.1 to 0.3 s of every run). With ``--against TREE`` the same commands run
with TREE's code too (``PYTHONPATH=TREE``, e.g. the main branch's checkout), alternated run
by run so that both see the same load, and the two reports are compared byte for byte.
Not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAPER = "china-us-ecommerce-2014"


def run_measured(tree: Path, args: list[str], cwd: Path) -> tuple[float, float, float, bytes]:
    """Wall seconds, CPU seconds (user and system), peak resident set (MB; both os.wait4's)
    and standard output of ``python -m kg ARGS`` run with ``tree``'s code."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONPYCACHEPREFIX": str(cwd / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=cwd, env=env,
                                stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{tree}: kg {' '.join(args)} exited {proc.returncode}: "
                             f"{err.read().decode()[-500:]}")
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--against", type=Path, default=None, metavar="TREE",
                        help="another checkout of claimgraph to time alternately (before)")
    args = parser.parse_args()
    trees = {"this tree": ROOT}
    if args.against is not None:
        trees = {f"before ({args.against})": args.against.resolve(), "after (this tree)": ROOT}
    with tempfile.TemporaryDirectory(prefix="kg-startup-") as tmp:
        work = Path(tmp)
        claims = work / "claims"
        shutil.copytree(ROOT / "claims" / PAPER, claims / PAPER)
        caches = {name: work / f"cache-{n}" for n, name in enumerate(trees)}
        commands = {
            "cold": lambda name: ["check", "--claims", str(claims), "--no-cache"],
            "warm": lambda name: ["check", "--claims", str(claims),
                                  "--cache-dir", str(caches[name])],
        }
        for name, tree in trees.items():  # compile the code once, fill each warm cache
            run_measured(tree, commands["cold"](name), work)
            run_measured(tree, commands["warm"](name), work)
        results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        reports: dict[tuple[str, str], set[bytes]] = {}
        for _ in range(args.runs):
            for kind, command in commands.items():
                for name, tree in trees.items():
                    wall, cpu, rss, out = run_measured(tree, command(name), work)
                    results.setdefault((kind, name), []).append((wall, cpu, rss))
                    reports.setdefault((kind, name), set()).add(out)
    print(f"kg check of the paper alone, {args.runs} runs each, load average "
          f"{os.getloadavg()[0]:.1f} at the end, {os.cpu_count()} CPUs")
    print("| run | code | median wall | min / max wall | median CPU (user + system) | "
          "peak memory |")
    print("|---|---|---|---|---|---|")
    for (kind, name), runs in results.items():
        walls = [w for w, _, _ in runs]
        print(f"| {kind} | {name} | {statistics.median(walls):.2f} s | "
              f"{min(walls):.2f} / {max(walls):.2f} s | "
              f"{statistics.median(c for _, c, _ in runs):.2f} s | "
              f"{max(r for _, _, r in runs):.0f} MB |")
    every = set().union(*reports.values())
    print("reports: " + ("all byte-identical" if len(every) == 1 else
                         f"{len(every)} different texts (cold, warm, trees)"))


if __name__ == "__main__":
    main()
