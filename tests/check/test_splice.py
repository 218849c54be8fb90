"""A warm JSON report joined from kept parts (kg.check.splice, issue 32) is byte for byte
the cold run's: with a document changed, one deleted and one added, in every format, and
with a part that is damaged or forged (ignored: the outcome is read instead)."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import orjson
import pytest

from kg.check import pipeline, splice
from kg.check.keys import plan_run, seal
from kg.check.pipeline import OutcomeCache
from kg.cli import main
from kg.synth import write_corpus

FORMATS = ("json", "sarif", "junit", "text")


def kg(*argv: str) -> int:
    """``kg ARGV`` in-process (so that a test can count what it reads): its exit code."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            main(list(argv))
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else 1
    return 0


def report(corpus: Path, fmt: str, cache: Path | None) -> tuple[int, bytes]:
    """A check's exit code and report in ``fmt``, with ``cache`` (``None``: cold, no cache)."""
    out = corpus.parent / f"report.{fmt}"
    code = kg("check", "--claims", corpus.name, "--format", fmt, "-o", str(out),
              *(["--cache-dir", str(cache)] if cache else ["--no-cache"]))
    return code, out.read_bytes()


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # paths in reports shown as a user's run shows them
    write_corpus(tmp_path / "claims", documents=7, seed=3)
    (tmp_path / "claims" / "ground-truth.json").unlink()
    # one more, to add later (written by the same generator, so not a copy of another)
    write_corpus(tmp_path / "spare", documents=8, seed=3)
    return tmp_path / "claims"


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys of kept outcomes read from here on."""
    read: list[str] = []
    get = OutcomeCache.get

    def counting(self: OutcomeCache, key: str) -> pipeline.Outcome | None:
        read.append(key)
        return get(self, key)
    monkeypatch.setattr(OutcomeCache, "get", counting)
    return read


def change_figure(folder: Path) -> None:
    """Claim the first figure of ``folder`` ten times larger: its findings and diagnoses
    change (not only a comment)."""
    claims = folder / "claims.ttl"
    text = claims.read_text(encoding="utf-8")
    at = text.index("qudt:numericValue ") + len("qudt:numericValue ")
    end = at
    while text[end] not in " ;\n":
        end += 1
    claims.write_text(text[:at] + text[at:end] + "0" + text[end:], encoding="utf-8")


def assert_warm_equals_cold(corpus: Path, cache: Path) -> None:
    for fmt in FORMATS:
        assert report(corpus, fmt, cache) == report(corpus, fmt, None), fmt


def test_changed_deleted_and_added_documents_join_to_the_cold_report(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    report(corpus, "json", cache)
    folders = sorted(p for p in corpus.iterdir() if p.is_dir())
    read = count_reads(monkeypatch)
    joined = []
    check_joined = pipeline.check_joined

    def recording(*args: object, **kwargs: object) -> splice.Joined | None:
        joined.append(check_joined(*args, **kwargs))  # type: ignore[arg-type]
        return joined[-1]
    monkeypatch.setattr(pipeline, "check_joined", recording)

    change_figure(folders[1])
    code, warm = report(corpus, "json", cache)
    assert joined and joined[-1] is not None  # joined, not the full path
    assert len(read) == 1  # only the changed document's outcome: it was checked again
    assert (code, warm) == report(corpus, "json", None)

    shutil.rmtree(folders[0])  # its diagnoses gone: every later one is numbered anew
    shutil.copytree(sorted((tmp_path / "spare").iterdir())[-1], corpus / "synth-3-00099")
    read.clear()
    code, warm = report(corpus, "json", cache)
    assert joined[-1] is not None and len(read) == 1  # the added one
    assert (code, warm) == report(corpus, "json", None)
    assert_warm_equals_cold(corpus, cache)


def test_a_damaged_or_forged_part_is_ignored(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    report(corpus, "json", cache)
    keys = plan_run(corpus.name, cache_dir=cache).keys
    folders = sorted(keys)
    parts = [cache / keys[f][:2] / f"{keys[f]}.part" for f in folders]
    good = OutcomeCache(cache).part(keys[folders[2]])
    assert good is not None and good.findings
    # damaged: a byte changed (the seal's checksum no longer holds)
    data = bytearray(parts[0].read_bytes())
    data[-3] ^= 1
    parts[0].write_bytes(bytes(data))
    # forged, sealed as claimgraph seals: another document's findings, a negative count,
    # a finding of a document the part is not of, a pickle
    other = orjson.loads(parts[2].read_bytes()[len(b"claimgraph-cache-json\n") + 32:])
    forged = dict(other, findings=other["findings"] * 2)  # counts that do not add up
    seal(parts[1], orjson.dumps(forged))
    seal(parts[3], orjson.dumps(dict(other, accepted=-1)))
    seal(parts[4], orjson.dumps(dict(other, document="x", findings=[{"document": "y"}])))
    seal(parts[5], b"\x80\x04\x95")
    for path in (parts[0], parts[1], *parts[3:6]):
        assert OutcomeCache(cache).part(path.name.removesuffix(".part")) is None, path
    # a new report (another --fail-on), joined again from the parts that are left
    for fail_on in ("warning", "violation"):
        cold = kg("check", "--claims", corpus.name, "--no-cache", "--fail-on", fail_on,
                  "-o", "cold.json")
        warm = kg("check", "--claims", corpus.name, "--cache-dir", str(cache),
                  "--fail-on", fail_on, "-o", "warm.json")
        assert warm == cold
        assert (tmp_path / "warm.json").read_bytes() == (tmp_path / "cold.json").read_bytes()


def part(doc_id: str, iri: str, keys: list[list[str]] | None = None) -> splice.Part:
    return splice.Part(doc_id, iri, None, [], {}, [], 0, {}, [doc_id], False, 0, [], [], [],
                       keys)


def test_what_spans_documents_takes_the_full_path() -> None:
    key = ["m", "u", "e", "p"]
    assert splice.join([part("a", "i:a", [key]), part("b", "i:b", [key])], "violation") is None
    assert splice.join([part("a", "i:x"), part("b", "i:x")], "violation") is None
    one, two = part("a", "i:a"), part("b", "i:b")
    one.document = two.document = "a"
    one.findings = two.findings = [{"document": "a"}]
    assert splice.join([one, two], "violation") is None
    assert splice.join([part("a", "i:a", [key]), part("b", "i:b", [["m", "u", "e", "q"]])],
                       "violation") is not None
