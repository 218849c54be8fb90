"""A document reads only files inside its own folder (audit: /etc/passwd was stored and
printed as the source text)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from kg.build import build_corpus
from tests.conftest import document_ttl
from tests.inprocess import run_kg

SECRET = "root:x:0:0:secret-line-that-must-never-be-printed\n"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    path = tmp_path / "elsewhere" / "secret.txt"
    path.parent.mkdir()
    path.write_text(SECRET, encoding="utf-8")
    return path


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` in ``cwd``, in this process (what it prints is what is tested)."""
    return run_kg(*args, cwd=cwd)


@pytest.mark.parametrize("how", ["absolute", "dotdot", "symlink"])
def test_a_source_outside_the_folder_is_refused_and_never_printed(how, make_doc, outside,
                                                                  tmp_path) -> None:
    make_doc("ok", text="Sales were 4 million.\n",
             claims=':c a cg:Claim ; cg:quote "Sales were 4 million." .\n')
    root = make_doc("t", text="", claims=':c a cg:Claim ; cg:quote "Sales were 4 million." .\n')
    folder = root / "t"
    name = {"absolute": str(outside), "dotdot": os.path.relpath(outside, folder),
            "symlink": "source.txt"}[how]
    if how == "symlink":
        (folder / "source.txt").unlink()
        (folder / "source.txt").symlink_to(outside)
    document = document_ttl("t", SECRET).replace('cg:sourceFile "source.txt"',
                                                 f'cg:sourceFile "{name}"')
    (folder / "document.ttl").write_text(document, encoding="utf-8")
    before = (folder / "document.ttl").read_text()

    result = build_corpus(root)
    [problem] = result.problems
    assert "is outside the document folder" in problem.message
    assert result.failed == ["t"] and [d.doc_id for d in result.documents] == ["ok"]

    for command in (["build", "-o", str(tmp_path / "g.trig")], ["check"]):
        proc = kg(*command, "--claims", str(root), cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        assert "secret-line" not in proc.stdout + proc.stderr
        assert "is outside the document folder" in proc.stderr
    assert "secret-line" not in (tmp_path / "g.trig").read_text()
    assert (folder / "document.ttl").read_text() == before  # checksum not rewritten


def test_a_turtle_file_linked_from_outside_is_not_read(make_doc, outside) -> None:
    root = make_doc("t", text="Sales were 4 million.\n",
                    claims=':c a cg:Claim ; cg:quote "Sales were 4 million." .\n')
    (root / "t" / "more.ttl").symlink_to(outside)
    [problem] = build_corpus(root).problems
    assert problem.file.endswith("more.ttl") and "outside the document folder" in problem.message
    assert "secret-line" not in str(problem)
