"""Where documents are checked: a Dask cluster gives the report a local run gives."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.check.executors import run_checks
from kg.check.pipeline import check_folder
from kg.problems import InputError
from kg.report.json_report import to_json_bytes
from kg.synth import write_corpus
from tests.cli.test_bad_input import assert_no_traceback, error_lines, kg
from tests.conftest import BUNDLED_DIR

distributed = pytest.importorskip(
    "distributed", reason="the Dask executor needs distributed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """Two worker processes and a scheduler on loopback, stopped after the module."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=":0") as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated documents with planted slips, beside the bundled two that agree."""
    claims = tmp_path_factory.mktemp("dask") / "claims"
    write_corpus(claims, documents=9, seed=11)
    (claims / "ground-truth.json").unlink()
    for doc in BUNDLED_DIR.iterdir():
        shutil.copytree(doc, claims / doc.name)
    return claims


def test_the_dask_executor_gives_the_local_report(cluster: str, corpus: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # workers are elsewhere: paths are still shown as from here
    monkeypatch.chdir(corpus.parent)
    local = check_folder(Path("claims"), jobs=1)
    remote = check_folder(Path("claims"), executor=f"dask:{cluster}")
    assert remote.checked == local.checked and len(local.checked) == 11
    assert to_json_bytes(remote.report) == to_json_bytes(local.report)
    assert remote.report.summary()["violations"] > 0 and remote.report.corroboration
    assert [s.path for s in remote.sources.values()] == \
        [s.path for s in local.sources.values()] == \
        [f"claims/{d}/source.txt" for d in sorted(remote.sources)]


def test_kg_check_on_a_cluster_writes_the_same_bytes(cluster: str, corpus: Path) -> None:
    where = corpus.parent
    local = kg("check", "--claims", "claims", "--no-cache", "--format", "sarif", cwd=where)
    remote = kg("check", "--claims", "claims", "--no-cache", "--format", "sarif",
                "--executor", f"dask:{cluster}", cwd=where)
    assert remote.returncode == local.returncode == 1
    assert remote.stdout == local.stdout and remote.stderr == local.stderr


def test_a_scheduler_that_does_not_answer_is_one_clear_error(tmp_path: Path) -> None:
    import socket
    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = kg("check", "--claims", str(BUNDLED_DIR), "--no-cache",
              "--executor", f"dask:tcp://127.0.0.1:{port}", cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    [line] = error_lines(proc)
    assert line.startswith(f"error: --executor:0: cannot reach the Dask scheduler at "
                           f"tcp://127.0.0.1:{port}: ")


def test_without_distributed_the_executor_says_which_extra_to_install(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with pytest.raises(InputError) as err:
        list(run_checks("dask:tcp://127.0.0.1:1", [BUNDLED_DIR / "x"], "oxigraph", None))
    assert str(err.value.problem) == ("--executor:0: the Dask executor needs Dask's distributed "
                                      "scheduler (pip install 'claimgraph[dask]')")


def test_an_unknown_executor_is_refused() -> None:
    with pytest.raises(InputError, match="unknown executor 'spark'"):
        list(run_checks("spark", [], "oxigraph", None))
