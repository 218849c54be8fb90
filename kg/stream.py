"""``kg build``, streamed: document by document into TriG or N-Quads on disk, or into a store,
with memory bounded by the largest document rather than the corpus.

Each document is built, and its named graph written out, on its own (in a pool of worker
processes); what is written is spooled on disk and put in order at the end, so the output is
byte for byte what building the whole corpus in one rdflib Dataset gives
(:func:`kg.serialize.serialize`): TriG is one block per graph in graph-IRI order; N-Quads are
the sorted lines of every graph, merged here from each graph's sorted run (an external merge
sort, a few hundred runs at a time).

>>> done = stream_build(bundled_claims_dir(), None, "nquads", Path("g.nq"))  # doctest: +SKIP
>>> [d.doc_id for d in done.documents]                                        # doctest: +SKIP
['china-us-ecommerce-2014', 'shopping-days-2014']
"""

from __future__ import annotations

import heapq
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rdflib import Graph, URIRef

from kg.problems import Problem

#: formats that keep named graphs, and so can be written graph by graph
STREAMED = ("trig", "nquads")
#: sorted runs merged at once (each holds an open file)
MERGE_WIDTH = 256


@dataclass
class DocumentPart:
    """One document, built and written out: what the parent process keeps of it."""

    doc_id: str
    folder: Path
    iri: str | None
    #: (graph IRI, text in the output format); N-Quads runs are sorted
    blocks: list[tuple[str, str]] = field(default_factory=list)
    #: (graph IRI, N-Quads) for a store, when one is loaded
    quads: list[tuple[str, str]] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)  # the lines kg build prints about it
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class StreamResult:
    documents: list[DocumentPart]  # built and written, in folder order
    problems: list[Problem]
    failed: list[str]
    notes: list[str]


def stream_build(claims_dir: Path, only: list[str] | None, fmt: str, out: IO[str], *,
                 findings: Callable[[str, str], Graph | None] | None = None,
                 store: Callable[[Iterator[tuple[str, bytes]], set[str], int], None] | None = None,
                 jobs: int | None = None, spool_in: Path | None = None,
                 progress: Callable[[int], Callable[[], None]] | None = None) -> StreamResult:
    """Build every document under ``claims_dir`` and write the graph in ``fmt`` to ``out``.

    ``findings(doc_id, iri)`` gives a document's findings graph (``<document>/findings``);
    ``store(graphs, names, documents)`` is given every graph as N-Quads, one by one, their
    names and how many documents were built.  Written graphs wait in a folder made in
    ``spool_in`` (default: the system's temporary folder, which may be memory: pass the
    output's folder for a large corpus)."""
    from kg.corpus import discover, same_iri_problems
    from kg.namespaces import ONTOLOGY_GRAPH
    from kg.vocab import ontology_graph

    folders = discover(claims_dir, only)
    spool = Path(tempfile.mkdtemp(prefix=".claimgraph-build-", dir=spool_in))
    try:
        parts: list[DocumentPart] = []
        runs: dict[str, Path] = {}  # graph IRI -> its spooled text
        quads: dict[str, Path] = {}
        step = progress(len(folders)) if progress else (lambda: None)
        for part in _parts(folders, fmt, findings, store is not None, jobs):
            for graph, text in part.blocks:
                runs[graph] = _spool(spool, len(runs), text)
            for graph, text in part.quads:
                quads[graph] = _spool(spool, len(runs) + len(quads) + 10**7, text)
            part.blocks, part.quads = [], []
            parts.append(part)
            step()
        runs[ONTOLOGY_GRAPH] = _spool(spool, -1,
                                      graph_text(ontology_graph(), ONTOLOGY_GRAPH, fmt))
        if store is not None:
            quads[ONTOLOGY_GRAPH] = _spool(spool, -2, graph_text(ontology_graph(), ONTOLOGY_GRAPH,
                                                             "nquads"))
        shared = same_iri_problems([(p.doc_id, p.folder, p.iri) for p in parts
                                    if p.iri is not None and p.summary])
        built = [p for p in parts if p.summary and p.doc_id not in shared]
        kept = {ONTOLOGY_GRAPH} | {g for p in built for g in (p.iri, f"{p.iri}/findings")}
        graphs = sorted(g for g in runs if g in kept)
        if fmt == "trig":
            from kg.serialize import prefix_header
            out.write(prefix_header())  # the prefixes, then each graph's block in IRI order
            for g in graphs:
                out.write(runs[g].read_text(encoding="utf-8"))
        else:
            _merge_sorted([runs[g] for g in graphs], out, spool)
        if store is not None:
            names = {g for g in quads if g in kept}
            store(((g, quads[g].read_bytes()) for g in sorted(names)), names, len(built))
        problems = [q for p in parts for q in p.problems] + list(shared.values())
        failed = sorted({p.doc_id for p in parts if not p.summary} | set(shared))
        return StreamResult(built, problems, failed, [n for p in parts for n in p.notes])
    finally:
        shutil.rmtree(spool, ignore_errors=True)


def _parts(folders: list[Path], fmt: str, findings, with_quads: bool,
           jobs: int | None) -> Iterator[DocumentPart]:
    from kg.check.executors import PARALLEL_FROM
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(folders) < PARALLEL_FROM:
        for folder in folders:
            yield build_part(folder, fmt, findings, with_quads)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from kg.check import executors
    from kg.vocab import vocabulary, vocabulary_graph
    vocabulary_graph()  # parsed once, before the workers fork
    vocabulary()
    global _JOB
    _JOB = (fmt, findings, with_quads)
    executors._RUN_PID = os.getpid()
    context = multiprocessing.get_context("fork" if "fork" in
                                          multiprocessing.get_all_start_methods() else None)
    chunk = max(1, min(8, len(folders) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                             initializer=executors._worker_start) as pool:
        yield from pool.map(_build_in_worker, folders, chunksize=chunk)


#: what every worker builds with (inherited through fork: the findings may be large)
_JOB: tuple | None = None


def _build_in_worker(folder: Path) -> DocumentPart:
    assert _JOB is not None
    return build_part(folder, *_JOB)


def build_part(folder: Path, fmt: str,
               findings: Callable[[str, str], Graph | None] | None = None,
               with_quads: bool = False) -> DocumentPart:
    """Build one document and write its graphs in ``fmt``."""
    import gc

    from kg.build import build_document
    from kg.coverage import coverage, summarize
    from kg.corpus import read_document
    from kg.namespaces import CG

    source = read_document(folder)
    built = build_document(source) if not source.problems else None
    part = DocumentPart(source.doc_id, folder, str(source.iri) if source.iri else None,
                        problems=list(source.problems),
                        notes=[f"{source.doc_id}: {n}" for n in source.notes])
    if built is None:
        return part
    graphs = [(str(built.iri), built.graph)]
    extra = findings(built.doc_id, str(built.iri)) if findings is not None else None
    if extra is not None:
        graphs.append((f"{built.iri}/findings", extra))
    for name, g in graphs:
        part.blocks.append((name, graph_text(g, name, fmt)))
        if with_quads:
            part.quads.append((name, part.blocks[-1][1] if fmt == "nquads"
                               else graph_text(g, name, "nquads")))
    counts = ", ".join(f"{n} {k}" for k, n in sorted(built.relation_counts().items()))
    part.summary = [
        f"{built.doc_id}: {built.count(CG.Claim)} claims, {built.count(CG.Figure)} figures, "
        f"{built.count(CG.StatedDate)} dates, relations: {counts or 'none'}",
        f"  coverage: {summarize(built.doc_id, coverage(built))}"]
    del built, graphs
    gc.collect(1)  # the document's rdflib graphs hold reference cycles
    return part


def _graph(graph: Graph, identifier: str) -> Graph:
    """``graph``'s triples as the named graph ``identifier``, as a Dataset would hold them."""
    named = Graph(identifier=URIRef(identifier), bind_namespaces="none")
    for t in graph:
        named.add(t)
    return named


def graph_text(graph: Graph, name: str, fmt: str) -> str:
    """One named graph as kg.serialize writes it inside a whole dataset."""
    from kg.serialize import graph_block, nquads_lines
    if fmt == "trig":
        return graph_block(_graph(graph, name))
    return "".join(line + "\n" for line in nquads_lines(graph, name))


def _spool(spool: Path, n: int, text: str) -> Path:
    path = spool / f"{n}.part"
    path.write_text(text, encoding="utf-8")
    return path


def _merge_sorted(runs: list[Path], out: IO[str], spool: Path) -> None:
    """The lines of sorted files, in one sorted order (heapq.merge), at most
    :data:`MERGE_WIDTH` files open at once."""
    level = 0
    while len(runs) > MERGE_WIDTH:
        merged = []
        for i in range(0, len(runs), MERGE_WIDTH):
            target = spool / f"merge-{level}-{i}.part"
            with target.open("w", encoding="utf-8") as f:
                _merge_files(runs[i:i + MERGE_WIDTH], f)
            for run in runs[i:i + MERGE_WIDTH]:
                run.unlink()  # the disk a build needs stays about twice the output
            merged.append(target)
        runs, level = merged, level + 1
    _merge_files(runs, out)


def _merge_files(paths: Iterable[Path], out: IO[str]) -> None:
    files = [p.open(encoding="utf-8") for p in paths]
    try:
        out.writelines(heapq.merge(*files))
    finally:
        for f in files:
            f.close()


__all__ = ["STREAMED", "DocumentPart", "StreamResult", "build_part", "graph_text",
           "stream_build"]
