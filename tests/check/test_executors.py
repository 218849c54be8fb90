"""Where documents are checked: a Dask cluster gives the report a local run gives."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.check.executors import check_executor, read_remote, run_checks
from kg.check.pipeline import check_folder
from kg.problems import InputError
from kg.report.json_report import to_json_bytes
from kg.synth import write_corpus
from tests.cli.test_bad_input import _env, assert_no_traceback, error_lines
from tests.cli.test_bad_input import kg_process as kg
from tests.conftest import BUNDLED_DIR

distributed = pytest.importorskip(
    "distributed", reason="the Dask executor needs distributed (pip install -e '.[test]')")


_CLUSTER = """
import sys, distributed
with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                              host="127.0.0.1", dashboard_address=":0") as local:
    print(local.scheduler_address, flush=True)
    sys.stdin.read()
"""


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """Two worker processes and a scheduler on loopback, stopped after the module.  The
    scheduler runs in a process of its own, as it would for kg check: in this one, what
    kg check restricts (unpickling) would restrict the scheduler too."""
    with subprocess.Popen([sys.executable, "-c", _CLUSTER], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        try:
            address = proc.stdout.readline().strip()
            assert address.startswith("tcp://127.0.0.1:"), "the cluster did not start"
            yield address
        finally:
            proc.stdin.close()
            proc.wait(timeout=60)


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
    assert remote.checked == local.checked and len(local.checked) == 13
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


@pytest.mark.parametrize("executor", [
    "dask:", "dask:tcp://", "dask:tcp://h:99999999999999999999", "dask:tcp://[::1",
    "dask:tcp://h:0", "dask:\x01\x1b[2J", "dask:tcp://" + "h" * 10_000 + ":8786",
    "dask:tcp://h:" + "9" * 10_000, "dask:ftp://h:21", "dask:tcp://[zz::1]:8786"])
def test_a_malformed_address_is_one_line(executor: str, tmp_path: Path) -> None:
    """Issue 29, item 10: some gave a traceback (one tried to allocate 3 EiB)."""
    proc = kg("check", "--claims", str(BUNDLED_DIR), "--no-cache", "--executor", executor,
              cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    [line] = error_lines(proc)
    assert proc.stderr == line + "\n" and proc.stdout == ""
    assert line.startswith("error: --executor:0: ") and len(line) < 400
    assert "is not a Dask scheduler's address: " in line and "\x1b" not in line


def test_an_address_with_a_nul_is_refused_before_dask_sees_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No command line can carry a NUL: through the API, as KG_EXECUTOR cannot either."""
    def connect(*args: object, **kwargs: object) -> None:
        raise AssertionError("Dask was handed a malformed address")
    monkeypatch.setattr(distributed, "Client", connect)
    for executor in ("dask:\x00", "dask:tcp://h\x00:8786", "dask:tcp://h:8786\x00"):
        with pytest.raises(InputError, match="a control character"):
            list(run_checks(executor, [BUNDLED_DIR / "x"], "oxigraph", None))


def test_well_formed_addresses_pass() -> None:
    for address in ("tcp://127.0.0.1:8786", "tls://scheduler.example:8786", "h:1",
                    "tcp://[::1]:65535", "ucx://dask_scheduler:8786", "inproc://10.0.0.1/4/1"):
        assert check_executor(f"dask:{address}") == address
    assert check_executor("local") is None


class _Taken:
    """What an attacker who reached the scheduler made kg's tasks return on the workers."""

    pickled = "a result sent as a pickle"
    undecodable = "an object msgpack cannot carry"


@pytest.mark.parametrize("how", [_Taken.pickled, _Taken.undecodable])
def test_a_result_that_would_run_code_is_refused(how: str, cluster: str, corpus: Path,
                                                 tmp_path: Path) -> None:
    """Issue 29, item 2: a second client replaced the workers' task function, and its
    result's ``__reduce__`` ran in kg check.  Results now arrive only as msgpack data."""
    marker = tmp_path / "marker"

    def take_over(marker: str, how: str) -> None:
        from distributed.protocol.serialize import Serialized, serialize

        from kg.check import executors

        class RunsCode:
            def __reduce__(self):
                return Path.write_text, (Path(marker), "the result ran code")

        def forged(*args: object, **kwargs: object) -> object:
            if how == _Taken.pickled:  # a pickle, whatever serializers were asked for
                return Serialized(*serialize(RunsCode(), serializers=["pickle"]))
            return RunsCode()
        executors.__dict__.setdefault("_saved", executors.check_remote)
        executors.check_remote = forged

    def give_back() -> None:
        from kg.check import executors
        executors.check_remote = executors.__dict__.pop("_saved", executors.check_remote)

    attacker = distributed.Client(cluster, set_as_default=False)
    try:
        attacker.run(take_over, str(marker), how)
        with pytest.raises(InputError) as err:
            list(run_checks(f"dask:{cluster}", sorted(corpus.iterdir())[:2], "oxigraph", None))
        assert not marker.exists()
        # its type, relayed as a pickle (a class kg never loads), is refused first
        assert str(err.value.problem).startswith(
            f"--executor:0: the Dask scheduler at {cluster} sent a pickle that would load ")
        assert "which could run code here: refused" in str(err.value.problem)
    finally:
        attacker.run(give_back)
        attacker.close()
    assert not marker.exists()


def test_only_a_documents_outcome_is_taken_from_a_worker(tmp_path: Path) -> None:
    import pickle

    from kg.check.portable import dumps
    from kg.problems import Problem
    folder = tmp_path / "doc"
    for result in (pickle.dumps(["ok", "x"]), dumps(["ok", Problem("f", 1, "m")]),
                   dumps(["ok"]), b'["ok", {"$type": "Popen", "fields": {}}]', "text", None):
        with pytest.raises(InputError, match="what came back is not a document's outcome"):
            read_remote(folder, result)
    with pytest.raises(InputError, match="checking it failed: OSError: gone"):
        read_remote(folder, dumps(["error", "OSError: gone"]))


class _Relayed:
    """What an attacker who reached the scheduler made the workers send kg check beside a
    result, as a pickle distributed's client unpickles whatever its deserializers are."""

    exception = "a task's exception"
    warning = "a warning's message and category"
    result_type = "a result's type"


@pytest.mark.parametrize("what", [_Relayed.exception, _Relayed.warning, _Relayed.result_type])
def test_a_pickle_relayed_by_the_scheduler_runs_no_code(what: str, cluster: str,
                                                        corpus: Path, tmp_path: Path) -> None:
    """Issue 29, item 2: distributed's client unpickled a task's exception, a relayed
    warning and a result's type; each could run code in kg check.  Now each pickle is
    loaded with a whitelist, and the run ends with one line, exit 2."""
    marker = tmp_path / "marker"

    def take_over(marker: str, what: str) -> None:
        import pickle
        import time
        import types

        import distributed.worker
        import distributed.worker_state_machine as wsm
        from distributed.protocol import to_serialize

        from kg.check import executors

        class RunsCode:
            def __reduce__(self):
                return Path.write_text, (Path(marker), f"{what} ran code")

        runs_code = pickle.dumps(RunsCode())
        genuine = executors.check_remote
        saved = {"check_remote": genuine, "error_message": distributed.worker.error_message,
                 "pickle": wsm.pickle}
        executors.__dict__.setdefault("_saved", saved)

        def forged(*args: object, **kwargs: object) -> object:
            if what == _Relayed.exception:
                raise ValueError("forged")
            if what == _Relayed.warning:
                distributed.get_worker().log_event("warn", {"message": runs_code,
                                                            "category": runs_code})
                time.sleep(1)  # the warning reaches kg check before the result
            return genuine(*args, **kwargs)

        def forged_error(exc: BaseException) -> dict:
            return {"status": "error", "exception": to_serialize(runs_code),
                    "traceback": None, "exception_text": "forged", "traceback_text": ""}

        executors.check_remote = forged
        if what == _Relayed.exception:
            distributed.worker.error_message = forged_error
        if what == _Relayed.result_type:
            wsm.pickle = types.SimpleNamespace(dumps=lambda obj: runs_code)

    def give_back() -> None:
        import distributed.worker
        import distributed.worker_state_machine as wsm

        from kg.check import executors
        saved = executors.__dict__.pop("_saved", None)
        if saved:
            executors.check_remote = saved["check_remote"]
            distributed.worker.error_message = saved["error_message"]
            wsm.pickle = saved["pickle"]

    attacker = distributed.Client(cluster, set_as_default=False)
    attacker.unsubscribe_topic("warn")  # the warning is for kg check, not for this process
    try:
        attacker.run(take_over, str(marker), what)
        try:  # before, a task's exception ran the code, then kg check hung
            proc = subprocess.run([sys.executable, "-m", "kg", "check", "--claims",
                                   str(corpus), "--no-cache", "--executor", f"dask:{cluster}"],
                                  cwd=tmp_path, capture_output=True, text=True, env=_env(),
                                  timeout=120)
        except subprocess.TimeoutExpired:
            proc = None
        assert not marker.exists(), marker.read_text()
        assert proc is not None, "kg check did not finish"
        assert proc.returncode == 2, proc.stderr
        assert_no_traceback(proc)
        [line] = error_lines(proc)
        assert proc.stderr == line + "\n"
        assert line.startswith(f"error: --executor:0: the Dask scheduler at {cluster} sent "
                               "a pickle that would load pathlib.")
        assert "refused" in line and "RunsCode" not in line  # a name kg never imports
    finally:
        attacker.run(give_back)
        attacker.close()
    assert not marker.exists()


def test_the_whitelist_lasts_only_for_the_run() -> None:
    """distributed's references are restricted inside pickles_as_data, restored after, and
    the standard library's pickle is never touched."""
    import pickle

    import distributed.client
    import distributed.protocol.pickle as protocol_pickle

    from kg.check.executors import RefusedPickle, pickles_as_data

    def bindings() -> list[object]:
        return [protocol_pickle.loads, protocol_pickle.pickle, distributed.client.loads,
                distributed.client.pickle, dict(distributed.client.Client._default_event_handlers)]
    before, stdlib_loads = bindings(), pickle.loads
    with pickles_as_data() as refused:
        assert protocol_pickle.loads(pickle.dumps(ValueError("x"))).args == ("x",)
        assert distributed.client.loads(pickle.dumps(bytes)) is bytes
        for loads in (protocol_pickle.loads, protocol_pickle.pickle.loads,
                      distributed.client.loads, distributed.client.pickle.loads):
            with pytest.raises(RefusedPickle):
                loads(pickle.dumps(Path("x")))
        assert set(refused) == {"pathlib.PosixPath"} and pickle.loads is stdlib_loads
    assert bindings() == before and protocol_pickle.loads(pickle.dumps(Path("x"))) == Path("x")
