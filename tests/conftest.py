"""Fixtures: the bundled paper, and hand-made small documents."""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.authoring.new import PREFIX_HEADER

ROOT = Path(__file__).resolve().parents[1]
PAPER_ID = "china-us-ecommerce-2014"
#: the bundled corpus: the paper and a second document that overlaps it
BUNDLED_DIR = ROOT / "claims"
#: a claims folder holding the paper alone (a copy, made once per test run), for the tests
#: about the paper's own findings
PAPER_DIR = Path(tempfile.mkdtemp(prefix="claimgraph-paper-")) / "claims"
shutil.copytree(BUNDLED_DIR / PAPER_ID, PAPER_DIR / PAPER_ID)
atexit.register(shutil.rmtree, PAPER_DIR.parent, True)

PREFIXES = PREFIX_HEADER.replace("{base}", "https://example.org/doc/{doc_id}/")


def document_ttl(doc_id: str, text: str) -> str:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return PREFIXES.format(doc_id=doc_id) + f"""
<https://example.org/doc/{doc_id}> a cg:Document ;
    dcterms:title "Test document {doc_id}" ;
    cg:sourceFile "source.txt" ;
    schema:sha256 "{sha}" .
"""


MakeDoc = Callable[..., Path]


def wait_until_up(url: str, seconds: float = 60) -> None:
    """Poll a server started by a test until it answers."""
    import time
    import urllib.request
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc; zombies included)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (not gone, not a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def make_doc(tmp_path: Path) -> MakeDoc:
    """Write a document folder under ``tmp_path/claims`` and return the claims folder.

    ``claims`` is Turtle without prefixes (they are added); ``document`` replaces
    the generated document.ttl; ``None`` leaves a file out.
    """
    root = tmp_path / "claims"

    def make(doc_id: str = "t", text: str = "", claims: str | None = "",
             document: str | None = "", source: bool = True) -> Path:
        folder = root / doc_id
        folder.mkdir(parents=True, exist_ok=True)
        if source:
            (folder / "source.txt").write_text(text, encoding="utf-8")
        if document is not None:
            (folder / "document.ttl").write_text(document or document_ttl(doc_id, text),
                                                 encoding="utf-8")
        if claims is not None:
            (folder / "claims.ttl").write_text(PREFIXES.format(doc_id=doc_id) + claims,
                                               encoding="utf-8")
        return root

    return make


@pytest.fixture(scope="session")
def paper():
    """The bundled paper, built once."""
    from kg.build import build_corpus
    result = build_corpus(PAPER_DIR)
    assert not result.problems, result.problems
    return result.documents[0]
