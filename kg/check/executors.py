"""Where documents are checked: a local process pool, or the workers of a Dask cluster.

A document's outcome depends only on its folder, the shapes and the code
(:mod:`kg.check.pipeline`), so documents can be checked anywhere that sees the same files
and runs the same claimgraph; the run is finished where it started.

``local`` forks one worker per core (``jobs``); ``dask:ADDRESS`` sends each document to an
existing Dask cluster (``pip install 'claimgraph[dask]'``; the workers need the claims
folder at the same absolute path, e.g. a shared file system, and the same claimgraph)::

    kg check --executor dask:tcp://scheduler:8786
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from kg.problems import InputError, Problem, shown_from

if TYPE_CHECKING:
    from kg.check.pipeline import Outcome

#: below this many documents to check, a worker pool costs more than it saves
PARALLEL_FROM = 8
#: how long to wait for a Dask scheduler to answer
CONNECT_TIMEOUT_S = 10


def run_checks(executor: str, folders: list[Path], engine: str,
               jobs: int | None) -> Iterator[tuple[Path, Outcome]]:
    """(folder, outcome) of every folder, in the order given."""
    if executor == "local":
        yield from local(folders, engine, jobs)
    elif executor.startswith("dask:"):
        if folders:  # nothing to check (all kept): no need of the cluster
            yield from dask(executor[len("dask:"):], folders, engine)
    else:
        raise InputError(Problem("--executor", 0, f"unknown executor {executor!r}",
                                 "local, or dask:ADDRESS (a Dask scheduler)"))


def local(folders: list[Path], engine: str, jobs: int | None) -> Iterator[tuple[Path, Outcome]]:
    from kg.check import pipeline
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(folders) < PARALLEL_FROM:
        for folder in folders:
            yield folder, pipeline.check_one(folder, engine)
        return
    import multiprocessing
    # fork: the workers inherit the parsed vocabulary and shapes instead of re-reading them
    context = multiprocessing.get_context("fork" if "fork" in
                                          multiprocessing.get_all_start_methods() else None)
    pipeline._warm_up()
    global _RUN_PID
    _RUN_PID = os.getpid()
    chunk = max(1, min(16, len(folders) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                             initializer=_worker_start) as pool:
        yield from zip(folders, pool.map(pipeline.check_one, folders,
                                         [engine] * len(folders), chunksize=chunk))


_RUN_PID: int | None = None


def _worker_start() -> None:
    """A worker dies with the run that started it (a killed kg check left its workers
    running for a minute), and leaves alone what it inherits (vocabulary, shapes)."""
    from kg.processes import die_with_parent
    die_with_parent(_RUN_PID)
    gc.freeze()


def dask(address: str, folders: list[Path], engine: str) -> Iterator[tuple[Path, Outcome]]:
    """Each folder checked by a task on the cluster at ``address``; results in order."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError(Problem("--executor", 0, "the Dask executor needs Dask's distributed "
                                 "scheduler", "pip install 'claimgraph[dask]'")) from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(Problem("--executor", 0, f"cannot reach the Dask scheduler at "
                                 f"{address}: {exc}", "start one (dask scheduler) or check "
                                 "the address")) from None
    cwd = os.getcwd()
    with client:
        futures = client.map(check_remote, [str(f.resolve()) for f in folders],
                             engine=engine, cwd=cwd, pure=False)
        try:
            for folder, future in zip(folders, futures):
                yield folder, future.result()
        finally:
            client.cancel(futures)


def check_remote(folder: str, engine: str, cwd: str) -> Outcome:
    """A Dask task: one document's outcome, its paths shown as from the client's ``cwd``
    (a worker's own working directory is anywhere)."""
    from kg.check.pipeline import check_one
    with shown_from(cwd):
        return check_one(Path(folder), engine)
