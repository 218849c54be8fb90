"""A forged check cache runs no code (issue 29, item 1): every kept file is data, and a
file that is not a value claimgraph wrote is worked out again, never an error.

Each test keeps a corpus's cache, plants forgeries where the run reads (a pickle whose
loading writes a marker file, sealed as claimgraph 7 kept its files, under the old name
and the new; and the new format naming a class outside the whitelist), runs again and
asserts that the marker was never written and that the report is the cold run's."""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from kg.check import keys, portable
from kg.check.keys import KeptReports, plan_run
from kg.check.pipeline import OutcomeCache, check_folder
from kg.check.shard import Shard
from kg.report.json_report import to_json
from kg.synth import write_corpus
from tests.cli.test_bad_input import kg_process as kg

#: how claimgraph 7 and before sealed a kept pickle
OLD_SEAL = b"claimgraph-cache\n"


class RunsCode:
    """Loaded from a pickle, writes ``marker``: what a forged entry of claimgraph 7 could
    hold (the audit's ``__reduce__`` payload)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Callable[..., object], tuple[object, ...]]:
        return Path.write_text, (self.marker, "the cache ran code")


def sealed(seal: bytes, data: bytes) -> bytes:
    """A kept file with a correct checksum: anybody can make one."""
    return seal + hashlib.sha256(data).digest() + data


def forgeries(marker: Path) -> dict[str, bytes]:
    """Forged contents of a kept file, by what they try."""
    popen = orjson.dumps({"$type": "Popen", "fields": {
        "args": ["sh", "-c", f"echo ran > {marker}"]}})
    # a whitelisted class whose field holds one that is not
    nested = orjson.dumps({"$type": "Outcome", "fields": {
        "doc_id": "d", "report": {"$type": "Popen", "fields": {"args": ["true"]}}}})
    return {"pickle": sealed(OLD_SEAL, pickle.dumps(RunsCode(marker))),
            "class outside the whitelist": sealed(keys._SEAL, popen),
            "nested class outside the whitelist": sealed(keys._SEAL, nested)}


def plant(path: Path, forged: bytes) -> None:
    """``forged`` where the run reads, and where claimgraph 7 read (``.pickle``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(forged)
    if path.suffix == keys.SUFFIX:
        path.with_suffix(".pickle").write_bytes(forged)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "claims", documents=3, seed=5)
    (tmp_path / "claims" / "ground-truth.json").unlink()
    return tmp_path / "claims"


def test_a_forged_plan_runs_no_code(corpus: Path, tmp_path: Path) -> None:
    cache, marker = tmp_path / "cache", tmp_path / "marker"
    cold = check_folder(corpus, cache_dir=cache, jobs=1)
    plan = plan_run(corpus, cache_dir=cache)
    for what, forged in forgeries(marker).items():
        plant(cache / f"plan{keys.SUFFIX}", forged)
        again = plan_run(corpus, cache_dir=cache)
        assert not marker.exists(), what
        assert (again.keys, again.key) == (plan.keys, plan.key), what
        warm = check_folder(corpus, cache_dir=cache, jobs=1)
        assert len(warm.reused) == 3 and to_json(warm.report) == to_json(cold.report), what
    assert not marker.exists()


def test_a_forged_plan_cannot_name_files_outside_the_cache(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key becomes a file name: a kept plan whose keys are not keys is not used."""
    monkeypatch.setattr(keys.FileDigests, "SETTLED_NS", 0)  # the plan is otherwise kept
    cache = tmp_path / "a" / "b" / "cache"
    cold = check_folder(corpus, cache_dir=cache, jobs=1)
    path = cache / f"plan{getattr(keys, 'SUFFIX', '.pickle')}"
    snapshot, listed_at, _, run = keys.read_sealed(path)
    # <cache>/../../../escaped: beside the claims folder
    keys.write_sealed(path, (snapshot, listed_at, ["../../escaped"] * 3, run))
    warm = check_folder(corpus, cache_dir=cache, jobs=1)
    assert to_json(warm.report) == to_json(cold.report)
    assert not list(tmp_path.glob("escaped*"))


def test_a_forged_digest_index_runs_no_code(corpus: Path, tmp_path: Path) -> None:
    cache, marker = tmp_path / "cache", tmp_path / "marker"
    cold = check_folder(corpus, cache_dir=cache, jobs=1)
    plan = plan_run(corpus, cache_dir=cache)
    for what, forged in forgeries(marker).items():
        (cache / f"plan{keys.SUFFIX}").unlink()  # so that the index is read
        plant(cache / f"files{keys.SUFFIX}", forged)
        again = plan_run(corpus, cache_dir=cache)
        assert not marker.exists(), what
        assert (again.keys, again.key) == (plan.keys, plan.key), what
        warm = check_folder(corpus, cache_dir=cache, jobs=1)
        assert len(warm.reused) == 3 and to_json(warm.report) == to_json(cold.report), what
    # data of the wrong shape is no index either
    keys.write_sealed(cache / f"files{keys.SUFFIX}", {"/etc/passwd": "x"})
    (cache / f"plan{keys.SUFFIX}").unlink()
    assert plan_run(corpus, cache_dir=cache).key == plan.key
    assert not marker.exists()


def test_a_forged_kept_report_runs_no_code(corpus: Path, tmp_path: Path) -> None:
    cache, marker = tmp_path / "cache", tmp_path / "marker"
    args = ("check", "--claims", str(corpus), "--cache-dir", str(cache), "--format", "json")
    cold = kg(*args, cwd=tmp_path)
    [kept] = (cache / "reports").glob(f"*{keys.SUFFIX}")
    # a kept report is what its run printed besides (as data), then the report's bytes
    about = orjson.dumps({"$tuple": ["run", "options", 0, [], [
        {"$type": "Popen", "fields": {"args": ["sh", "-c", f"echo ran > {marker}"]}}]]})
    layout = sealed(keys._SEAL, len(about).to_bytes(8, "big") + about + b"{}")
    for what, forged in {**forgeries(marker), "class outside the whitelist, laid out": layout
                         }.items():
        plant(kept, forged)
        warm = kg(*args, cwd=tmp_path)
        assert not marker.exists(), what
        assert (warm.returncode, warm.stdout, warm.stderr) == \
            (cold.returncode, cold.stdout, cold.stderr), what
    assert cold.returncode == 1 and '"violations"' in cold.stdout


def test_a_kept_report_of_the_wrong_shape_is_not_used(tmp_path: Path) -> None:
    kept = KeptReports(tmp_path)
    kept.put("run", "json", keys.Rendered(b"{}", 1, ["a note"], []))
    assert kept.get("run", "json") == keys.Rendered(b"{}", 1, ["a note"], [])
    for about in (("run", "json", "1", [], []), ("run", "json", 1, [3], []),
                  ("run", "json", 1, [], ["a problem"]), ("run", "json", 1, []), "run"):
        data = orjson.dumps(portable.encode(about))
        keys.seal(kept._path("json"), len(data).to_bytes(8, "big") + data + b"{}")
        assert kept.get("run", "json") is None, about
    for damaged in (b"", b"\xff" * 8 + b"{}", (3).to_bytes(8, "big") + b"[1,"):
        keys.seal(kept._path("json"), damaged)
        assert kept.get("run", "json") is None, damaged


def test_a_forged_outcome_runs_no_code(corpus: Path, tmp_path: Path) -> None:
    cache, marker = tmp_path / "cache", tmp_path / "marker"
    cold = check_folder(corpus, cache_dir=cache, jobs=1)
    plan = plan_run(corpus, cache_dir=cache)
    outcomes = OutcomeCache(cache)
    for what, forged in forgeries(marker).items():
        for key in plan.keys.values():
            plant(outcomes._path(key), forged)
        warm = check_folder(corpus, cache_dir=cache, jobs=1)
        assert not marker.exists(), what
        assert len(warm.checked) == 3 and to_json(warm.report) == to_json(cold.report), what
    assert not marker.exists()


def test_forged_figures_run_no_code(corpus: Path, tmp_path: Path) -> None:
    """A document's kept figures (read by a shard, and where documents share a quantity)."""
    cache, marker = tmp_path / "cache", tmp_path / "marker"
    cold = check_folder(corpus, cache_dir=cache, jobs=1, shard=Shard.parse("1/1"))
    figures = sorted(cache.rglob("*.figures"))
    assert figures
    for what, forged in forgeries(marker).items():
        for path in figures:
            plant(path, forged)
        warm = check_folder(corpus, cache_dir=cache, jobs=1, shard=Shard.parse("1/1"))
        assert not marker.exists(), what
        assert warm.checked and to_json(warm.report) == to_json(cold.report), what
    assert not marker.exists()
