"""kg build, streamed: byte for byte what building the whole corpus in one Dataset writes."""

from __future__ import annotations

import functools
import io
import shutil
from pathlib import Path

import pytest

from kg import stream
from kg.build import BuildResult, build_corpus
from kg.check import check_corpus
from kg.check.graph import add_findings, findings_by_document
from kg.check.model import Report
from kg.serialize import serialize
from kg.stream import stream_build
from kg.synth import write_corpus
from tests.cli.test_bad_input import assert_no_traceback, error_lines, kg
from tests.conftest import BUNDLED_DIR


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated documents (derived figures: blank-node lists), the bundled four, a document
    whose IRI another has too, and one that does not build."""
    claims = tmp_path_factory.mktemp("stream") / "claims"
    write_corpus(claims, documents=9, seed=2)
    (claims / "ground-truth.json").unlink()
    for doc in BUNDLED_DIR.iterdir():
        shutil.copytree(doc, claims / doc.name)
    shutil.copytree(claims / "shopping-days-2014", claims / "shopping-days-copy")
    shutil.copytree(claims / "synth-2-00000", claims / "zz-broken")
    (claims / "zz-broken" / "claims.ttl").write_text("@prefix : <x> .\n:a :b \"open .\n")
    return claims


@functools.cache
def whole(claims: Path) -> tuple[BuildResult, Report]:
    """The corpus built as one Dataset, and checked: what the stream must equal."""
    result = build_corpus(claims)
    return result, check_corpus(result)


def in_memory(claims: Path, fmt: str, findings: bool) -> str:
    result, report = whole(claims)
    dataset = result.dataset()
    if findings:
        add_findings(dataset, result, report)
    return serialize(dataset, fmt)


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
@pytest.mark.parametrize("findings", [False, True])
def test_streamed_output_is_byte_identical(corpus: Path, fmt: str, findings: bool,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream, "MERGE_WIDTH", 3)  # merge runs of runs, as 10,000 documents do
    out = io.StringIO()
    per_document = findings_by_document(whole(corpus)[1]) if findings else None
    done = stream_build(corpus, None, fmt, out, findings=per_document, jobs=2)
    assert out.getvalue() == in_memory(corpus, fmt, findings)
    assert len(done.documents) == 12  # 9 generated, the paper and two more bundled
    assert done.failed == ["shopping-days-2014", "shopping-days-copy", "zz-broken"]
    assert [p.file for p in done.problems] == [
        f"{corpus / 'zz-broken' / 'claims.ttl'}",
        f"{corpus / 'shopping-days-2014' / 'document.ttl'}",
        f"{corpus / 'shopping-days-copy' / 'document.ttl'}"]


def test_the_parent_keeps_no_document_s_graph(corpus: Path) -> None:
    done = stream_build(corpus, None, "nquads", io.StringIO(), jobs=1)
    # what is written is on disk until the end; each part keeps only its summary lines
    assert all(not p.blocks and not p.quads for p in done.documents)
    assert all(len(p.summary) == 2 for p in done.documents)


def test_kg_build_prints_and_exits_as_before(corpus: Path, tmp_path: Path) -> None:
    proc = kg("build", "--claims", str(corpus), "--format", "nquads", "-o", "g.nq",
              cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    assert (tmp_path / "g.nq").read_text() == in_memory(corpus, "nquads", False)
    assert len(error_lines(proc)) == 3
    assert "wrote g.nq (12 documents)" in proc.stderr
    assert proc.stderr.rstrip().endswith("3 document(s) not built: shopping-days-2014, "
                                         "shopping-days-copy, zz-broken")
