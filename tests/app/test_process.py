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


def listening(port: int) -> set[str]:
    """The addresses a socket listens on at ``port`` (from /proc/net/tcp and tcp6)."""
    import ipaddress
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in open(table).read().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # LISTEN
                raw = bytes.fromhex(address)
                # /proc writes each 32-bit word in the host's (little-endian) order
                raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
                found.add(str(ipaddress.ip_address(raw)))
    return found


def upgrade(port: int, host: str) -> int:
    """The status a websocket upgrade to /_stcore/stream gets with this Host."""
    import socket
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n".encode())
        return int(s.recv(1024).split(b" ", 2)[1])


def status(port: int, path: str, host: str) -> int:
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Host": host})
        return conn.getresponse().status
    finally:
        conn.close()


@pytest.mark.parametrize("start", ["kg app", "streamlit run app.py"])
def test_the_app_listens_on_loopback_and_answers_only_its_own_host(start, tmp_path) -> None:
    """Issue 29: ``streamlit run app.py`` listened on every interface, and neither start
    checked the Host header (DNS rebinding: a page of evil.example, resolved to 127.0.0.1,
    read the app and opened its websocket)."""
    import os

    from tests.conftest import ROOT
    port = free_port()
    if start == "kg app":
        command = [sys.executable, "-m", "kg", "app", "--claims", str(PAPER_DIR),
                   "--port", str(port), "--allow-host", "proxy.example"]
        cwd = tmp_path
    else:  # as the README says, from the project's folder (its .streamlit/config.toml)
        command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port",
                   str(port), "--server.headless", "true"]
        cwd = ROOT
    env = {**os.environ, "CLAIMGRAPH_CLAIMS": str(PAPER_DIR),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/_stcore/health", 90)
        assert listening(port) == {"127.0.0.1"}
        for path in ("/", "/_stcore/health"):
            assert status(port, path, f"127.0.0.1:{port}") == 200
            assert status(port, path, f"localhost:{port}") == 200
            assert status(port, path, "evil.example") == 421
            assert status(port, path, f"evil.example:{port}") == 421
            assert status(port, path, "127.0.0.1:1") == 421  # another port's
        assert upgrade(port, f"127.0.0.1:{port}") == 101
        assert upgrade(port, f"evil.example:{port}") == 403
        if start == "kg app":  # a name given with --allow-host
            assert status(port, "/", "proxy.example") == 200
            assert upgrade(port, "proxy.example") == 101
        children = child_pids(proc.pid)
        proc.terminate()
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(running(p) for p in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(running(p) for p in children)
        # the kernel closes a dead process's socket as it reaps it: allow it a moment
        while listening(port) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert listening(port) == set()
    finally:
        if proc.poll() is None:
            proc.kill()
