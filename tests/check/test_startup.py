"""Startup (issue 32, the paper alone under 0.5 s): what ``kg check`` no longer loads, and the
compiled forms it reads instead of their sources, held equal to those sources."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import BNode, Graph, Literal

import kg.numbers as numbers
import kg.vocab as vocab
from kg.diagnose.network import Network
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


def _imported_by_check(tmp_path: Path, *options: str) -> set[str]:
    """Every module a cold ``kg check`` of the paper alone imports (``-X importtime``)."""
    proc = _run(tmp_path, "-X", "importtime", "-m", "kg", "check", "--claims",
                str(_paper(tmp_path)), "--no-cache", *options)
    assert "difference" in proc.stdout
    return {m[1].strip() for m in re.finditer(r"^import time:.*\|.*\| (.*)$", proc.stderr,
                                              re.MULTILINE)}


def test_checking_the_paper_imports_neither_networkx_nor_babel(tmp_path: Path) -> None:
    """networkx (the diagnosis's network) and babel (currency names) cost about 0.1 s each
    of a cold check; neither is needed to check the paper."""
    modules = _imported_by_check(tmp_path)
    assert "kg.diagnose.run" in modules  # the paper has violations: it was diagnosed
    assert {m.split(".")[0] for m in modules} & {"networkx", "babel", "pyparsing"} == set()
    assert "rich.table" not in modules  # only a table needs it


def test_a_json_report_imports_no_rich(tmp_path: Path) -> None:
    modules = _imported_by_check(tmp_path, "--format", "json")
    assert "kg.diagnose.run" in modules
    assert not [m for m in modules if m.split(".")[0] == "rich"]


def test_a_check_process_runs_no_cycle_collection(tmp_path: Path) -> None:
    """kg check, a process of its own, collects no garbage of one document: not after
    checking it, not after printing the report, not at exit (each scanned all the run
    made)."""
    script = tmp_path / "probe.py"
    script.write_text(
        "import gc, os, sys\n"
        "gc.callbacks.append(lambda phase, info: phase == 'stop' and os.write(2, b'gc\\n'))\n"
        f"sys.argv = ['kg', 'check', '--claims', {str(_paper(tmp_path))!r}, '--no-cache']\n"
        "from kg.cli import main\n"
        "os.write(2, b'main\\n')\n"
        "main()\n", encoding="utf-8")
    proc = _run(tmp_path, str(script))
    assert "difference" in proc.stdout
    assert proc.stderr.split("main\n", 1)[1].split() == []


def test_only_the_last_document_checked_in_process_is_not_collected(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.check import executors, pipeline
    collects: list[bool] = []
    monkeypatch.setattr(pipeline, "check_one",
                        lambda folder, engine, keep_graph, collect=True: collects.append(collect))
    list(executors.local([Path("a"), Path("b"), Path("c")], "oxigraph", 1))
    assert collects == [True, True, False]


# --- the diagnosis's network: the networkx operations it used ---------------------------


def test_the_network_answers_as_networkx_did() -> None:
    nx = pytest.importorskip("networkx")
    rng = random.Random(32)
    for _ in range(50):
        ours, theirs = Network(), nx.Graph()
        for n in range(rng.randrange(1, 25)):
            status = rng.choice(["pass", "violation"])
            for net in (ours, theirs):
                net.add_node(f"n{n}", status=status)
                net.add_node(f"n{n}", kind="relation")  # a second call adds to the first
        for _ in range(rng.randrange(0, 30)):
            a, b = f"n{rng.randrange(30)}", f"n{rng.randrange(30)}"
            ours.add_edge(a, b)
            theirs.add_edge(a, b)
        within = {f"n{rng.randrange(30)}" for _ in range(rng.randrange(0, 20))}
        assert sorted(map(sorted, ours.components(within))) == \
            sorted(map(sorted, nx.connected_components(theirs.subgraph(within))))
        for node in theirs.nodes:
            assert node in ours
            assert list(ours[node]) == list(theirs[node])
            assert list(ours.neighbors(node)) == list(theirs.neighbors(node))
            assert ours.nodes[node] == theirs.nodes[node]


# --- the ontology's compiled Turtle -------------------------------------------------------


def test_the_compiled_turtle_is_the_turtle_as_it_is() -> None:
    """ontology/compiled/turtle.json is what compiling the Turtle writes now (after an edit
    of the ontology: ``python -m kg.vocab``)."""
    assert (vocab.ontology_dir() / vocab.COMPILED).read_text(encoding="utf-8") == \
        vocab.compiled_text(), "run python -m kg.vocab"


def _calls(graph: Graph, parse: bool, path: Path) -> tuple[list, list]:
    """The triples added and prefixes bound, parsing ``path`` or replaying it; blank nodes
    numbered in order of first use, each term with what rdflib makes of it."""
    recorder = vocab._Recorder()
    recorder.recording = True
    if parse:
        recorder.parse(path, format="turtle")
    else:
        vocab._replay(recorder, vocab._compiled()[path.relative_to(vocab.ontology_dir())
                                                  .as_posix()])
    blanks: dict[BNode, int] = {}

    def seen(term: Any) -> tuple:
        if isinstance(term, BNode):
            return ("blank", blanks.setdefault(term, len(blanks)))
        if isinstance(term, Literal):
            return ("literal", str(term), term.datatype, term.language, term.ill_typed,
                    repr(term.value))
        return (type(term).__name__, str(term))

    return [tuple(map(seen, t)) for t in recorder.added], recorder.bound


@pytest.mark.parametrize("name", sorted(p.relative_to(vocab.ontology_dir()).as_posix()
                                        for p in vocab.ontology_dir().rglob("*.ttl")))
def test_replaying_a_file_makes_the_calls_parsing_it_makes(name: str) -> None:
    """The same triples in the same order (rdflib's indexes answer in insertion order),
    the same literals (value, ill-typed or not) and the same prefixes."""
    path = vocab.ontology_dir() / name
    assert _calls(Graph(), True, path) == _calls(Graph(), False, path)


def test_replayed_graphs_are_the_parsed_graphs() -> None:
    for paths in (sorted(vocab.ontology_dir().glob("*.ttl")),
                  sorted(vocab.shapes_dir().glob("*.ttl"))):
        replayed = vocab._parse_all(paths)
        parsed = vocab.bind_prefixes(Graph(bind_namespaces="none"))
        for path in paths:
            parsed.parse(path, format="turtle")
        assert len(replayed) == len(parsed)
        assert list(replayed.namespaces()) == list(parsed.namespaces())
        # a file's blank nodes keep the parser's numbering (output is sorted by it)
        labels = {re.sub(r"^n[0-9a-f]{32}", "", str(b)) for g in (replayed, parsed)
                  for t in g for b in t if isinstance(b, BNode)}
        assert all(re.fullmatch(r"b[0-9]+", label) for label in labels)


def test_an_edited_turtle_file_is_parsed_not_replayed(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "ontology"
    shutil.copytree(vocab.ontology_dir(), copy)
    edited = copy / "shapes" / "sum.ttl"
    edited.write_text(edited.read_text(encoding="utf-8") +
                      "\n<urn:x:edited> <urn:x:p> \"new\" .\n", encoding="utf-8")
    monkeypatch.setattr(vocab, "ontology_dir", lambda: copy)
    vocab._compiled.cache_clear()
    try:
        graph = vocab._parse_all(sorted((copy / "shapes").glob("*.ttl")))
    finally:
        vocab._compiled.cache_clear()
    assert (None, None, Literal("new")) in graph


def test_without_the_compiled_file_the_turtle_is_parsed(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "ontology"
    shutil.copytree(vocab.ontology_dir(), copy)
    (copy / vocab.COMPILED).unlink()
    monkeypatch.setattr(vocab, "ontology_dir", lambda: copy)
    vocab._compiled.cache_clear()
    try:
        graph = vocab._parse_all(sorted(copy.glob("*.ttl")))
    finally:
        vocab._compiled.cache_clear()
    assert len(graph) == len(vocab.vocabulary_graph())


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
