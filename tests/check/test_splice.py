"""A warm report joined from kept parts and each format's pieces (kg.check.splice, issue
32) is byte for byte the cold run's in every format (JSON, SARIF, JUnit, text): with a
document changed, one deleted and one added, and with a part or piece that is damaged or
forged (ignored: the outcome is read instead)."""

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

    for fmt in FORMATS[1:]:  # each format's pieces kept (read from the kept outcomes)
        report(corpus, fmt, cache)
    read.clear()

    change_figure(folders[1])
    for fmt in FORMATS:
        read.clear()
        code, warm = report(corpus, fmt, cache)
        assert joined and joined[-1] is not None, fmt  # joined, not the full path
        # only the changed document's outcome: checked again in the first format, read
        # for its piece in the others
        assert len(read) == 1, fmt
        assert (code, warm) == report(corpus, fmt, None), fmt

    shutil.rmtree(folders[0])  # its diagnoses gone: every later one is numbered anew
    shutil.copytree(sorted((tmp_path / "spare").iterdir())[-1], corpus / "synth-3-00099")
    for fmt in FORMATS:
        read.clear()
        code, warm = report(corpus, fmt, cache)
        assert joined[-1] is not None and len(read) == 1, fmt  # the added one
        assert (code, warm) == report(corpus, fmt, None), fmt
    for fail_on in ("warning", "violation"):  # JUnit's pieces are kept for each --fail-on
        argv = ("check", "--claims", corpus.name, "--format", "junit", "--no-passes",
                "--fail-on", fail_on)
        assert kg(*argv, "--cache-dir", str(cache), "-o", "warm.xml") \
            == kg(*argv, "--no-cache", "-o", "cold.xml")
        assert joined[-1] is not None
        assert (tmp_path / "warm.xml").read_bytes() == (tmp_path / "cold.xml").read_bytes()
    argv = ("check", "--claims", corpus.name, "--format", "text", "--no-passes")
    assert kg(*argv, "--cache-dir", str(cache), "-o", "warm.txt") \
        == kg(*argv, "--no-cache", "-o", "cold.txt")
    assert joined[-1] is not None
    assert (tmp_path / "warm.txt").read_bytes() == (tmp_path / "cold.txt").read_bytes()


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


def test_a_damaged_or_forged_piece_of_a_format_is_ignored(corpus: Path, tmp_path: Path
                                                          ) -> None:
    cache = tmp_path / "cache"
    for fmt in FORMATS:
        report(corpus, fmt, cache)
    keys = plan_run(corpus.name, cache_dir=cache).keys
    folders = sorted(keys)
    kept = OutcomeCache(cache)
    head = len(b"claimgraph-cache-json\n") + 32

    def path(n: int, suffix: str) -> Path:
        return cache / keys[folders[n]][:2] / f"{keys[folders[n]]}{suffix}"

    def piece(n: int, suffix: str) -> dict:
        return orjson.loads(path(n, suffix).read_bytes()[head:])

    sarif, junit, text = piece(2, ".sarif"), piece(2, ".junit-violation"), piece(2, ".text")
    assert sarif["results"] and junit["suite"] and text["notable"]
    data = bytearray(path(0, ".sarif").read_bytes())
    data[-3] ^= 1  # damaged: the seal's checksum no longer holds
    path(0, ".sarif").write_bytes(bytes(data))
    forged = {  # sealed as claimgraph seals, but not what the join takes them to be
        (1, ".sarif"): dict(sarif, results=[{**sarif["results"][0], "ruleId": "nope"}]),
        (3, ".sarif"): dict(sarif, rules={}),
        (1, ".junit-violation"): dict(junit, counts={"tests": -1, "failures": 0,
                                                     "skipped": 0}),
        (3, ".junit-violation"): dict(junit, suite=["<testsuite/>"]),
        (1, ".text"): dict(text, notable=None),
        (3, ".text"): dict(text, unsuppressed={"fatal": 1}),
        (4, ".text"): dict(text, of="sarif"),  # another format's piece
    }
    for (n, suffix), value in forged.items():
        seal(path(n, suffix), orjson.dumps(value))
    seal(path(4, ".sarif"), b"\x80\x04\x95")  # a pickle
    for n, suffix in [(0, ".sarif"), (4, ".sarif"), *forged]:
        fmt, _, fail_on = suffix[1:].partition("-")
        assert kept.fragment(keys[folders[n]], fmt, fail_on or "violation") is None, (n, suffix)
    # the run reads those documents' outcomes instead, and keeps their pieces again
    path(0, ".part").unlink()  # and a document whose part is gone too
    for fmt in FORMATS:
        shutil.rmtree(cache / "reports", ignore_errors=True)  # not the report kept whole
        assert report(corpus, fmt, cache) == report(corpus, fmt, None), fmt
    assert kept.fragment(keys[folders[1]], "sarif", "violation") is not None
