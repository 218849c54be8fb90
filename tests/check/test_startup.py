"""Startup (issue 32, the paper alone under 0.5 s): what ``kg check`` no longer loads or
runs, and babel's currency names it reads kept, held equal to babel's own."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg.numbers as numbers
from tests.conftest import PAPER_DIR

ROOT = Path(__file__).resolve().parents[2]


def _paper(tmp_path: Path) -> Path:
    claims = tmp_path / "claims"
    shutil.copytree(PAPER_DIR / "china-us-ecommerce-2014", claims / "china-us-ecommerce-2014")
    return claims


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr[-2000:]  # the paper's two violations
    return proc


def _probe(tmp_path: Path, prelude: str, before_main: str = "",
           claims: Path | None = None) -> subprocess.CompletedProcess[str]:
    """A cold ``kg check`` of the paper (or of ``claims``) in a process of its own that runs
    ``prelude`` first (imports ``os`` and ``sys`` itself) and ``before_main`` just before it."""
    script = tmp_path / "probe.py"
    script.write_text(
        prelude +
        f"sys.argv = ['kg', 'check', '--claims', {str(claims or _paper(tmp_path))!r}, "
        "'--no-cache']\n"
        "from kg.cli import main\n" + before_main + "main()\n", encoding="utf-8")
    proc = _run(tmp_path, str(script))
    assert "difference" in proc.stdout
    return proc


def _imported_by_check(tmp_path: Path, *options: str) -> set[str]:
    """Every module a cold ``kg check`` of the paper alone imports (``-X importtime``)."""
    proc = _run(tmp_path, "-X", "importtime", "-m", "kg", "check", "--claims",
                str(_paper(tmp_path)), "--no-cache", *options)
    assert "difference" in proc.stdout
    return {m[1].strip() for m in re.finditer(r"^import time:.*\|.*\| (.*)$", proc.stderr,
                                              re.MULTILINE)}


def test_checking_the_paper_imports_no_babel(tmp_path: Path) -> None:
    """babel (currency names, about 0.1 s of a cold check) and rdflib's SPARQL grammar
    (pyparsing) are not needed to check the paper; networkx is, for its diagnosis."""
    modules = _imported_by_check(tmp_path)
    assert "kg.diagnose.run" in modules  # the paper has violations: it was diagnosed
    assert {m.split(".")[0] for m in modules} & {"babel", "pyparsing"} == set()
    assert "rich.table" not in modules  # only a table needs it


def test_a_json_report_imports_no_rich(tmp_path: Path) -> None:
    modules = _imported_by_check(tmp_path, "--format", "json")
    assert "kg.diagnose.run" in modules
    assert not [m for m in modules if m.split(".")[0] == "rich"]


def test_a_check_process_runs_no_cycle_collection(tmp_path: Path) -> None:
    """kg check, a process of its own, collects no garbage of one document: not after
    checking it, not after printing the report, not at exit (each scanned all the run
    made)."""
    proc = _probe(tmp_path,
                  "import gc, os, sys\n"
                  "gc.callbacks.append(lambda phase, info: phase == 'stop' and "
                  "os.write(2, b'gc\\n'))\n",
                  before_main="os.write(2, b'main\\n')\n")
    assert proc.stderr.split("main\n", 1)[1].split() == []


def test_a_check_process_leaves_what_it_made_out_of_the_collection_at_exit(
        tmp_path: Path) -> None:
    """The interpreter's finalisation collects once more even with the collector off (and
    tells no gc.callbacks): kg check freezes what it made first, so that collection scans
    nothing of the run (about 60 ms of the paper's check)."""
    proc = _probe(tmp_path,
                  "import atexit, gc, os, sys\n"
                  # registered first, run last of the exit handlers: what the final
                  # collection scans
                  "atexit.register(lambda: os.write(2, f'tracked {len(gc.get_objects())} "
                  "frozen '\n"
                  "                                    f'{gc.get_freeze_count()}\\n'.encode()))\n")
    found = re.search(r"^tracked (\d+) frozen (\d+)$", proc.stderr, re.MULTILINE)
    assert found, proc.stderr[-2000:]
    tracked, frozen = int(found.group(1)), int(found.group(2))
    assert frozen > 10_000 and tracked < 1_000


def test_only_the_last_document_checked_in_process_is_not_collected(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.check import executors, pipeline
    collects: list[bool] = []
    monkeypatch.setattr(pipeline, "check_one", lambda folder, engine, keep_graph,
                        collect=True, lean=False: collects.append(collect))
    list(executors.local([Path("a"), Path("b"), Path("c")], "oxigraph", 1))
    assert collects == [True, True, False]


def test_checking_one_document_for_its_report_alone_summarises_nothing(
        tmp_path: Path) -> None:
    """The summaries of a document's figures (agreement across documents) and of what it
    holds (the app's listings) are made where a cache keeps them, a shard carries them or
    another document may share a quantity: not for kg check's report of one document."""
    from kg.check.pipeline import check_folder
    from kg.report.json_report import to_dict

    claims = _paper(tmp_path)
    full = check_folder(claims, cache_dir=None)
    lean = check_folder(claims, cache_dir=None, summaries=False)
    assert to_dict(lean.report, "violation") == to_dict(full.report, "violation")
    [(_, made)], [(_, left)] = full.outcomes, lean.outcomes
    assert made.figures is not None and made.summary is not None
    assert left.figures is None and left.summary is None
    [(_, cached)] = check_folder(claims, cache_dir=tmp_path / "cache",
                                 summaries=False).outcomes
    assert cached.figures is not None and cached.summary is not None  # kept for later runs
    shutil.copytree(ROOT / "claims" / "world-population-2019", claims / "world-population-2019")
    two = check_folder(claims, cache_dir=None, summaries=False)
    assert all(o.figures is not None for _, o in two.outcomes)  # agreement pairs them
    (tmp_path / "run").mkdir()
    assert "kg.summary" not in _imported_by_check(tmp_path / "run")


def test_checking_the_paper_parses_no_shape_and_no_vocabulary_file(tmp_path: Path) -> None:
    """The vocabulary's lookups come from kg/vocabulary-readings.json and the shapes graph
    from kg/shapes-graph.json: rdflib parses no file of ontology/, and the report is the
    one parsing everything gives."""
    claims = _paper(tmp_path)

    def probe(before: str) -> subprocess.CompletedProcess[str]:
        script = tmp_path / "probe.py"
        script.write_text(
            "import os, sys\n"
            "import kg.vocab as vocab\n"
            f"{before}\n"
            "parse = vocab._parse_all\n"
            "vocab._parse_all = lambda paths: os.write(2, ('parsed ' + ' '.join(sorted(\n"
            "    p.parent.name for p in paths)) + '\\n').encode()) and parse(paths)\n"
            f"sys.argv = ['kg', 'check', '--claims', {str(claims)!r}, '--no-cache']\n"
            "from kg.cli import main\n"
            "main()\n", encoding="utf-8")
        return _run(tmp_path, str(script))

    kept = probe("")
    assert "difference" in kept.stdout
    assert kept.stderr.splitlines() == []
    # (and without the kept checks: with them, a check of the paper needs no shapes graph)
    parsed = probe("import pathlib; vocab.READINGS = pathlib.Path('no-such-file.json')\n"
                   "import kg.check.kept as kept; kept.KEPT_GRAPH = vocab.READINGS\n"
                   "kept.KEPT = vocab.READINGS")
    shapes = len(list((ROOT / "ontology" / "shapes").glob("*.ttl")))
    assert "parsed " + " ".join(["shapes"] * shapes) in parsed.stderr.splitlines()
    assert "parsed ontology ontology" in parsed.stderr.splitlines()
    assert parsed.stdout == kept.stdout


# --- babel's currency names ---------------------------------------------------------------


def test_the_kept_currency_names_are_babels() -> None:
    """kg/currency-names.json is what the installed babel writes (after an upgrade of babel
    or a new currency: ``python -m kg.numbers``)."""
    assert numbers.BABEL_NAMES.read_text(encoding="utf-8") == numbers.babel_names_text(), \
        "run python -m kg.numbers"
    kept = json.loads(numbers.BABEL_NAMES.read_text(encoding="utf-8"))
    assert kept["babel"] == __import__("babel").__version__
    assert numbers.kept_babel_names() == numbers.babel_names(numbers.CURRENCIES)


def test_another_babel_is_asked_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(numbers, "babel_version", lambda: "0.0-other")
    monkeypatch.setattr(numbers, "babel_names", lambda codes: asked.append(codes) or {})
    assert numbers.kept_babel_names() == {}
    assert asked == [numbers.CURRENCIES]
