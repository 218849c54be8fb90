"""Where documents are checked: a local process pool, or the workers of a Dask cluster.

A document's outcome depends only on its folder, the shapes and the code
(:mod:`kg.check.pipeline`), so documents can be checked anywhere that sees the same files
and runs the same claimgraph; the run is finished where it started.

``local`` forks one worker per core (``jobs``); ``dask:ADDRESS`` sends each document to an
existing Dask cluster (``pip install 'claimgraph[dask]'``; the workers need the claims
folder at the same absolute path, e.g. a shared file system, and the same claimgraph)::

    kg check --executor dask:tcp://scheduler:8786

What the Dask executor promises.  A worker hands each outcome back as data: portable JSON
bytes (:mod:`kg.check.portable`), which this process decodes with portable's whitelist
and type checks, and the client is made with ``serializers=deserializers=["msgpack"]``,
so distributed refuses a result that arrives pickled (or in its ``dask`` family, whose
header names a pickled type) instead of unpickling it (tested: a task whose result would
run code when unpickled is refused, and nothing runs).  A task's failure comes back as
data too (its message), so a cluster that works as intended sends this process no
pickle.

distributed's client still unpickles a few things the scheduler relays whatever its
deserializers (a task's exception, a result's type, a warning, the protocol's pickled
sub-frames).  For the run, :func:`pickles_as_data` sends every one of them through an
Unpickler that loads only builtins' exception and warning classes and plain types
(:data:`PICKLE_SAFE`; a normal run loads only ``builtins.bytes``), by replacing
distributed's own references to ``pickle`` and ``loads``, not the standard library's: a
pickle naming anything else is refused, the run ends with one line, exit 2, and nothing
runs (tested for each: a forged exception, warning and result type).

What it does not promise.  The cluster runs claimgraph's code on the workers, and
whoever can reach the scheduler can run code on the workers (they unpickle the tasks they
are sent) and make the outcomes they return wrong, though not run code in ``kg check``.
A real failure on the cluster that distributed reports as a pickle of its own classes (a
worker lost, ``KilledWorker``) is refused too, and reported as such.  So the scheduler must
be reachable only by trusted parties: a private network, and TLS with certificates on both
sides (``dask:tls://HOST:PORT`` with ``distributed.comm.tls.ca-file``,
``distributed.comm.tls.client.cert``/``key`` and ``distributed.comm.require-encryption``
in Dask's configuration, which :class:`distributed.security.Security` reads).
"""

from __future__ import annotations

import builtins
import contextlib
import gc
import io
import ipaddress
import os
import pickle
import re
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.problems import InputError, Problem, shown_from

if TYPE_CHECKING:
    from kg.check.pipeline import Outcome

#: below this many documents to check, a worker pool costs more than it saves
PARALLEL_FROM = 8
#: how long to wait for a Dask scheduler to answer
CONNECT_TIMEOUT_S = 10
#: the only way results may travel from the cluster (no pickle, no "dask" family)
DATA_ONLY = ["msgpack"]
#: what distributed's client may unpickle during a run, as (module, name): builtins'
#: exception and warning classes (a task's failure, a relayed warning) and plain types (a
#: result's type; a normal run unpickles only ``builtins.bytes``); anything else is refused
PICKLE_SAFE: frozenset[tuple[str, str]] = frozenset(
    [("builtins", name) for name, value in vars(builtins).items()
     if isinstance(value, type) and issubclass(value, BaseException)]
    + [("builtins", name) for name in ("bytes", "bytearray", "str", "int", "float", "bool",
                                       "complex", "dict", "list", "tuple", "set",
                                       "frozenset")]
    # how distributed's workers pickle an exception (tblib's pickling support): these
    # call the exception class given, itself whitelisted, and set its data attributes
    + [("tblib.pickling_support", "unpickle_exception"),
       ("tblib.pickling_support", "unpickle_exception_with_attrs")])
#: distributed's kinds of address (distributed.comm's backends)
SCHEMES = ("tcp", "tls", "ucx", "ws", "wss", "inproc")
#: longer than any host name (253) and port
MAX_ADDRESS = 300
_HOST_PORT = re.compile(r"(?:\[(?P<ipv6>[0-9A-Fa-f:.]+)\]|(?P<host>[A-Za-z0-9_.-]+)):"
                        r"(?P<port>[0-9]+)")
_HOST = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
                   r"(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?")
_INPROC = re.compile(r"[A-Za-z0-9_.:/-]+")


def run_checks(executor: str, folders: list[Path], engine: str, jobs: int | None, *,
               keep_graph: bool = False, lean: bool = False
               ) -> Iterator[tuple[Path, Outcome]]:
    """(folder, outcome) of every folder, in the order given (``keep_graph``: each with
    its graph as built; ``lean``: without its summaries, here only:
    :func:`kg.check.pipeline.check_one`)."""
    address = check_executor(executor)
    if address is None:
        yield from local(folders, engine, jobs, keep_graph, lean)
    elif folders:  # nothing to check (all kept): no need of the cluster
        yield from dask(address, folders, engine, keep_graph)


def check_executor(executor: str) -> str | None:
    """The Dask scheduler's address of ``dask:ADDRESS`` (``None`` for ``local``), checked
    before Dask sees it: :class:`InputError`, one line, for anything else."""
    if executor == "local":
        return None
    if not executor.startswith("dask:"):
        raise InputError(Problem("--executor", 0, f"unknown executor {_shown(executor)}",
                                 "local, or dask:ADDRESS (a Dask scheduler)"))
    address = executor[len("dask:"):]
    why = _address_fault(address)
    if why:
        raise InputError(Problem("--executor", 0, f"{_shown(executor)} is not a Dask "
                                 f"scheduler's address: {why}",
                                 "dask:tcp://HOST:PORT, or tls://HOST:PORT (port 1 to 65535)"))
    return address


def _shown(text: str) -> str:
    """``text`` quoted with its control characters escaped, and cut short: an error stays
    one line."""
    return repr(text) if len(text) <= 80 else f"{text[:60]!r}... ({len(text):,} characters)"


def _address_fault(address: str) -> str | None:
    """What is wrong with a scheduler's address, or ``None``."""
    if not address:
        return "it is empty"
    if len(address) > MAX_ADDRESS:
        return f"longer than {MAX_ADDRESS} characters"
    if not (address.isascii() and address.isprintable()) or " " in address:
        return "it has a space, a control character or a non-ASCII character"
    scheme, sep, rest = address.partition("://")
    if not sep:
        scheme, rest = "tcp", address  # distributed's default
    if scheme not in SCHEMES:
        return f"unknown scheme {scheme!r} (one of {', '.join(SCHEMES)})"
    if scheme == "inproc":
        return None if _INPROC.fullmatch(rest) else "not an in-process address"
    m = _HOST_PORT.fullmatch(rest)
    if m is None:
        return "expected HOST:PORT after the scheme"
    port = m["port"]
    if len(port) > 5 or not 1 <= int(port) <= 65535:
        return f"port {port if len(port) <= 12 else port[:12] + '...'} is not 1 to 65535"
    if m["ipv6"] is not None:
        try:
            ipaddress.IPv6Address(m["ipv6"])
        except ValueError:
            return f"{m['ipv6']!r} is not an IPv6 address"
    elif len(m["host"]) > 253 or not _HOST.fullmatch(m["host"]):
        return f"{m['host']!r} is not a host name or address"
    return None


def local(folders: list[Path], engine: str, jobs: int | None,
          keep_graph: bool = False, lean: bool = False) -> Iterator[tuple[Path, Outcome]]:
    from kg.check import pipeline
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(folders) < PARALLEL_FROM:
        for n, folder in enumerate(folders):
            # the last document's garbage is left to the collector's next run, or to the
            # process's end: collecting it scanned all the check made, about 25 ms of the
            # paper's check from start to report (issue 32), to free memory nothing reuses
            yield folder, pipeline.check_one(folder, engine, keep_graph,
                                             collect=n + 1 < len(folders), lean=lean)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # a pool only past PARALLEL_FROM
    # fork: the workers inherit the parsed vocabulary and shapes instead of re-reading them
    context = multiprocessing.get_context("fork" if "fork" in
                                          multiprocessing.get_all_start_methods() else None)
    pipeline._warm_up()
    global _RUN_PID
    _RUN_PID = os.getpid()
    chunk = max(1, min(16, len(folders) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                             initializer=_worker_start) as pool:
        yield from zip(folders, pool.map(pipeline.check_one, folders, [engine] * len(folders),
                                         [keep_graph] * len(folders), chunksize=chunk))


_RUN_PID: int | None = None


def _worker_start() -> None:
    """A worker dies with the run that started it (a killed kg check left its workers
    running for a minute), and leaves alone what it inherits (vocabulary, shapes)."""
    from kg.processes import die_with_parent
    die_with_parent(_RUN_PID)
    gc.freeze()


def dask(address: str, folders: list[Path], engine: str,
         keep_graph: bool = False) -> Iterator[tuple[Path, Outcome]]:
    """Each folder checked by a task on the cluster at ``address``; results in order."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError(Problem("--executor", 0, "the Dask executor needs Dask's distributed "
                                 "scheduler", "pip install 'claimgraph[dask]'")) from None
    with pickles_as_data() as refused:
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False,
                            serializers=DATA_ONLY, deserializers=DATA_ONLY)
        except (OSError, TimeoutError, ValueError) as exc:
            raise InputError(Problem("--executor", 0, f"cannot reach the Dask scheduler at "
                                     f"{address}: {exc}", "start one (dask scheduler) or "
                                     "check the address")) from None
        cwd = os.getcwd()
        with client:
            futures = client.map(check_remote, [str(f.resolve()) for f in folders],
                                 engine=engine, cwd=cwd, keep_graph=keep_graph, pure=False)
            try:
                for folder, future in zip(folders, futures):
                    try:
                        result = future.result()
                    except Exception as exc:  # refused by DATA_ONLY, or lost with its worker
                        _refuse(address, refused)
                        raise InputError(Problem("--executor", 0, f"the Dask cluster gave no "
                                                 f"outcome for {folder}: {_one_line(exc)}",
                                                 "check the cluster's workers, and who can "
                                                 "reach its scheduler")) from None
                    _refuse(address, refused)
                    yield folder, read_remote(folder, result)
            finally:
                client.cancel(futures)
        _refuse(address, refused)


class RefusedPickle(pickle.UnpicklingError):
    """A pickle from the cluster named a class or function outside :data:`PICKLE_SAFE`."""


class _DataUnpickler(pickle.Unpickler):
    """Unpickles only :data:`PICKLE_SAFE`, noting whatever else a pickle names."""

    refused: list[str] = []

    def find_class(self, module: str, name: str) -> object:
        if (module, name) in PICKLE_SAFE:
            return super().find_class(module, name)
        self.refused.append(f"{module}.{name}")
        raise RefusedPickle(f"{module}.{name} is not loaded from a Dask cluster")


def _safe_loads(data: bytes, /, *, fix_imports: bool = True, encoding: str = "ASCII",
                errors: str = "strict", buffers: object = None) -> object:
    """:func:`pickle.loads` through :class:`_DataUnpickler`."""
    return _DataUnpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                          errors=errors, buffers=buffers).load()


def _safe_distributed_loads(x: bytes, *, buffers: object = ()) -> object:
    """``distributed.protocol.pickle.loads`` through :class:`_DataUnpickler`."""
    return _safe_loads(x, buffers=buffers or None)


@contextlib.contextmanager
def pickles_as_data() -> Iterator[list[str]]:
    """While in it, whatever distributed unpickles in this process (a task's exception, a
    result's type, a relayed warning, the protocol's pickled frames) goes through
    :class:`_DataUnpickler`; yields the names it refused.  distributed's own references
    to ``pickle`` and ``loads`` are replaced, not the standard library's, and restored."""
    import distributed.client
    import distributed.protocol.pickle
    # the stdlib's pickle as distributed's modules see it: only its loading is restricted
    shim = types.ModuleType("pickle")
    shim.__dict__.update(vars(pickle))
    shim.loads, shim.Unpickler = _safe_loads, _DataUnpickler
    shim.load = lambda file, **kw: _DataUnpickler(file, **kw).load()
    patches = [  # every binding that reaches pickle.loads in a client's process
        # the module's loads, called as pickle.loads by protocol.core (pickled sub-frames),
        # protocol.serialize (the "pickle" and "dask" families, ObjectDictSerializer),
        # protocol.numpy and .cuda, and core.clean_exception (a task's exception)
        (distributed.protocol.pickle, "loads", _safe_distributed_loads),
        # the stdlib module its original loads calls, for whoever kept a reference to it
        (distributed.protocol.pickle, "pickle", shim),
        (distributed.client, "loads", _safe_distributed_loads),  # a result's type, run()
        (distributed.client, "pickle", shim),  # a relayed warning's message and category
        # a refused warning is noted and ends the run with one line, not logged with a
        # traceback by the client's report loop
        (distributed.client.Client, "_default_event_handlers",
         {**distributed.client.Client._default_event_handlers,
          "warn": _noted(distributed.client.Client._default_event_handlers["warn"])}),
    ]
    saved = [(module, name, getattr(module, name)) for module, name, _ in patches]
    refused: list[str] = []
    _DataUnpickler.refused = refused
    try:
        for module, name, value in patches:
            setattr(module, name, value)
        yield refused
    finally:
        for module, name, value in saved:
            setattr(module, name, value)
        _DataUnpickler.refused = []


def _noted(handler: Callable[[object], object]) -> Callable[[object], object]:
    """``handler`` with a :class:`RefusedPickle` left to be reported by the run."""
    def noted(event: object) -> object:
        try:
            return handler(event)
        except RefusedPickle:  # already in the run's refused names
            return None
    return noted


def _refuse(address: str, refused: list[str]) -> None:
    """:class:`InputError` if the cluster sent a pickle that was refused."""
    if refused:
        names = ", ".join(sorted(set(refused))[:3])
        raise InputError(Problem("--executor", 0, f"the Dask scheduler at {address} sent a "
                                 f"pickle that would load {_one_line(names)}, which could "
                                 "run code here: refused", "make the scheduler reachable "
                                 "only by trusted parties (dask:tls:// with certificates)"))


def check_remote(folder: str, engine: str, cwd: str, keep_graph: bool = False) -> bytes:
    """A Dask task: one document's outcome as portable JSON (``["ok", outcome]``, or
    ``["error", message]`` when checking it failed), its paths shown as from the client's
    ``cwd`` (a worker's own working directory is anywhere)."""
    from kg.check.pipeline import check_one
    from kg.check.portable import dumps
    try:
        with shown_from(cwd):
            return dumps(["ok", check_one(Path(folder), engine, keep_graph)])
    except Exception as exc:  # as data: an exception would travel back as a pickle
        return dumps(["error", f"{type(exc).__name__}: {exc}"])


def read_remote(folder: Path, result: object) -> Outcome:
    """The outcome a worker sent for ``folder``: data of the shape :func:`check_remote`
    writes, decoded with portable's whitelist, or :class:`InputError`."""
    from kg.check.pipeline import Outcome
    from kg.check.portable import PortableError, loads
    try:
        kind, value = loads(result) if isinstance(result, bytes) else (None, None)
    except (PortableError, ValueError, TypeError):  # not JSON of claimgraph's, or no pair
        kind, value = None, None
    if kind == "ok" and isinstance(value, Outcome):
        return value
    why = f"checking it failed: {_one_line(value)}" if kind == "error" \
        and isinstance(value, str) else "what came back is not a document's outcome"
    raise InputError(Problem("--executor", 0, f"the Dask cluster gave no outcome for "
                             f"{folder}: {why}", "check that the workers run this claimgraph"))


def _one_line(what: object) -> str:
    text = " ".join(str(what).split())
    return text if len(text) <= 300 else text[:300] + "..."
