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


def _reports_read_whole(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The kept reports read whole and checked against their checksum from now on."""
    read: list[Path] = []
    unseal = keys._unseal

    def recording(path: Path):  # type: ignore[no-untyped-def]
        if path.parent.name == "reports" and not path.name.endswith(".checked.cache"):
            read.append(path)
        return unseal(path)
    monkeypatch.setattr(keys, "_unseal", recording)
    return read


def test_a_kept_report_checked_whole_once_is_then_copied_without_reading_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a kept report has been checked whole (after it settled), a run that finds its
    stat unchanged copies its bytes from the file and neither reads nor hashes them."""
    monkeypatch.setattr(FileDigests, "SETTLED_NS", 0)
    kept = KeptReports(tmp_path)
    report = Rendered(b'{"violations": []}\n' * 500, 1, ["a note"], [])
    kept.put("run", "json", report)
    unsealed = _reports_read_whole(monkeypatch)
    first = kept.open("run", "json")
    assert first is not None and first.data == report.data and len(unsealed) == 1
    second = kept.open("run", "json")
    assert second is not None and second.data is None and len(unsealed) == 1
    assert (second.exit_code, second.notes, second.problems) == (1, ["a note"], [])
    out = tmp_path / "out.json"
    with out.open("wb") as f:
        second.write_to(f)
    assert out.read_bytes() == report.data == second.read()


def test_a_kept_report_changed_after_its_check_is_checked_whole_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FileDigests, "SETTLED_NS", 0)
    kept = KeptReports(tmp_path)
    kept.put("run", "json", Rendered(b"[1, 2, 3]\n", 0, [], []))
    assert kept.open("run", "json") is not None  # checked whole: its stat is kept
    path = kept._path("json")
    path.write_bytes(path.read_bytes()[:-3] + b"4]\n")  # damaged: the checksum fails
    assert kept.open("run", "json") is None and kept.get("run", "json") is None


def test_a_kept_report_is_not_trusted_by_its_stat_before_it_settled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file changed in the clock tick it was checked in would keep its stat: a report is
    trusted by its stat only once it had been left alone for FileDigests.SETTLED_NS."""
    kept = KeptReports(tmp_path)
    kept.put("run", "json", Rendered(b"{}\n", 0, [], []))
    unsealed = _reports_read_whole(monkeypatch)
    assert kept.open("run", "json") is not None and kept.open("run", "json") is not None
    assert len(unsealed) == 2


@pytest.mark.parametrize("to", ["a pipe", "a file object sendfile refuses"])
def test_a_kept_report_is_copied_to_a_pipe_and_where_sendfile_cannot_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, to: str) -> None:
    import errno
    import io
    import os
    import threading
    monkeypatch.setattr(FileDigests, "SETTLED_NS", 0)
    kept = KeptReports(tmp_path)
    data = bytes(range(256)) * 4096  # 1 MB: more than a pipe holds
    kept.put("run", "sarif", Rendered(data, 0, [], []))
    kept.open("run", "sarif")
    report = kept.open("run", "sarif")
    assert report is not None and report.data is None
    if to == "a pipe":
        r, w = os.pipe()
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(os.fdopen(r, "rb").read()))
        reader.start()
        with os.fdopen(w, "wb") as out:
            report.write_to(out)
        reader.join()
        assert got == [data]
    else:
        def refuse(*_: object) -> int:
            raise OSError(errno.EINVAL, "Invalid argument")
        monkeypatch.setattr(os, "sendfile", refuse)
        out = tmp_path / "out"
        with out.open("wb") as f:
            report.write_to(f)
        assert out.read_bytes() == data
        with pytest.raises(io.UnsupportedOperation):  # no file behind it: nothing to send to
            report.write_to(io.BytesIO())
