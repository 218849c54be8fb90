"""kg check --shard K/N and kg report merge: the report one run on one machine gives, byte for
byte, in every format, with what spans shards (agreement, shared IRIs) decided at the merge."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.check.shard import Shard
from kg.synth import write_corpus
from tests.cli.test_bad_input import assert_no_traceback, error_lines, kg
from tests.conftest import BUNDLED_DIR, PAPER_ID

FORMATS = ("json", "sarif", "junit", "text")


def single_and_merged(root: Path, claims: Path, count: int) -> dict[str, tuple[bytes, bytes]]:
    """{format: (one kg check's report, the merge of ``count`` shards' reports)}."""
    shards = []
    for k in range(1, count + 1):
        out = root / f"shard-{k}.json"
        proc = kg("check", "--claims", str(claims), "--no-cache", "--shard", f"{k}/{count}",
                  "--format", "json", "-o", str(out), cwd=root)
        assert proc.returncode in (0, 1, 2) and out.is_file(), proc.stderr
        assert_no_traceback(proc)
        shards.append(out.name)
    pairs = {}
    for fmt in FORMATS:  # the first checks, the others reuse its kept results
        single = kg("check", "--claims", str(claims), "--cache-dir", str(root / "cache"),
                    "--format", fmt, cwd=root)
        merged = kg("report", "merge", *shards, "--format", fmt, cwd=root)
        assert merged.returncode == single.returncode, merged.stderr
        assert merged.stderr == single.stderr
        pairs[fmt] = (single.stdout.encode(), merged.stdout.encode())
    return pairs


def test_agreement_across_two_shards_is_found_at_the_merge(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    shutil.copytree(BUNDLED_DIR, claims)
    # the paper and the weekend's source fall in one shard of 2, the second document in
    # the other: its Black Friday figure meets the weekend's only at the merge
    weekend, second = "thanksgiving-weekend-2014", "shopping-days-2014"
    assert Shard(1, 2).holds(PAPER_ID) and Shard(1, 2).holds(weekend)
    assert Shard(2, 2).holds(second) and Shard(2, 2).holds("world-population-2019")
    pairs = single_and_merged(tmp_path, claims, 2)
    for fmt, (single, merged) in pairs.items():
        assert merged == single, fmt
    report = json.loads(pairs["json"][1])
    assert report["summary"]["documents"] == 4
    assert sum(f["check"] == "agreement" for f in report["findings"]) == 10
    assert sorted(f["id"] for f in report["findings"] if f["check"] == "containment") == [
        f"{PAPER_ID}/f-us-retail-2013/containment", f"{PAPER_ID}/f-us-retail-2014/containment",
        f"{second}/f-us-retail-2014/containment"]
    # the other document still weighs in the paper's diagnosis
    [malls] = [d for d in report["diagnoses"] if d["figure"].endswith("/f-bf-malls")]
    assert malls["sourceSupport"] == 1 and malls["support"] == 3
    # while each shard alone knew nothing of the other
    shard = json.loads((tmp_path / "shard-1.json").read_bytes())
    assert not any(f["check"] == "agreement" for f in shard["findings"])
    assert shard["documents"] == [PAPER_ID, weekend]
    other = json.loads((tmp_path / "shard-2.json").read_bytes())
    assert not any(f["check"] == "containment" for f in other["findings"])


def test_generated_documents_a_shared_iri_and_bad_input_merge_as_one_run(
        tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    write_corpus(claims, documents=12, seed=3)
    (claims / "ground-truth.json").unlink()
    # a copy under another folder name: the same document IRI, refused in both shards
    first = sorted(p for p in claims.iterdir())[0]
    twin = claims / f"{first.name}-copy"
    shutil.copytree(first, twin)
    assert Shard(1, 3).holds(first.name) != Shard(1, 3).holds(twin.name) or \
        Shard(2, 3).holds(first.name) != Shard(2, 3).holds(twin.name)
    broken = claims / "zz-broken"
    shutil.copytree(first.with_name(sorted(p.name for p in claims.iterdir())[1]), broken)
    (broken / "claims.ttl").write_text("@prefix : <x> .\n:a :b \"unclosed .\n")
    pairs = single_and_merged(tmp_path, claims, 3)
    for fmt, (single, merged) in pairs.items():
        assert merged == single, fmt
    report = json.loads(pairs["json"][0])
    inputs = [f["message"] for f in report["findings"] if f["id"].endswith("/input/1")]
    assert len(inputs) == 3  # the twins, and the broken document
    assert sum("is also the IRI of" in m for m in inputs) == 2


def test_shards_for_merge_must_be_one_whole_series(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    shutil.copytree(BUNDLED_DIR, claims)
    for k in (1, 2):
        kg("check", "--claims", str(claims), "--shard", f"{k}/2", "--format", "json",
           "-o", f"s{k}.json", cwd=tmp_path)
    kg("check", "--claims", str(claims), "--shard", "1/3", "--format", "json", "-o", "t1.json",
       cwd=tmp_path)
    (tmp_path / "plain.json").write_text(
        kg("check", "--claims", str(claims), "--format", "json", cwd=tmp_path).stdout)
    tampered = json.loads((tmp_path / "s2.json").read_text())
    tampered["shard"]["outcomes"][0]["outcome"]["$type"] = "Popen"
    (tmp_path / "bad.json").write_text(json.dumps(tampered))
    (tmp_path / "cut.json").write_text('{\n  "conforms": true,\n  "shard": "cut')
    expected = {
        ("s1.json",): "error: s1.json:0: shard(s) 2/2 missing: the merged report would leave "
                      "their documents out (pass every shard's report)",
        ("s1.json", "s1.json", "s2.json"): "error: s1.json:0: shard 1/2 is also s1.json "
                                           "(name each shard once)",
        ("s1.json", "t1.json"): "error: t1.json:0: this shard is of a series of another size "
                                "(3) than s1.json (2) (merge the shards of one kg check "
                                "--shard K/N series)",
        ("s1.json", "plain.json"): "error: plain.json:0: not a shard report (write each shard "
                                   "with kg check --shard K/N --format json)",
        ("s1.json", "bad.json"): "error: bad.json:0: outcome 1 cannot be read: unknown kind "
                                 "of value 'Popen' (write the shard again)",
        ("s1.json", "cut.json"): "error: cut.json:3: not JSON: Unterminated string starting at",
    }
    for files, line in expected.items():
        proc = kg("report", "merge", *files, cwd=tmp_path)
        assert proc.returncode == 2, files
        assert_no_traceback(proc)
        [error] = error_lines(proc)
        assert error.startswith(line), (files, error)


@pytest.mark.parametrize("clash", [["--format", "sarif"], ["--assume", "f-x=1"],
                                   ["--store", "memory"]])
def test_a_shard_is_written_as_json_only(tmp_path: Path, clash: list[str]) -> None:
    proc = kg("check", "--claims", str(BUNDLED_DIR), "--shard", "1/2", *clash, cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    [error] = error_lines(proc)
    assert error.startswith("error: --shard:0: a shard cannot be checked with ")
