"""The endpoint under load and against clients that misbehave: every connection of a burst
gets an answer, slow clients are cut off, a client that leaves stops its query, and the
number of connections is capped (SECURITY.md, "bounded")."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from kg.serve import Endpoint, free_port
from tests.conftest import PAPER_DIR, child_pids, running
from tests.sparql.test_endpoint import COUNT, call
from tests.sparql.test_endpoint_limits import LONG


@pytest.fixture(scope="module")
def endpoint():
    with Endpoint.start(claims=PAPER_DIR, port=free_port(), timeout=30,
                        read_timeout=2) as e:
        yield e


def address(endpoint: Endpoint) -> tuple[str, int]:
    split = urllib.parse.urlsplit(endpoint.url)
    return split.hostname, split.port


def get_request(query: str) -> bytes:
    return (f"GET /sparql?{urllib.parse.urlencode({'query': query})} HTTP/1.1\r\n"
            "Host: 127.0.0.1\r\nConnection: close\r\n\r\n").encode()


def status_of(sock: socket.socket) -> int:
    """The status of the answer on ``sock`` (read to its end)."""
    data = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return int(data.split(b" ", 2)[1])


def test_a_burst_of_200_connections_all_get_an_answer(endpoint) -> None:
    """The listen backlog was 5: 15 to 107 of 200 simultaneous connections were reset."""
    clients = 200
    outcomes: list[object] = []
    ready = threading.Barrier(clients)

    def client() -> None:
        ready.wait()
        try:
            with socket.create_connection(address(endpoint), timeout=60) as sock:
                sock.sendall(get_request(COUNT))
                outcomes.append(status_of(sock))
        except OSError as exc:
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)
    assert len(outcomes) == clients
    assert [o for o in outcomes if o != 200] == []


def test_a_slow_client_is_cut_off_and_does_not_hold_up_others(endpoint) -> None:
    """Slowloris: a byte every 0.3 s used to keep a connection (and its thread) for ever;
    the whole request must come within the read deadline (2 s here)."""
    request = get_request(COUNT)
    with socket.create_connection(address(endpoint), timeout=10) as slow:
        started = time.monotonic()
        answer = b""
        for i, byte in enumerate(request[:-4]):  # never the blank line that ends the headers
            try:
                slow.send(bytes([byte]))
            except OSError:
                break
            # meanwhile another client is answered at once
            if i == 3:
                assert call(endpoint.url, query=COUNT)[0] == 200
            ready, _, _ = select_readable(slow, 0.3)
            if ready:
                answer = slow.recv(65536)
                break
            assert time.monotonic() - started < 8, "still reading the slow request"
        cut_off = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 408 ") or answer == b""
    assert 1.5 < cut_off < 4.5


def select_readable(sock: socket.socket, seconds: float):
    return select.select([sock], [], [], seconds)


def cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def busy_children(seconds: float = 0.6) -> set[int]:
    """This process's children that used the CPU over ``seconds``."""
    before = {pid: cpu_ticks(pid) for pid in child_pids(os.getpid())}
    time.sleep(seconds)
    return {pid for pid, ticks in before.items() if running(pid) and cpu_ticks(pid) > ticks}


def test_a_client_that_leaves_stops_its_query(endpoint) -> None:
    """pyoxigraph cannot cancel a query: it ran on for the whole time limit (30 s here)
    after its client had gone. Now its worker is killed and replaced."""
    with socket.create_connection(address(endpoint), timeout=10) as sock:
        sock.sendall(get_request(LONG))
        deadline = time.monotonic() + 10
        busy: set[int] = set()
        while not busy and time.monotonic() < deadline:
            busy = busy_children()
        assert busy, "the query never started"
    left = time.monotonic()
    while any(running(pid) for pid in busy) and time.monotonic() < left + 5:
        time.sleep(0.05)
    assert not any(running(pid) for pid in busy)
    assert time.monotonic() - left < 2
    assert call(endpoint.url, query=COUNT)[0] == 200
    # the pool is whole again
    deadline = time.monotonic() + 5
    while len(endpoint.pool.pids()) < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(endpoint.pool.pids()) == 4


def test_connections_past_the_cap_are_answered_503_not_left_waiting() -> None:
    with Endpoint.start(claims=PAPER_DIR, port=free_port(), max_connections=3,
                        read_timeout=30) as e:
        idle = [socket.create_connection(address(e), timeout=10) for _ in range(3)]
        try:
            time.sleep(0.3)  # accepted, each holding a thread while it sends nothing
            with socket.create_connection(address(e), timeout=10) as extra:
                extra.sendall(get_request(COUNT))
                started = time.monotonic()
                assert status_of(extra) == 503
                assert time.monotonic() - started < 3
        finally:
            for sock in idle:
                sock.close()
        deadline = time.monotonic() + 5
        while e.server.active and time.monotonic() < deadline:
            time.sleep(0.05)
        assert call(e.url, query=COUNT)[0] == 200


@pytest.mark.parametrize("timeout", [float("inf"), 1e12])
def test_a_huge_time_limit_still_answers(timeout: float) -> None:
    """An infinite or absurd --timeout overflowed the server's waits: every query got 500."""
    with Endpoint.start(claims=PAPER_DIR, port=free_port(), timeout=timeout) as e:
        assert call(e.url, query=COUNT)[0] == 200


def test_killing_the_server_kills_every_worker_even_a_replaced_one(tmp_path) -> None:
    """Workers die with the server however it ends (PR_SET_PDEATHSIG), also those started
    in place of a killed one (forked by the pool's own thread: a request's thread ends with
    its connection, and took its worker with it)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--claims", str(PAPER_DIR),
                             "--port", str(port), "--timeout", "1"], stderr=subprocess.PIPE,
                            text=True, cwd=tmp_path)
    try:
        assert "SPARQL endpoint" in proc.stderr.readline()
        url = f"http://127.0.0.1:{port}/sparql"
        first = set(child_pids(proc.pid))
        assert call(url, query=LONG)[0] == 503  # its worker is killed and replaced
        assert [call(url, query=COUNT)[0] for _ in range(8)] == [200] * 8
        workers = set(child_pids(proc.pid))
        assert len(workers) == 4 and workers != first
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 3
        while any(running(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(running(pid) for pid in workers)
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        proc.wait(timeout=10)


def test_the_guards_verdicts_are_cached_and_still_hold(endpoint, sentinel) -> None:
    """The guard's verdict is cached per normalised text: a refused query asked again
    (the same text, or the same after normalisation) is refused again, never run."""
    from tests.sparql.test_endpoint_limits import CR_BYPASS

    before = len(sentinel.hits)
    bypass = CR_BYPASS.format(url=sentinel.url)
    for text in (bypass, bypass, bypass.replace("\r", "\r\n"), bypass.replace("\r", "\n")):
        status, _, body = call(endpoint.url, query=text)
        assert status == 403 and b"SERVICE is refused" in body
    assert len(sentinel.hits) == before
    for _ in range(3):
        assert call(endpoint.url, query=COUNT)[0] == 200
