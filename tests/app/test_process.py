"""``kg app`` leaves no Streamlit process behind, however it is stopped."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from kg.serve import free_port
from tests.conftest import PAPER_DIR, child_pids, running, wait_until_up


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_stopping_kg_app_stops_streamlit(how, tmp_path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "app", "--claims", str(PAPER_DIR),
                             "--port", str(port)], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/_stcore/health", 90)
        [streamlit] = child_pids(proc.pid)
        proc.send_signal(how)
        proc.wait(timeout=20)
        deadline = time.monotonic() + 10
        while running(streamlit) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not running(streamlit)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_kg_app_names_the_claims_and_cache_as_kg_check_does(tmp_path, monkeypatch) -> None:
    """Regression: kg app resolved a symlinked claims folder, so the app's keys differed
    from kg check's and 1,000 documents were checked again (160 s) instead of read."""
    from click.testing import CliRunner

    from kg.cli import cli
    link = tmp_path / "linked"
    link.symlink_to(PAPER_DIR, target_is_directory=True)
    seen = {}

    class Child:
        def __init__(self, command, env, **kw) -> None:
            seen.update(env)

        def wait(self) -> int:
            return 0

    monkeypatch.setattr(subprocess, "Popen", Child)
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(cli, ["app", "--claims", "linked", "--cache-dir", "kept"])
    assert done.exit_code == 0, done.output
    assert seen["CLAIMGRAPH_CLAIMS"] == str(link)
    assert seen["KG_CACHE_DIR"] == str(tmp_path / "kept")
