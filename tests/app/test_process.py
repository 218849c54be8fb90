"""``kg app`` leaves no Streamlit process behind, however it is stopped."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.serve import free_port
from tests.conftest import PAPER_DIR, wait_until_up


def children(pid: int) -> list[int]:
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
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_stopping_kg_app_stops_streamlit(how, tmp_path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "app", "--claims", str(PAPER_DIR),
                             "--port", str(port)], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/_stcore/health", 90)
        [streamlit] = children(proc.pid)
        proc.send_signal(how)
        proc.wait(timeout=20)
        deadline = time.monotonic() + 10
        while running(streamlit) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not running(streamlit)
    finally:
        if proc.poll() is None:
            proc.kill()
