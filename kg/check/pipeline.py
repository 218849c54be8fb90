"""Check a claims folder document by document: in parallel, and only what changed.

No shape relates two documents (relations, their figures and the diagnosis all
stay inside one document), so a document's findings depend on nothing but its
own folder, the shapes and the code.  Each document's outcome is kept under a
key made of exactly those (:func:`document_key`); a warm run rebuilds and
re-checks only the documents whose key is new, and puts the report together
from the kept outcomes, so cold and warm runs print the same report.

>>> run = check_folder("claims", cache_dir=None)          # doctest: +SKIP
>>> run.report.headline(), run.checked, run.reused        # doctest: +SKIP
('11 of 13 relations consistent (...) in 1 document', 1, 0)
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.check.agreement import FigureSummary, Place, agreement_findings, sharing, summarise
from kg.check.keys import SUFFIX, Plan, plan_run, read_sealed, seal, unseal, write_sealed
from kg.check.model import Report
from kg.check.run import ENGINES, check_document, merge, problem_report
from kg.check.splice import (Joined, Part, fragment_name, fragment_of, join, join_format,
                             part_of, read_fragment, read_part)
from kg.problems import Problem, display_path
from kg.report import Source

if TYPE_CHECKING:
    from kg.build import BuiltDocument
    from kg.check.shard import Shard
    from kg.summary import DocumentSummary

#: below this many documents to check, a worker pool costs more than it saves
PARALLEL_FROM = 8

@dataclass
class Outcome:
    """What checking one document folder gave: all a report needs of it."""

    doc_id: str
    report: Report
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source: Source | None = None
    #: the document's IRI, when its document.ttl names one
    iri: str | None = None
    #: its figures, for the checks across documents (kg.check.agreement)
    figures: FigureSummary | None = None
    #: what it holds, for listings that should not build it again (the app)
    summary: DocumentSummary | None = None
    #: its graph as built, zlib-compressed N-Quads in its named graph: the app's SPARQL
    #: store is filled from these instead of building the corpus again (kept on disk
    #: beside the outcome, not in it)
    graph: bytes | None = None


@dataclass
class FolderRun:
    """A whole run: the report, and what it took."""

    report: Report
    problems: list[Problem]
    notes: list[str]
    sources: dict[str, Source]
    checked: list[str]  # document ids built and checked in this run
    reused: list[str]  # document ids whose kept outcome was still valid
    #: (folder, outcome) of every document, in folder order (what a shard report carries)
    outcomes: list[tuple[Path, Outcome]] = field(default_factory=list)
    #: document id -> the key its outcome is kept under, when a cache was used
    keys: dict[str, str] = field(default_factory=dict)


def check_one(folder: Path, engine: str = ENGINES[0], keep_graph: bool = False,
              collect: bool = True, lean: bool = False) -> Outcome:
    """Build and check one document folder (``keep_graph``: with its graph as built, for a
    cache to keep; ``collect``: collect the check's garbage afterwards, which the last
    document a run checks in its own process need not; ``lean``: the outcome only for a
    report of this document alone, without the summaries of its figures and of what it
    holds, which only agreement across documents, a cache and the app read)."""
    with _gc_paused():
        outcome = _build_and_check(folder, engine, keep_graph, lean)
        if collect:
            # the document's own reference cycles (rdflib's graphs), without scanning the
            # older heap: 13% less time a document than leaving the collector running during
            # the check.  Its graph let go of first (else it outlived this collection, into
            # the oldest generation), and collected before the collector is on again (on,
            # with the check's objects uncollected, it ran a collection of its own first,
            # often a full one)
            from kg.check.oxigraph import let_go
            let_go()
            gc.collect(1)
    return outcome


def _build_and_check(folder: Path, engine: str, keep_graph: bool,
                     lean: bool = False) -> Outcome:
    from kg.build import build_document
    from kg.corpus import read_document

    if not lean:
        from kg.summary import summarise_document
    source = read_document(folder)
    built = build_document(source) if not source.problems else None
    notes = [f"{source.doc_id}: {n}" for n in source.notes]
    iri = str(source.iri) if source.iri is not None else None
    if built is None:
        return _failed(source.doc_id, list(source.problems), notes, iri)
    assert source.source_path is not None
    text = Source(source.doc_id, display_path(source.source_path), built.text)
    report = check_document(built, engine=engine)
    return Outcome(source.doc_id, report, list(source.problems), notes, text, iri,
                   None if lean else summarise(built),
                   None if lean else summarise_document(built),
                   kept_graph(built) if keep_graph else None)


def kept_graph(built: BuiltDocument) -> bytes:
    """``built``'s graph as zlib-compressed N-Quads in its named graph (the document's
    IRI), as a store loads it; the triples the check converted for Oxigraph are reused
    (a generated document: 490 KB of N-Quads, 30 KB compressed)."""
    import zlib

    import pyoxigraph as ox

    from kg.check.oxigraph import DEFAULT, kept_quads
    name = ox.NamedNode(str(built.iri))
    quads = [ox.Quad(q.subject, q.predicate, q.object, name) for q in kept_quads(built.graph)
             if q.graph_name == DEFAULT]
    return zlib.compress(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"", 1)


def graph_nquads(data: bytes) -> bytes | None:
    """What :func:`kept_graph` compressed, or ``None`` when it is damaged."""
    import zlib
    try:
        return zlib.decompress(data)
    except zlib.error:
        return None


def _failed(doc_id: str, problems: list[Problem], notes: list[str],
            iri: str | None) -> Outcome:
    from kg.build import BuildResult
    return Outcome(doc_id, problem_report(BuildResult([], problems, [doc_id])), problems,
                   notes, None, iri)


class OutcomeCache:
    """Outcomes on disk, one file per key (``<dir>/ab/abcdef....cache``), the triples and
    places of the document's figures beside it (``....figures``): most runs never read
    those (agreement needs them only for a quantity two documents share), and they were
    four fifths of every kept outcome; and its built graph (``....graph``, compressed
    N-Quads), which only the app's SPARQL store reads.

    The files are data (tagged JSON, :mod:`kg.check.portable`): one somebody else wrote (a
    cache committed to a repository, or restored in CI from a pull request) can make
    nothing but claimgraph's own dataclasses, so it cannot run code; it can still say
    what its author likes about a document, so use a cache others wrote only for
    results you would take from them anyway."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str, suffix: str = SUFFIX) -> Path:
        return self.directory / key[:2] / f"{key}{suffix}"

    def get(self, key: str) -> Outcome | None:
        """The kept outcome, its figures' triples and places left on disk (:meth:`full`)."""
        outcome = read_sealed(self._path(key))
        return outcome if isinstance(outcome, Outcome) else None

    def full(self, key: str, outcome: Outcome) -> Outcome | None:
        """``outcome`` with its figures' triples and places read back, or ``None`` when
        they are missing or damaged (the document is then checked again)."""
        if outcome.figures is None:
            return outcome
        kept = read_sealed(self._path(key, ".figures"))
        if not (isinstance(kept, tuple) and len(kept) == 2 and isinstance(kept[0], bytes)
                and isinstance(kept[1], dict)
                and all(isinstance(k, str) and isinstance(v, Place) for k, v in kept[1].items())):
            return None
        ntriples, places = kept
        return replace(outcome, figures=replace(outcome.figures, ntriples=ntriples,
                                                places=places))

    def graph(self, key: str) -> bytes | None:
        """The N-Quads of the document's graph kept beside its outcome, or ``None``."""
        data = unseal(self._path(key, ".graph"))
        return graph_nquads(data) if data is not None else None

    def graphs_of(self, run: FolderRun) -> Callable[[str], bytes | None]:
        """``document id -> its kept graph`` for a run that used this cache."""
        return lambda doc_id: self.graph(run.keys[doc_id]) if doc_id in run.keys else None

    def part(self, key: str) -> Part | None:
        """The document's part of a JSON report kept beside its outcome
        (:mod:`kg.check.splice`), or ``None`` when there is none or it is damaged."""
        data = unseal(self._path(key, ".part"))
        return read_part(data) if data is not None else None

    def put_part(self, key: str, outcome: Outcome) -> Part | None:
        """Keep ``outcome``'s part of a JSON report; it as read back, or ``None`` when it
        cannot be one."""
        data = part_of(outcome)
        if data is None:
            return None
        seal(self._path(key, ".part"), data)
        return read_part(data)

    def fragment(self, key: str, fmt: str, fail_on: str) -> dict[str, Any] | None:
        """The document's piece of a report in ``fmt`` kept beside its outcome
        (:func:`kg.check.splice.fragment_of`), or ``None`` when there is none or it is
        damaged."""
        data = unseal(self._path(key, fragment_name(fmt, fail_on)))
        return read_fragment(data, fmt) if data is not None else None

    def put_fragment(self, key: str, outcome: Outcome, fmt: str, fail_on: str
                     ) -> dict[str, Any] | None:
        """Keep ``outcome``'s piece of a report in ``fmt``; it as read back, or ``None``
        when it cannot be one."""
        data = fragment_of(outcome, fmt, fail_on)
        if data is None:
            return None
        seal(self._path(key, fragment_name(fmt, fail_on)), data)
        return read_fragment(data, fmt)

    def put(self, key: str, outcome: Outcome) -> None:
        # one that cannot be written only costs time; the figures and the graph go first,
        # so a kept outcome without them is only ever a damaged cache; its report part
        # (1 ms) is kept too, so that the next run joins it instead of decoding the outcome
        self.put_part(key, outcome)
        if outcome.graph is not None:
            seal(self._path(key, ".graph"), outcome.graph)
            outcome = replace(outcome, graph=None)
        figures = outcome.figures
        if figures is not None:
            write_sealed(self._path(key, ".figures"), (figures.ntriples, figures.places))
            outcome = replace(outcome, figures=replace(figures, ntriples=b"", places={}))
        write_sealed(self._path(key), outcome)


# --- the run ----------------------------------------------------------------------------------

def check_folder(claims_dir: Path | str, only: list[str] | None = None, *,
                 engine: str = ENGINES[0], jobs: int | None = None,
                 cache_dir: Path | None = None,
                 progress: Callable[[int], Callable[[], None]] | None = None,
                 shard: Shard | None = None, executor: str = "local",
                 plan: Plan | None = None, summaries: bool = True) -> FolderRun:
    """Check every document under ``claims_dir``; reuse kept outcomes from ``cache_dir``.

    ``shard`` checks only its slice of the documents (:mod:`kg.check.shard`);
    ``executor`` is ``local`` (a process pool of ``jobs``) or ``dask:ADDRESS``
    (:mod:`kg.check.executors`).  ``progress(total)`` is called once with the number of
    documents to check and returns the function to call after each one.  ``plan`` is
    :func:`plan_run`'s for the same arguments, when the caller has it already.
    ``summaries=False``: the caller reads the report, not the outcomes' summaries (kg
    check), so a run of one document without a cache or a shard makes none (agreement
    pairs figures of two documents; about 10 ms of the paper's cold check)."""
    if plan is None:
        plan = plan_run(claims_dir, only, engine=engine, cache_dir=cache_dir, shard=shard)
    folders, keys, digests = plan.folders, plan.keys, plan.digests
    cache_ = OutcomeCache(cache_dir) if cache_dir is not None else None
    lean = not summaries and cache_ is None and shard is None and len(folders) == 1
    outcomes, todo = gather(folders, keys, cache_, engine=engine, jobs=jobs,
                            progress=progress, executor=executor, lean=lean)
    checked_now = set(todo)
    kept_lean = [f for f in folders if f not in checked_now]

    def check(some: list[Path], step: Callable[[], None]) -> None:
        _check_into(outcomes, some, keys, cache_, engine, jobs, executor, step)

    if cache_ and kept_lean:
        # a shard report carries every figure to the machine that merges it
        wanted = kept_lean if shard is not None else _sharing(kept_lean, folders, outcomes)
        missing = []
        with _gc_paused():
            for folder in wanted:
                full = cache_.full(keys[folder], outcomes[folder])
                if full is None:
                    missing.append(folder)
                else:
                    outcomes[folder] = full
        check(missing, lambda: None)
        todo += missing
    # a shard sees only its slice: what it does not see is not deleted
    if digests is not None:
        digests.save(prune=only is None and shard is None)
    checked = set(todo)
    run = finish([(f, outcomes[f]) for f in folders], engine,
                 checked=[outcomes[f].doc_id for f in folders if f in checked],
                 reused=[outcomes[f].doc_id for f in folders if f not in checked])
    if cache_:
        run.keys = {outcomes[f].doc_id: keys[f] for f in folders}
    return run


def check_joined(plan: Plan, cache_dir: Path, fail_on: str, *, engine: str = ENGINES[0],
                 jobs: int | None = None,
                 progress: Callable[[int], Callable[[], None]] | None = None,
                 executor: str = "local", prune: bool = True, fmt: str = "json",
                 passes: bool = True) -> Joined | None:
    """The report in ``fmt`` (json, sarif, junit, or text not for a terminal) of
    :func:`check_folder` for ``plan``, as ``kg check`` writes it, joined from each
    document's kept part and piece of that format (:mod:`kg.check.splice`): only the
    documents without them (changed, new, or kept before they were) have their outcome
    read or are checked, so a run costs what changed, not the corpus.  ``None`` where the
    parts alone cannot give the report :func:`finish` gives (documents of one IRI, a
    quantity two documents report): the caller then runs :func:`check_folder`, which
    reuses all that this run checked and kept.  ``prune``: the run saw the whole claims
    folder."""
    cache_ = OutcomeCache(cache_dir)
    keys = plan.keys
    parts: dict[Path, Part] = {}
    pieces: dict[Path, dict[str, Any]] = {}
    # parts kept without this format's piece (a first run in a format): not read twice
    unpieced: dict[Path, Part] = {}
    with _gc_paused():
        for folder in plan.folders:
            part = cache_.part(keys[folder])
            if part is None:
                continue
            if fmt != "json":
                piece = cache_.fragment(keys[folder], fmt, fail_on)
                if piece is None:
                    unpieced[folder] = part
                    continue
                pieces[folder] = piece
            parts[folder] = part
    missing = [f for f in plan.folders if f not in parts]
    if missing:
        outcomes, _ = gather(missing, keys, cache_, engine=engine, jobs=jobs,
                             progress=progress, executor=executor)
        for folder in missing:
            # a checked document's part was kept as it was checked
            key, outcome = keys[folder], outcomes[folder]
            part = unpieced.get(folder) or cache_.part(key) or cache_.put_part(key, outcome)
            if part is None:
                return None
            parts[folder] = part
            if fmt != "json":
                piece = cache_.put_fragment(key, outcome, fmt, fail_on)
                if piece is None:
                    return None
                pieces[folder] = piece
    if plan.digests is not None:
        plan.digests.save(prune=prune)
    with _gc_paused():
        ordered = [parts[f] for f in plan.folders]
        if fmt == "json":
            return join(ordered, fail_on)
        return join_format(ordered, [pieces[f] for f in plan.folders], fmt, fail_on, passes)


def gather(folders: list[Path], keys: dict[Path, str], cache_: OutcomeCache | None, *,
           engine: str = ENGINES[0], jobs: int | None = None,
           progress: Callable[[int], Callable[[], None]] | None = None,
           executor: str = "local", lean: bool = False
           ) -> tuple[dict[Path, Outcome], list[Path]]:
    """The outcome of each of ``folders``: kept in ``cache_`` (lean: figures' triples and
    places left on disk), or built and checked now (and kept; ``lean``: without the
    summaries, :func:`check_one`); and the folders checked."""
    outcomes: dict[Path, Outcome] = {}
    if cache_:
        with _gc_paused():
            for folder in folders:
                kept = cache_.get(keys[folder]) if folder in keys else None
                if kept is not None:
                    outcomes[folder] = kept
    todo = [f for f in folders if f not in outcomes]
    step = progress(len(todo)) if progress and todo else (lambda: None)
    _check_into(outcomes, todo, keys, cache_, engine, jobs, executor, step, lean)
    return outcomes, todo


def _check_into(outcomes: dict[Path, Outcome], some: list[Path], keys: dict[Path, str],
                cache_: OutcomeCache | None, engine: str, jobs: int | None, executor: str,
                step: Callable[[], None], lean: bool = False) -> None:
    from kg.check.executors import run_checks
    # one document: its garbage need not be collected before the run ends (check_one), so
    # the collector stays as the caller left it (kg check: off)
    with _collecting() if len(some) > 1 else nullcontext():
        # the graph only where a cache keeps it (12 ms a document otherwise wasted)
        for folder, outcome in run_checks(executor, some, engine, jobs,
                                          keep_graph=cache_ is not None, lean=lean):
            outcomes[folder] = outcome
            if cache_:
                cache_.put(keys[folder], outcome)  # the build writes nothing into the folder
            step()


def _sharing(kept: list[Path], folders: list[Path], outcomes: dict[Path, Outcome]
             ) -> list[Path]:
    """The kept documents with a quantity another document has (agreement reads their
    figures' triples)."""
    with_figures = [f for f in folders if outcomes[f].figures is not None]
    shared = {with_figures[n] for n in sharing([outcomes[f].figures for f in with_figures])}
    return [f for f in kept if f in shared]


def finish(checked_folders: list[tuple[Path, Outcome]], engine: str, *,
           checked: list[str] | None = None, reused: list[str] | None = None) -> FolderRun:
    """The run's report from its documents' outcomes, in folder order: what spans documents
    (shared IRIs, agreement, diagnoses weighed by other sources) is decided here, so a run
    finished from shard reports (``kg report merge``) equals one run on one machine."""
    from kg.corpus import same_iri_problems

    outcomes = dict(checked_folders)
    shared = same_iri_problems([(o.doc_id, f, o.iri) for f, o in checked_folders
                                if o.iri is not None])
    for folder, outcome in outcomes.items():
        if outcome.doc_id in shared:  # both left out: their graphs would merge into one
            outcomes[folder] = _failed(outcome.doc_id, [shared[outcome.doc_id]],
                                       outcome.notes, outcome.iri)
    ordered = [outcomes[f] for f, _ in checked_folders]
    # across documents: re-run every time from the kept summaries, so that a change on
    # either side of a pair is seen
    across = agreement_findings([o.figures for o in ordered if o.figures is not None], engine)
    with _gc_paused():
        report = merge([o.report for o in ordered], across)
    return FolderRun(report, [p for o in ordered for p in o.problems],
                     [n for o in ordered for n in o.notes],
                     {o.doc_id: o.source for o in ordered if o.source is not None},
                     checked or [], reused or [], checked_folders)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cycle collection in between: while loading and merging kept outcomes (making
    21,000 findings took 0.2 s, and 0.7 s with the collector scanning the growing heap),
    and while one document is checked."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _collecting() -> Iterator[None]:
    """The cycle collector on while documents are checked, even if the caller turned it off
    (kg check does, from loading to printing): rdflib's graphs make reference cycles, and a
    worker that inherited the collector off grew by a megabyte a document.  What was made
    with the collector off is frozen first, so that turning it on does not scan it all."""
    if gc.isenabled():
        yield
        return
    gc.freeze()
    gc.enable()
    try:
        yield
    finally:
        gc.disable()


def _warm_up() -> None:
    """Parse the vocabulary and compile the shapes once, before the workers fork."""
    from kg.check.compile import compiled_checks
    from kg.vocab import vocabulary, vocabulary_graph
    vocabulary_graph()
    vocabulary()
    compiled_checks()
