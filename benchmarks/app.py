"""The app at scale, measured in a browser: Debian's Chromium driven by Playwright.

For N generated documents (``kg synth``, seed 0) it checks the corpus cold with
``kg check`` (filling the cache the app reads), then, for each run:

- starts ``kg app`` afresh on that corpus and cache, and times each page's *first render
  after the cold check*: a new app process, the page opened cold on its deep link, from
  navigation to the page's own content on screen (one new app process a page, so every
  page is some process's first);
- opens each page again in that process (*warm*: the app has read the corpus once);
- switches on a diagnosis's what-if and times it until the corrected arithmetic is shown;
- runs a SPARQL query: the first fills the app's store (once per corpus), then again.

Each number is the median of ``--runs`` runs; the app's peak memory (VmHWM of the
Streamlit process) is the largest seen, per page (each page's runs are in a process of
their own; the SPARQL page's includes filling the store).  Writes
``benchmarks/app-results.json`` and prints the Markdown table that goes in the README.

    python benchmarks/app.py --documents 1000 --runs 3
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
KG = str(Path(sys.executable).with_name("kg"))

#: page -> (deep link, what shows that it has rendered: a text, or a CSS selector)
PAGES = {
    "Overview": ("", "text=/relations consistent/"),
    "Findings": ("findings", "text=/\\d+ of [\\d,]+ findings/"),
    "Entities": ("entities", "[data-testid='stDataFrame']"),
    "Source": ("source", "mark"),
    "SPARQL": ("sparql", "text=Named query"),
}


def run(cmd: list[str]) -> float:
    """Wall time of a command that must succeed (kg check's 1 is findings, not failure)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.decode()[-2000:]}")
    return time.perf_counter() - start


class App:
    """``kg app`` on the corpus, stopped with its Streamlit child when done."""

    def __init__(self, claims: Path, cache: Path) -> None:
        from kg.serve import free_port
        self.port = free_port()
        self.process = subprocess.Popen(
            [KG, "app", "--claims", str(claims), "--cache-dir", str(cache),
             "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "STREAMLIT_SERVER_HEADLESS": "true"})
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2).read()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("kg app did not start")

    def peak_mb(self) -> float:
        """The Streamlit child's peak resident memory."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        pids = children.read_text().split() if children.exists() else []
        peak = 0
        for pid in pids:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        return peak / 1024

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def timed_open(browser, url: str, marker: str, timeout_s: float = 600) -> float:
    """From navigation to the marker on screen, in a new browser context (cold: no
    session, no browser cache)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.locator(marker).first.wait_for(timeout=timeout_s * 1000)
    took = time.perf_counter() - start
    context.close()
    return took


def timed_what_if(browser, url: str) -> float | None:
    """Findings with a what-if switch: from the click to the corrected arithmetic shown."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{url}/findings?severity=violation")
    switch = page.get_by_text("What if", exact=False).first
    switch.wait_for(timeout=120_000)
    start = time.perf_counter()
    switch.click()
    page.get_by_text("As corrected").first.wait_for(timeout=120_000)
    page.get_by_text("Clears:", exact=False).first.wait_for(timeout=120_000)
    took = time.perf_counter() - start
    context.close()
    return took


def timed_query(browser, url: str) -> float:
    return timed_open(browser, f"{url}/sparql?name=claims-in-violations&run=1",
                      "text=/^[\\d,]+ rows$/")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("build/bench-app"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    work = args.workdir / str(args.documents)
    claims, cache = work / "claims", work / "cache"
    if not claims.exists():
        run([KG, "synth", "--documents", str(args.documents), "--output", str(claims)])
    shutil.rmtree(cache, ignore_errors=True)
    cold_check = run([KG, "check", "--claims", str(claims), "--cache-dir", str(cache),
                      "--format", "json", "--output", str(work / "report.json")])
    print(f"kg check, cold: {cold_check:.1f} s", file=sys.stderr)
    first: dict[str, list[float]] = {name: [] for name in PAGES}
    warm: dict[str, list[float]] = {name: [] for name in PAGES}
    what_if: list[float] = []
    query_first: list[float] = []
    query_again: list[float] = []
    peak: dict[str, float] = {name: 0.0 for name in PAGES}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu"])
        for n in range(args.runs):
            for name, (path, marker) in PAGES.items():
                app = App(claims, cache)
                try:
                    first[name].append(timed_open(browser, f"{app.url}/{path}", marker))
                    warm[name].append(timed_open(browser, f"{app.url}/{path}", marker))
                    if name == "Findings":
                        what_if.append(timed_what_if(browser, app.url))
                    if name == "SPARQL":
                        if n == 0:  # the store is kept on disk: filled once per corpus
                            shutil.rmtree(cache / "app-store", ignore_errors=True)
                        query_first.append(timed_query(browser, app.url))
                        query_again.append(timed_query(browser, app.url))
                    peak[name] = max(peak[name], app.peak_mb())
                finally:
                    app.stop()
                print(f"run {n + 1}: {name} {first[name][-1]:.2f} s first, "
                      f"{warm[name][-1]:.2f} s warm", file=sys.stderr)
        browser.close()
    median = statistics.median
    results = {
        "documents": args.documents, "runs": args.runs, "cold_check_s": round(cold_check, 2),
        "first_render_s": {k: round(median(v), 2) for k, v in first.items()},
        "warm_render_s": {k: round(median(v), 2) for k, v in warm.items()},
        "what_if_s": round(median(what_if), 2),
        "first_query_s": round(query_first[0], 2) if query_first else None,
        "query_s": round(median(query_again), 2),
        "query_store_kept_s": round(median(query_first[1:]), 2) if len(query_first) > 1
        else None,
        # each page in its own app process: its peak, the SPARQL one's with the store filled
        "peak_mb": {k: round(v) for k, v in peak.items()},
    }
    out = HERE / "app-results.json"
    previous = json.loads(out.read_text()) if out.exists() else {}
    previous[str(args.documents)] = results
    out.write_text(json.dumps(previous, indent=2) + "\n")
    print(table(previous))


def table(results: dict) -> str:
    lines = ["| documents | page | first render after the cold check | warm |",
             "|---|---|---|---|"]
    for size, r in sorted(results.items(), key=lambda kv: int(kv[0])):
        for name in PAGES:
            lines.append(f"| {int(size):,} | {name} | {r['first_render_s'][name]:.2f} s | "
                         f"{r['warm_render_s'][name]:.2f} s |")
        lines.append(f"| {int(size):,} | what-if (click to corrected arithmetic) | | "
                     f"{r['what_if_s']:.2f} s |")
        lines.append(f"| {int(size):,} | SPARQL query, store filled first / kept / again | "
                     f"{r['first_query_s']:.2f} s / {r['query_store_kept_s'] or 0:.2f} s | "
                     f"{r['query_s']:.2f} s |")
    def peaks(r: dict) -> str:
        if isinstance(r["peak_mb"], dict):
            return ", ".join(f"{k} {v:,} MB" for k, v in r["peak_mb"].items())
        return f"{r['peak_mb']:,} MB"
    extra = "; ".join(f"{int(k):,} documents: kg check cold {r['cold_check_s']:.0f} s; the "
                      f"app's peak memory by page: {peaks(r)}" for k, r in sorted(
                          results.items(), key=lambda kv: int(kv[0])))
    return "\n".join(lines) + f"\n\n{extra}\n"


if __name__ == "__main__":
    main()
