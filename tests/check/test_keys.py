"""What a run's results depend on (kg.check.keys): files whose stat is unchanged are not
read again, and a file changed in the clock tick it was listed in is."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.check import keys
from kg.check.keys import FileDigests, KeptReports, Rendered, plan_run
from kg.check.shard import Shard
from kg.synth import write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "claims", documents=4, seed=3)
    (tmp_path / "claims" / "ground-truth.json").unlink()
    return tmp_path / "claims"


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose digest is asked for from now on."""
    asked: list[str] = []
    digest = FileDigests.digest

    def recording(self, path, stat=None):
        asked.append(path)
        return digest(self, path, stat)
    monkeypatch.setattr(FileDigests, "digest", recording)
    return asked


def test_files_whose_stat_is_unchanged_are_not_read(corpus: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # the files were written a moment ago; settled they count from the first listing on
    monkeypatch.setattr(FileDigests, "SETTLED_NS", 0)
    cache = tmp_path / "cache"
    first = plan_run(corpus, cache_dir=cache)
    asked = _reads(monkeypatch)
    second = plan_run(corpus, cache_dir=cache)
    assert asked == [] and second.digests is None
    assert (second.keys, second.key) == (first.keys, first.key)
    # one file edited: every key is worked out again, and only that document's differs
    edited = first.folders[1] / "claims.ttl"
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    third = plan_run(corpus, cache_dir=cache)
    assert asked and third.key != first.key
    assert [f for f in third.folders if third.keys[f] != first.keys[f]] == [first.folders[1]]


def test_files_changed_within_the_settling_time_are_read_again(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Racily clean: a file rewritten in the same clock tick keeps its stat."""
    monkeypatch.setattr(FileDigests, "SETTLED_NS", 10**12)  # however slow this machine is
    cache = tmp_path / "cache"
    first = plan_run(corpus, cache_dir=cache)
    asked = _reads(monkeypatch)
    second = plan_run(corpus, cache_dir=cache)
    assert len(asked) == sum(len(keys.files_below(f)) for f in first.folders)
    assert second.key == first.key


def test_the_run_key_names_the_engine_the_shard_and_the_documents(corpus: Path,
                                                                 tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    plans = [plan_run(corpus, cache_dir=cache),
             plan_run(corpus, cache_dir=cache, engine="pyshacl"),
             plan_run(corpus, cache_dir=cache, shard=Shard.parse("1/1")),
             plan_run(corpus, [f.name for f in sorted(corpus.iterdir())[:3]], cache_dir=cache)]
    assert len({p.key for p in plans}) == 4
    assert plan_run(corpus, cache_dir=None).key is None


def test_a_kept_report_is_for_its_run_and_its_options_only(tmp_path: Path) -> None:
    kept = KeptReports(tmp_path)
    report = Rendered(b"{}\n", 1, ["a note"], [])
    kept.put("run", "json", report)
    assert kept.get("run", "json") == report
    assert kept.get("another run", "json") is None and kept.get("run", "sarif") is None
    path = next((tmp_path / "reports").iterdir())
    path.write_bytes(path.read_bytes()[:-1] + b"!")
    assert kept.get("run", "json") is None


def test_a_kept_report_of_another_run_is_not_read_whole(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    kept = KeptReports(tmp_path)
    kept.put("run", "json", Rendered(b"{}\n" * 1000, 1, [], []))
    unsealed: list[Path] = []
    unseal = keys.unseal
    monkeypatch.setattr(keys, "unseal", lambda path: unsealed.append(path) or unseal(path))
    assert kept.get("another run", "json") is None and unsealed == []
    assert kept.get("run", "json") is not None and len(unsealed) == 1


def test_the_code_fingerprint_names_the_installed_libraries_and_changes_with_them(
        monkeypatch) -> None:
    from importlib.metadata import version

    assert keys.library_versions() == [f"{name}-{version(name)}.dist-info"
                                       for name in keys.LIBRARIES]
    keys.code_fingerprint.cache_clear()
    before = keys.code_fingerprint()
    # a newer rich renders the kept text pieces its own way: nothing kept may be reused
    installed = keys.library_versions()
    newer = ["rich-99.0.0.dist-info" if v.startswith("rich-") else v for v in installed]
    assert newer != installed
    monkeypatch.setattr(keys, "library_versions", lambda: newer)
    keys.code_fingerprint.cache_clear()
    try:
        assert keys.code_fingerprint() != before
    finally:
        monkeypatch.undo()
        keys.code_fingerprint.cache_clear()
    assert keys.code_fingerprint() == before
