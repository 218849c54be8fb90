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


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str,
               build: Callable[[Path], None]) -> Path:
    """A folder ``build`` fills once per test run, for every test that asks for ``name``.

    Under pytest-xdist each worker is a process of its own and a session fixture runs once
    per worker; this keeps the folder in the run's temporary root, which every worker
    shares, and the first worker to ask builds it while the others wait on a lock (the
    pattern pytest-xdist documents for a session-wide fixture). A build that raises leaves
    no folder behind: the next test to ask builds it again (and sees the error itself).
    Tests read the folder and never change it (copy it first to change it).
    """
    import fcntl
    import os
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's root: basetemp is popen-gw0, popen-gw1, … in it
    folder = root / f"built-once-{name}"
    with open(root / f"built-once-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".built").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            try:
                build(folder)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            (folder / ".built").touch()
    return folder


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
