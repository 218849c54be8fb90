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
"""

from __future__ import annotations

import faulthandler
import os
import resource
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
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
