"""Incremental, parallel checks: only what changed is checked again, and the report is
the same whichever way it was made."""

from __future__ import annotations

import gc
import hashlib
import pickle
import shutil
import time
from pathlib import Path

import pytest

from kg.check import executors, keys, pipeline
from kg.check.keys import FileDigests
from kg.check.model import Finding, Quote, Suppression
from kg.check.pipeline import FolderRun, check_folder
from kg.check.shard import Shard
from kg.report.json_report import to_json
from kg.synth import write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "claims", documents=9, seed=2)
    (tmp_path / "claims" / "ground-truth.json").unlink()
    return tmp_path / "claims"


def _checked_cold(root: Path, *, bundled: bool = False) -> FolderRun:
    """A cold run of the nine generated documents (and the bundled ones) under ``root``,
    named by paths relative to it: the cache's keys and the report name a document by the
    path it was given, so a copy of ``root`` is warm wherever it is copied to."""
    write_corpus(root / "claims", documents=9, seed=2)
    (root / "claims" / "ground-truth.json").unlink()
    if bundled:
        from kg.vocab import bundled_claims_dir
        for folder in bundled_claims_dir().iterdir():
            if folder.is_dir():
                shutil.copytree(folder, root / "claims" / folder.name)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        return check_folder(Path("claims"), cache_dir=Path("cache"), jobs=1)


@pytest.fixture(scope="module")
def _cold_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, FolderRun]:
    """The generated corpus checked cold once a module (3 to 4 s of CPU each time a test
    did it)."""
    root = tmp_path_factory.mktemp("cold")
    return root, _checked_cold(root)


@pytest.fixture(scope="module")
def _cold_once_with_bundled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, FolderRun]:
    root = tmp_path_factory.mktemp("cold-bundled")
    return root, _checked_cold(root, bundled=True)


def _copy_of(cold: tuple[Path, FolderRun], to: Path,
             monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, FolderRun]:
    """The corpus, its cache after the cold run (a copy of its own for the test to change)
    and the cold run, with the working folder at the copy."""
    root, run = cold
    shutil.copytree(root, to)
    monkeypatch.chdir(to)
    return Path("claims"), Path("cache"), run


@pytest.fixture
def checked(_cold_once, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, FolderRun]:
    """The generated corpus, its cache after a cold run, and that run."""
    return _copy_of(_cold_once, tmp_path / "checked", monkeypatch)


@pytest.fixture
def checked_with_bundled(_cold_once_with_bundled, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, FolderRun]:
    """The generated and the bundled documents, their cache after a cold run, and that run."""
    return _copy_of(_cold_once_with_bundled, tmp_path / "checked", monkeypatch)


def test_warm_run_reuses_everything_and_reports_the_same(checked) -> None:
    corpus, cache, cold = checked
    assert len(cold.checked) == 9 and cold.reused == []
    warm = check_folder(corpus, cache_dir=cache, jobs=1)
    assert warm.checked == [] and len(warm.reused) == 9
    assert to_json(warm.report) == to_json(cold.report)


def test_one_changed_document_is_the_only_one_checked(checked) -> None:
    corpus, cache, _ = checked
    target = sorted(corpus.iterdir())[4]
    claims = target / "claims.ttl"
    text = claims.read_text(encoding="utf-8")
    source = (target / "source.txt").read_text(encoding="utf-8")
    claims.write_text(text + "\n# reviewed\n", encoding="utf-8")
    assert (target / "source.txt").read_text(encoding="utf-8") == source
    warm = check_folder(corpus, cache_dir=cache, jobs=1)
    assert warm.checked == [target.name]
    fresh = check_folder(corpus, cache_dir=None, jobs=1)
    assert to_json(warm.report) == to_json(fresh.report)


def test_a_changed_fact_changes_the_report(checked) -> None:
    corpus, cache, before = checked
    target = sorted(corpus.iterdir())[6]
    doc_id = target.name
    # the document's second relation (a sum): claim its second part ten times larger
    claims = target / "claims.ttl"
    text = claims.read_text(encoding="utf-8")
    sentence_start = text.index(":r-b1 a cg:SumRelation")
    claims.write_text(text[:sentence_start] + text[sentence_start:].replace(
        "cg:part ", "cg:part :f-b0-0, ", 1), encoding="utf-8")
    after = check_folder(corpus, cache_dir=cache, jobs=1)
    assert after.checked == [doc_id]
    changed = {f.id for f in after.report.findings if f.document == doc_id} ^ \
        {f.id for f in before.report.findings if f.document == doc_id}
    assert changed or after.report.relations != before.report.relations


def test_new_shapes_or_code_invalidate_everything(checked, monkeypatch) -> None:
    corpus, cache, _ = checked
    monkeypatch.setattr(keys, "code_fingerprint", lambda: "another version")
    again = check_folder(corpus, cache_dir=cache, jobs=1)
    assert len(again.checked) == 9


def test_the_key_covers_the_code_and_shapes_but_not_the_app() -> None:
    """Editing an app page re-checks nothing; editing a check, a shape or the vocabulary
    re-checks everything (regression: the first version compared the ontology's paths
    with the package's and raised)."""
    names = {f"{root.name}/{path.relative_to(root)}" for root, path in keys.fingerprinted()}
    assert "kg/check/run.py" in names and "kg/summary.py" in names
    assert any(n.startswith("ontology/shapes/") for n in names)
    assert not any(n.startswith(("kg/app/", "kg/_data/")) for n in names)
    assert len(keys.code_fingerprint()) == 64


def test_a_damaged_cache_file_is_ignored(checked) -> None:
    corpus, cache, cold = checked
    for f in cache.rglob("*.cache"):
        f.write_bytes(b"not a kept value")
    again = check_folder(corpus, cache_dir=cache, jobs=1)
    assert len(again.checked) == 9
    assert to_json(again.report) == to_json(cold.report)


def _checked_once_a_document(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """:func:`pipeline.check_one` made to build and check each document once, later calls
    given a copy of that outcome (the documents do not change); the folders it really
    checked, in order.  What a test then asserts of the cache (an entry rejected, the one
    document checked again, the report unchanged) still goes through the run, without 55
    repeats of a 0.4 s check."""
    check_one = pipeline.check_one
    done: dict[tuple[object, ...], bytes] = {}
    real: list[Path] = []

    def once(folder: Path, *args: object, **kwargs: object) -> object:
        key = (folder.resolve(), args, tuple(sorted(kwargs.items())),
               hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.iterdir())
                                       if p.is_file())).digest())
        if key not in done:
            real.append(folder)
            done[key] = pickle.dumps(check_one(folder, *args, **kwargs))  # type: ignore[arg-type]
        return pickle.loads(done[key])  # a copy: nothing the run does to it is kept
    monkeypatch.setattr(pipeline, "check_one", once)
    return real


def test_a_flipped_bit_anywhere_in_an_entry_is_caught(checked, monkeypatch) -> None:
    """Audit: flipped bytes gave a traceback (7 of 12 runs) or a different report (5 of 9
    single-bit flips).  Each entry carries a checksum and is recomputed when it fails."""
    corpus, cache, cold = checked
    # 65 runs, 64 of them checking a document again: each document's first check is real
    # (its report compared with the cold run's), its later ones a copy of it
    real = _checked_once_a_document(monkeypatch)
    # the file digests and the run's keys: damaged, they are worked out again
    indexes = [cache / "files.cache", cache / "plan.cache"]
    entries = sorted(p for p in cache.rglob("*.cache") if p not in indexes)
    # a kept figures file is read by a shard (or for agreement, which these lack)
    figures = sorted(cache.rglob("*.figures"))[:2]
    for n, entry in enumerate(entries + indexes + figures):
        data = bytearray(entry.read_bytes())
        for position in (0, 20, len(data) // 3, len(data) // 2, len(data) - 1):
            flipped = bytearray(data)
            flipped[position] ^= 1 << (n + position) % 8
            entry.write_bytes(bytes(flipped))
            again = check_folder(corpus, cache_dir=cache, jobs=1,
                                 shard=Shard.parse("1/1") if entry in figures else None)
            assert to_json(again.report) == to_json(cold.report)
            assert len(again.checked) == (0 if entry in indexes else 1)
            entry.write_bytes(bytes(data))  # this run wrote it anew; put back the original
    assert check_folder(corpus, cache_dir=cache, jobs=1).checked == []
    assert len(real) == len(set(real)) == 9  # every document's recomputation was real once


@pytest.fixture
def with_bundled(corpus: Path) -> Path:
    """The generated documents (which share no quantity) and the bundled two (which do)."""
    from kg.vocab import bundled_claims_dir
    for folder in bundled_claims_dir().iterdir():
        if folder.is_dir():
            shutil.copytree(folder, corpus / folder.name)
    return corpus


def _reading_kept_figures(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    full = pipeline.OutcomeCache.full

    def recording(self, key, outcome):
        read.append(outcome.doc_id)
        return full(self, key, outcome)
    monkeypatch.setattr(pipeline.OutcomeCache, "full", recording)
    return read


def test_a_warm_run_reads_kept_figures_only_where_documents_share_a_quantity(
        checked_with_bundled, monkeypatch: pytest.MonkeyPatch) -> None:
    with_bundled, cache, cold = checked_with_bundled
    assert any(f.check == "agreement" for f in cold.report.findings)
    read = _reading_kept_figures(monkeypatch)
    warm = check_folder(with_bundled, cache_dir=cache, jobs=1)
    # the weekend's source shares periods of one quantity with the other two (containment);
    # the populations of 2019 share nothing
    assert sorted(read) == ["china-us-ecommerce-2014", "shopping-days-2014",
                            "thanksgiving-weekend-2014"]
    assert warm.checked == [] and to_json(warm.report) == to_json(cold.report)


def test_kept_figures_that_are_gone_get_their_document_checked_again(
        checked_with_bundled) -> None:
    with_bundled, cache, cold = checked_with_bundled
    kept = sorted(cache.rglob("*.figures"))
    assert len(kept) == 13
    for path in kept:
        path.unlink()
    warm = check_folder(with_bundled, cache_dir=cache, jobs=1)
    # the generated documents' figures and the populations' are not needed, so not missed
    assert warm.checked == ["china-us-ecommerce-2014", "shopping-days-2014",
                            "thanksgiving-weekend-2014"]
    assert to_json(warm.report) == to_json(cold.report)


def test_a_shard_reads_every_kept_figure(with_bundled: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A shard report goes to a merge that sees the other shards' documents too."""
    cache = tmp_path / "cache"
    cold = check_folder(with_bundled, cache_dir=cache, jobs=1, shard=Shard.parse("1/1"))
    read = _reading_kept_figures(monkeypatch)
    warm = check_folder(with_bundled, cache_dir=cache, jobs=1, shard=Shard.parse("1/1"))
    assert len(read) == 13 and warm.checked == []
    assert [o.figures for _, o in warm.outcomes] == [o.figures for _, o in cold.outcomes]
    # the bundled documents name entities and periods, and so do the generated ones'
    # dated figures (a month's sales and a day's): kept, though they pair with nothing
    assert {o.doc_id for _, o in warm.outcomes if o.figures.ntriples} == \
        {"china-us-ecommerce-2014", "shopping-days-2014", "thanksgiving-weekend-2014",
         "world-population-2019",
         *(p.name for p in with_bundled.iterdir() if p.name.startswith("synth-"))}


def test_parallel_and_serial_runs_agree(corpus: Path) -> None:
    serial = check_folder(corpus, cache_dir=None, jobs=1)
    parallel = check_folder(corpus, cache_dir=None, jobs=2)
    assert to_json(parallel.report) == to_json(serial.report)


def test_a_document_that_does_not_build_is_reported_and_kept(corpus: Path,
                                                             tmp_path: Path) -> None:
    broken = sorted(corpus.iterdir())[0]
    (broken / "claims.ttl").write_text("this is not turtle", encoding="utf-8")
    cache = tmp_path / "cache"
    run = check_folder(corpus, cache_dir=cache, jobs=1)
    assert run.report.bad_input and run.problems
    assert all(p.document == broken.name for p in run.problems)
    assert len(run.report.documents) == 9
    shutil.rmtree(broken)
    assert len(check_folder(corpus, cache_dir=cache, jobs=1).report.documents) == 8


# --- remembered file digests -------------------------------------------------------------------

def _remembered(digests: FileDigests, path: Path, value: bytes) -> None:
    """Swap the remembered digest, to see whether the next call trusts it."""
    stat, hashed_at, _ = digests.known[str(path)]
    digests.known[str(path)] = (stat, hashed_at, value)


def test_a_settled_unchanged_file_is_not_read_again(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FileDigests, "SETTLED_NS", 0)
    path = tmp_path / "claims.ttl"
    path.write_text("one", encoding="utf-8")
    time.sleep(0.01)
    first = FileDigests(tmp_path / "files.cache")
    assert first.digest(str(path)) == hashlib.sha256(b"one").digest()
    first.save()
    again = FileDigests(tmp_path / "files.cache")
    _remembered(again, path, b"remembered")
    assert again.digest(str(path)) == b"remembered"
    path.write_text("two!", encoding="utf-8")
    assert again.digest(str(path)) == hashlib.sha256(b"two!").digest()


def test_a_file_written_just_before_hashing_is_hashed_again(tmp_path: Path) -> None:
    # a write in the same clock tick as the hashing would leave the stat unchanged
    path = tmp_path / "claims.ttl"
    path.write_text("one", encoding="utf-8")
    digests = FileDigests(None)
    digests.digest(str(path))
    _remembered(digests, path, b"remembered")
    assert digests.digest(str(path)) == hashlib.sha256(b"one").digest()


def test_a_damaged_digest_index_is_ignored(checked) -> None:
    corpus, cache, cold = checked
    (cache / "files.cache").write_bytes(b"not a kept value")
    warm = check_folder(corpus, cache_dir=cache, jobs=1)
    assert len(warm.reused) == 9 and to_json(warm.report) == to_json(cold.report)


def test_findings_survive_the_cache_unchanged(tmp_path: Path) -> None:
    finding = Finding("d/r/sum", "violation", "sum", "does not add up", "d", claims=["c"],
                      quotes=[Quote("9 billion", 3, 12)], expected="9", observed="8",
                      focus="r", figures=["f"], line=4, values={"total": "9"},
                      suppressed_by=Suppression("w", "r", "sum", "an editor", "reviewed",
                                                "2026-11-25", "d", "waivers.ttl", 2))
    keys.write_sealed(tmp_path / "kept.cache", finding)
    assert keys.read_sealed(tmp_path / "kept.cache") == finding
    # the local pool's workers hand outcomes back to the run that forked them as pickles
    assert pickle.loads(pickle.dumps(finding)) == finding


def test_the_digest_index_forgets_deleted_documents(corpus: Path, tmp_path: Path) -> None:
    # a cold run of its own: a copied cache remembers the files of the folder it was
    # copied from as well, so the forgetting would not be seen
    cache = tmp_path / "cache"
    check_folder(corpus, cache_dir=cache, jobs=1)
    gone = sorted(p for p in corpus.iterdir() if p.is_dir())[0]
    shutil.rmtree(gone)
    check_folder(corpus, cache_dir=cache, jobs=1)
    remembered = keys.read_sealed(cache / "files.cache")
    assert remembered and not any(path.startswith(str(gone)) for path in remembered)
    assert all(Path(path).is_file() for path in remembered)


def _collector_state(folder: Path, engine: str, keep_graph: bool = False,
                     collect: bool = True, lean: bool = False) -> bool:
    return gc.isenabled()


def test_documents_are_checked_with_the_cycle_collector_on(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # regression: kg check turns the collector off from loading to printing; workers forked
    # under it inherited it off and grew by a megabyte a document (rdflib's graph cycles)
    monkeypatch.setattr(pipeline, "check_one", _collector_state)  # forked workers see it too
    folders = [tmp_path / f"d{i}" for i in range(executors.PARALLEL_FROM)]
    gc.disable()
    try:
        with pipeline._collecting():
            parallel = [state for _, state in executors.local(folders, "oxigraph", 2)]
            serial = [state for _, state in executors.local(folders[:1], "oxigraph", 1)]
        assert not gc.isenabled()  # the caller's choice again afterwards
    finally:
        gc.enable()
        gc.unfreeze()
    assert parallel == [True] * len(folders) and serial == [True]


def test_a_checked_document_leaves_no_graph_for_a_full_collection(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # regression (issue 32): the fast engine kept the last graph it converted until the next
    # document's, so the graph outlived check_one's collection into the oldest generation,
    # where only a full collection (in a worker, every ten or so documents, 150,000 objects
    # each) found and freed it
    import weakref

    import kg.build
    built = []
    build = kg.build.build_document

    def remembered(source):
        doc = build(source)
        built.append(weakref.ref(doc.graph))
        return doc

    monkeypatch.setattr(kg.build, "build_document", remembered)
    folder = sorted(p for p in corpus.iterdir() if p.is_dir())[0]
    enabled = gc.isenabled()
    gc.disable()  # nothing but check_one's own collection
    try:
        outcome = pipeline.check_one(folder)
        assert outcome.report.findings and len(built) == 1
        assert built[0]() is None
    finally:
        if enabled:
            gc.enable()


def test_the_collector_is_as_the_caller_left_it_after_a_document() -> None:
    for on in (True, False):
        (gc.enable if on else gc.disable)()
        try:
            pipeline.check_one(Path("no-such-document"))
            assert gc.isenabled() is on
        finally:
            gc.enable()


def test_a_killed_run_leaves_no_workers(tmp_path: Path) -> None:
    """Audit: killed runs left pool workers alive as orphans for a minute or more."""
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import child_pids, running
    write_corpus(tmp_path / "big", documents=40, seed=3)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "check", "--claims",
                             str(tmp_path / "big"), "--no-cache", "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    deadline = time.monotonic() + 60
    while len(child_pids(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    started = child_pids(proc.pid)
    assert len(started) >= 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(1.0)
    assert [pid for pid in started if running(pid)] == []
