"""Running a user's query where it can be stopped, bounded and cut off from the network.

pyoxigraph cannot cancel a query that is running, so a query that outlives its
time limit would go on using a core and memory (45 s and 3.5 GB were measured
for ``ORDER BY RAND()`` over a cross product).  Each query therefore runs in a
forked child process that:

* is killed at the deadline (parsing and the guard's checks count too);
* may grow by at most ``memory_mb`` beyond what it inherited (``RLIMIT_AS``);
* has no network: it enters a network namespace of its own where Linux allows
  it (root, or unprivileged user namespaces), so even a SERVICE the guard missed
  could not connect anywhere; where it cannot, the guard alone stands
  (:data:`NETWORK_ISOLATION` says which);
* dies with its parent (``PR_SET_PDEATHSIG``);
* hands its answer back as data (:mod:`kg.check.portable`: JSON that can make only a
  query's :class:`~kg.store.Result` or :class:`~kg.sparql.guard.CheckedQuery`), never as
  a pickle: the child runs a user's query, and whatever it sends must not be able to run
  code in the server.

On platforms without ``fork`` the work runs in a thread, as before: limited in
time for the caller, not stopped.

A server keeps a :class:`WorkerPool` instead: the same sandbox, forked in advance
and reused query after query, killed and replaced when a query must be stopped.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import queue
import resource
import select
import signal
import socket
import stat
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kg.check.portable import Kinds, PortableError, dumps, loads
from kg.processes import die_with_parent, libc
from kg.sparql.guard import CheckedQuery, QueryError

CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000
#: the largest answer a child may hand back (bytes)
MAX_ANSWER = 256 * 1024 * 1024
#: the stack of the thread a query runs on in its child
STACK = 256 * 1024 * 1024
_TOO_LARGE = b"too large"  # a marker, compared by identity


def answer_kinds() -> Kinds:
    """The classes a child's answer may be made of (besides plain data)."""
    from kg.store import Result
    return {"Result": Result, "CheckedQuery": CheckedQuery}


def _leave_the_network() -> bool:
    """Enter an empty network namespace (only a loopback device, down)."""
    c = libc()
    if c is None or not sys.platform.startswith("linux"):
        return False
    if c.unshare(CLONE_NEWNET) == 0:
        return True
    return c.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0


def _probe_isolation() -> bool:
    if not hasattr(os, "fork"):
        return False
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os._exit(0 if _leave_the_network() else 1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


_isolation: bool | None = None


def network_isolation() -> bool:
    """Whether query children run without a network on this machine (probed once)."""
    global _isolation
    if _isolation is None:
        _isolation = _probe_isolation()
    return _isolation


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):  # pragma: no cover - no procfs
        return 0


def run_isolated(work: Callable[[], Any], *, timeout: float, memory_mb: int) -> Any:
    """``work()``'s value, computed in a child process within the limits.

    A :class:`QueryError` raised by ``work`` is raised here; a child past the time
    limit is killed (503), and one that dies past its memory limit is reported so (503).
    """
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        return _in_a_thread(work, timeout)
    network_isolation()  # probed before the first fork that matters, never inside one
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; coverage does not follow it
        os.close(read_end)
        _child(work, write_end, memory_mb, parent)
    os.close(write_end)
    try:
        data = _read_until(read_end, time.monotonic() + timeout)
    finally:
        os.close(read_end)
    if data is None or data is _TOO_LARGE:
        _kill(pid)
        if data is _TOO_LARGE:
            raise QueryError(f"stopped: the answer exceeded {MAX_ANSWER >> 20} MB", 422)
        raise QueryError(f"stopped: the time limit of {timeout:g} s was exceeded", 503)
    _, status = os.waitpid(pid, 0)
    if not data:
        code = os.waitstatus_to_exitcode(status)
        if code == -signal.SIGABRT:  # Rust aborts when an allocation fails
            raise QueryError(f"stopped: the memory limit of {memory_mb} MB was exceeded", 503)
        raise QueryError("stopped: the query's process ended without an answer "
                         f"({'signal ' + str(-code) if code < 0 else 'exit ' + str(code)})", 503)
    try:
        kind, value = loads(data, answer_kinds())
    except (PortableError, ValueError, TypeError):  # not a (kind, value) pair either
        raise QueryError("stopped: the query's process sent back no answer it may", 500) from None
    if kind == "error" and isinstance(value, tuple) and len(value) == 2 \
            and isinstance(value[0], str) and type(value[1]) is int:
        raise QueryError(*value)
    if kind != "ok":
        raise QueryError("stopped: the query's process sent back no answer it may", 500)
    return value


def _child(work: Callable[[], Any], out: int, memory_mb: int,
           parent: int) -> None:  # pragma: no cover
    code = 0
    try:
        die_with_parent(parent)
        # an allocation that fails aborts: no backtrace from Rust or faulthandler on the
        # parent's stderr
        faulthandler.disable()
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if _isolation:
            _leave_the_network()
        box: dict[str, tuple[str, Any]] = {}
        go = threading.Event()

        def run() -> None:
            go.wait()
            box["answer"] = _answer(work, memory_mb)

        # rdflib's parser recurses deeply (a query with 1,000 triple patterns), further than
        # the stack of the server thread that forked this child would take
        threading.stack_size(STACK)
        thread = threading.Thread(target=run)
        thread.start()
        limit = _address_space() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        go.set()
        thread.join()
        try:
            data = dumps(box["answer"], answer_kinds())
        except PortableError as exc:
            data = dumps(("error", (f"the query failed: its answer {exc}", 500)))
        view = memoryview(data)
        while view:
            view = view[os.write(out, view):]
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _answer(work: Callable[[], Any], memory_mb: int) -> tuple[str, Any]:  # pragma: no cover
    """("ok", the value) or ("error", (message, status)): a QueryError's subclass and
    anything else it carries stay in the child."""
    try:
        return ("ok", work())
    except QueryError as exc:
        return ("error", (exc.message, exc.status))
    except MemoryError:
        return ("error", (f"stopped: the memory limit of {memory_mb} MB was exceeded", 503))
    except Exception as exc:  # reported to the caller as an answer, never a traceback
        return ("error", (f"the query failed: {exc}", 500))


def _read_until(fd: int, deadline: float) -> bytes | None:
    """Everything the child writes, or ``None`` when the deadline passes first."""
    chunks: list[bytes] = []
    size = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return None
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_ANSWER:
            return _TOO_LARGE


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:  # pragma: no cover - already gone
        pass
    os.waitpid(pid, 0)


def _in_a_thread(work: Callable[[], Any], timeout: float) -> Any:  # pragma: no cover
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryError(f"stopped: the time limit of {timeout:g} s was exceeded", 503)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


# --- a pool of long-lived sandboxed workers (kg serve) -----------------------------------
#
# Forking a child per query costs 10 to 60 ms in a large process; a server instead keeps a
# fixed number of children forked in advance, each sandboxed like a query child (no network,
# its memory bounded, dying with its parent), that evaluate one request at a time.  A worker
# past its deadline, or whose client went away, is killed and replaced: pyoxigraph cannot
# cancel a running query, so killing its process is how it is stopped.  Requests and
# answers cross the pipes as data only (a JSON header and raw bytes), never pickles.

_FRAME = struct.Struct("!IQ")  # length of the JSON header, length of the payload
Handler = Callable[[dict[str, Any]], tuple[dict[str, Any], bytes]]


class ClientGone(Exception):
    """The client closed its connection while its query ran: nobody wants the answer."""


def _frame(meta: dict[str, Any], payload: bytes = b"") -> bytes:
    head = json.dumps(meta, separators=(",", ":")).encode("utf-8")
    return _FRAME.pack(len(head), len(payload)) + head + payload


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, size: int) -> bytes | None:
    """``size`` bytes from a blocking ``fd``, or ``None`` at end of file."""
    parts, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


@dataclass
class _Worker:
    pid: int
    requests: int  # the parent writes requests here
    answers: int  # and reads answers here

    def fds(self) -> tuple[int, int]:
        return self.requests, self.answers


class WorkerPool:
    """``size`` sandboxed worker processes that answer ``handler(request)`` one at a time.

    ``setup`` runs in each new worker before it serves (e.g. to open an on-disk store
    afresh: RocksDB's threads do not survive fork).  Workers are forked from the calling
    process, so what it holds (an in-memory store) they share, copy-on-write.
    """

    def __init__(self, handler: Handler, *, size: int, memory_mb: int,
                 setup: Callable[[], None] | None = None) -> None:
        self.handler, self.size, self.memory_mb, self.setup = handler, max(1, size), \
            memory_mb, setup
        self.replaced = 0  # workers killed and replaced (deadline, client gone, crash)
        self._lock = threading.Lock()
        self._workers: dict[int, _Worker] = {}
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._jobs: queue.SimpleQueue[threading.Event | None] = queue.SimpleQueue()
        self._spawner: threading.Thread | None = None
        self._closed = False

    def start(self) -> WorkerPool:
        """Fork the workers, and return once they are there."""
        network_isolation()  # probed once, before any worker exists
        # Workers are forked by one thread that lives as long as the pool: Linux kills a
        # child when the *thread* that forked it ends (PR_SET_PDEATHSIG), and a request's
        # thread ends with its connection.
        self._spawner = threading.Thread(target=self._spawn_on_request, daemon=True,
                                         name="query-workers")
        self._spawner.start()
        done = [threading.Event() for _ in range(self.size)]
        for event in done:
            self._jobs.put(event)
        for event in done:
            event.wait()
        return self

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(self._workers)

    def close(self) -> None:
        """Kill every worker and reap it; the pool answers nothing more."""
        with self._lock:
            self._closed = True
        if self._spawner is not None:
            self._jobs.put(None)
            self._spawner.join()
        with self._lock:
            workers = list(self._workers.values())
            self._workers.clear()
        for worker in workers:
            self._end(worker)

    def call(self, request: dict[str, Any], *, timeout: float,
             watch: socket.socket | None = None) -> tuple[dict[str, Any], bytes]:
        """The answer of a free worker to ``request`` within ``timeout`` seconds.

        Waiting for a free worker counts.  Raises :class:`QueryError` (503) past the
        deadline, when the worker dies (its memory limit) or the pool is busy throughout,
        and :class:`ClientGone` as soon as ``watch`` (the client's socket) is closed by
        its peer; in each of those cases a worker that had the request is replaced.
        """
        deadline = time.monotonic() + timeout
        worker = self._take(deadline, watch, timeout)
        try:
            _write_all(worker.requests, _frame(request))
            answer = self._receive(worker, deadline, watch)
        except BrokenPipeError:  # died while idle (killed from outside): no answer
            answer = None
        except BaseException:
            self._replace(worker)
            raise
        if isinstance(answer, tuple):
            meta, payload = answer
            if meta.get("retire"):  # a MemoryError left it in doubt: a fresh one instead
                self._replace(worker)
            else:
                self._idle.put(worker)
            return meta, payload
        status = self._replace(worker)
        if answer is _TOO_LARGE:
            raise QueryError(f"stopped: the answer exceeded {MAX_ANSWER >> 20} MB", 422)
        if answer is _TIMED_OUT:
            raise QueryError(f"stopped: the time limit of {timeout:g} s was exceeded", 503)
        if status == -signal.SIGABRT:  # Rust aborts when an allocation fails
            raise QueryError(f"stopped: the memory limit of {self.memory_mb} MB was exceeded",
                             503)
        raise QueryError("stopped: the query's process ended without an answer "
                         f"({'signal ' + str(-status) if status < 0 else 'exit ' + str(status)})",
                         503)

    # -- the parent's side ------------------------------------------------------------------

    def _take(self, deadline: float, watch: socket.socket | None, timeout: float) -> _Worker:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise QueryError(f"stopped: busy for longer than the time limit of "
                                 f"{timeout:g} s", 503)
            try:
                # in short waits, so that a client that leaves the queue is noticed
                return self._idle.get(timeout=min(left, 0.25))
            except queue.Empty:
                if self._closed:
                    raise QueryError("the server is stopping", 503) from None
                if watch is not None and peer_closed(watch):
                    raise ClientGone from None

    def _receive(self, worker: _Worker, deadline: float,
                 watch: socket.socket | None) -> tuple[dict[str, Any], bytes] | object | None:
        """The worker's answer; ``None`` if it died, :data:`_TIMED_OUT` or :data:`_TOO_LARGE`."""
        poller = select.poll()
        poller.register(worker.answers, select.POLLIN)
        if watch is not None:
            # POLLRDHUP: the peer closed (or half-closed) its side; POLLIN alone would also
            # wake for a pipelined next request, which is no reason to stop
            poller.register(watch, _PEER_CLOSED)
        buffer = bytearray()
        need = _FRAME.size
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return _TIMED_OUT
            events = poller.poll(max(1, int(left * 1000)))
            if any(fd != worker.answers for fd, _ in events):
                raise ClientGone
            if not events:
                continue
            chunk = os.read(worker.answers, 1 << 20)  # readable, or at its end: no wait
            if not chunk:
                return None
            buffer += chunk
            if len(buffer) >= _FRAME.size and need == _FRAME.size:
                head, size = _FRAME.unpack_from(buffer)
                if size > MAX_ANSWER:
                    return _TOO_LARGE
                need = _FRAME.size + head + size
            if len(buffer) >= need > _FRAME.size:
                head, _ = _FRAME.unpack_from(buffer)
                meta = json.loads(bytes(buffer[_FRAME.size:_FRAME.size + head]))
                return meta, bytes(buffer[_FRAME.size + head:need])

    def _spawn(self) -> _Worker:
        requests_r, requests_w = os.pipe()
        answers_r, answers_w = os.pipe()
        parent = os.getpid()
        with self._lock:
            if self._closed:
                for fd in (requests_r, requests_w, answers_r, answers_w):
                    os.close(fd)
                raise QueryError("the server is stopping", 503)
            others = [fd for w in self._workers.values() for fd in w.fds()]
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the worker; coverage does not follow it
                _worker_main(self, requests_r, answers_w, parent,
                             others + [requests_w, answers_r])
            worker = _Worker(pid, requests_w, answers_r)
            self._workers[pid] = worker
        os.close(requests_r)
        os.close(answers_w)
        return worker

    def _replace(self, worker: _Worker) -> int:
        """Kill ``worker``, put a fresh one in its place; the old one's exit status."""
        with self._lock:
            known = self._workers.pop(worker.pid, None) is not None
            self.replaced += 1
        status = self._end(worker) if known else 0
        self._jobs.put(threading.Event())
        return status

    def _spawn_on_request(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                self._idle.put(self._spawn())
            except QueryError:  # stopping
                pass
            except OSError as exc:  # out of processes or memory: one fewer worker
                print(f"kg serve: cannot start a query worker: {exc}", file=sys.stderr)
            finally:
                job.set()

    @staticmethod
    def _end(worker: _Worker) -> int:
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker.pid, signal.SIGKILL)
        try:
            _, status = os.waitpid(worker.pid, 0)
            code = os.waitstatus_to_exitcode(status)
        except ChildProcessError:  # pragma: no cover - reaped elsewhere
            code = 0
        for fd in worker.fds():
            with contextlib.suppress(OSError):
                os.close(fd)
        return code


_TIMED_OUT = object()
#: the peer closed its side (Linux); elsewhere only a hang-up is seen
_PEER_CLOSED = getattr(select, "POLLRDHUP", select.POLLHUP)


def peer_closed(sock: socket.socket) -> bool:
    """Whether the other end of ``sock`` has closed it (without reading what it sent)."""
    poller = select.poll()
    poller.register(sock, _PEER_CLOSED)
    return bool(poller.poll(0))


def _close_inherited(keep: set[int], others: list[int]) -> None:  # pragma: no cover
    """Close the server's sockets (listening and clients') and the other workers' pipes in a
    new worker: a client's connection must end when the server closes it, not live on in
    a worker's copy."""
    for fd in others:
        with contextlib.suppress(OSError):
            os.close(fd)
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd in keep or fd < 3:
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)


def _worker_main(pool: WorkerPool, requests: int, answers: int, parent: int,
                 others: list[int]) -> None:  # pragma: no cover - the worker
    code = 0
    try:
        die_with_parent(parent)
        faulthandler.disable()
        quiet = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(quiet, fd)
        os.close(quiet)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if os.path.isdir("/proc/self/fd"):
            _close_inherited({requests, answers}, others)
        if _isolation:
            _leave_the_network()
        if pool.setup is not None:
            pool.setup()

        def serve() -> None:
            while True:
                header = _read_exactly(requests, _FRAME.size)
                if header is None:
                    return  # the server is gone
                head, size = _FRAME.unpack(header)
                body = _read_exactly(requests, head + size)
                if body is None:
                    return
                request = json.loads(body[:head])
                meta, payload = _serve_one(pool.handler, request, pool.memory_mb)
                _write_all(answers, _frame(meta, payload))
                if meta.get("retire"):
                    return

        # rdflib's parser recurses deeply (a query with 1,000 triple patterns)
        threading.stack_size(STACK)
        thread = threading.Thread(target=serve)
        thread.start()
        limit = _address_space() + pool.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        thread.join()
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _serve_one(handler: Handler, request: dict[str, Any],
               memory_mb: int) -> tuple[dict[str, Any], bytes]:  # pragma: no cover
    try:
        return handler(request)
    except QueryError as exc:
        return {"status": exc.status, "message": exc.message}, b""
    except MemoryError:
        return {"status": 503, "retire": True,
                "message": f"stopped: the memory limit of {memory_mb} MB was exceeded"}, b""
    except Exception as exc:  # reported to the caller as an answer, never a traceback
        return {"status": 500, "message": f"the query failed: {exc}"}, b""
